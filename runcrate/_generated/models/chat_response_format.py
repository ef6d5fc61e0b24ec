# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_response_format_type import ChatResponseFormatType
from ..types import UNSET, Unset, WireModel

T = TypeVar("T", bound="ChatResponseFormat")


@_attrs_define
class ChatResponseFormat(WireModel):
    """Output format (OpenAI shape): `text`, JSON mode (`json_object`) or structured output that follows a JSON Schema
    (`json_schema`).

    """

    _wire_names: ClassVar[dict[str, str]] = {
        "type": "type",
        "json_schema": "json_schema",
    }

    type: ChatResponseFormatType
    json_schema: ChatResponseFormatJsonSchema | Unset = UNSET
    """ Required when `type` is `json_schema`. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type.value

        json_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.json_schema, Unset):
            json_schema = self.json_schema.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if json_schema is not UNSET:
            field_dict["json_schema"] = json_schema

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = ChatResponseFormatType(d.pop("type"))

        _json_schema = d.pop("json_schema", UNSET)
        json_schema: ChatResponseFormatJsonSchema | Unset
        if isinstance(_json_schema, Unset):
            json_schema = UNSET
        else:
            json_schema = ChatResponseFormatJsonSchema.from_dict(cast("Mapping[str, Any]", _json_schema))

        chat_response_format = cls(
            type=type_,
            json_schema=json_schema,
        )

        chat_response_format.additional_properties = d
        return chat_response_format


# Imported after the class so that models referring to each other import cleanly.
from ..models.chat_response_format_json_schema import ChatResponseFormatJsonSchema  # noqa: E402
