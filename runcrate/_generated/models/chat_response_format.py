# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_response_format_type import ChatResponseFormatType
from ..types import WireModel, missing_field

T = TypeVar("T", bound="ChatResponseFormat")


@_attrs_define(repr=False)
class ChatResponseFormat(WireModel):
    """Output format (OpenAI shape): `text`, JSON mode (`json_object`) or structured output that follows a JSON Schema
    (`json_schema`).

    """

    _wire_names: ClassVar[dict[str, str]] = {
        "type": "type",
        "json_schema": "json_schema",
    }
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "json_schema",
        }
    )

    type: ChatResponseFormatType
    json_schema: ChatResponseFormatJsonSchema | None = None
    """ Required when `type` is `json_schema`. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        _type_ = get("type")
        if _type_ is None:
            raise missing_field(cls, src_dict, "type")
        type_ = ChatResponseFormatType(_type_)

        _json_schema = get("json_schema")
        json_schema = (
            None
            if _json_schema is None
            else ChatResponseFormatJsonSchema.from_dict(cast("Mapping[str, Any]", _json_schema))
        )

        chat_response_format = object.__new__(cls)
        chat_response_format.type = type_
        chat_response_format.json_schema = json_schema
        chat_response_format._payload = src_dict
        return chat_response_format


# Imported after the class so that models referring to each other import cleanly.
from ..models.chat_response_format_json_schema import ChatResponseFormatJsonSchema  # noqa: E402
