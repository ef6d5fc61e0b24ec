# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireModel

T = TypeVar("T", bound="ChatResponseFormatJsonSchema")


@_attrs_define
class ChatResponseFormatJsonSchema(WireModel):
    """Required when `type` is `json_schema`."""

    _wire_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "description": "description",
        "schema": "schema",
        "strict": "strict",
    }

    name: str
    description: str | Unset = UNSET
    schema: ChatResponseFormatJsonSchemaSchema | Unset = UNSET
    """ The JSON Schema the output must follow. """
    strict: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema.to_dict()

        strict = self.strict

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if schema is not UNSET:
            field_dict["schema"] = schema
        if strict is not UNSET:
            field_dict["strict"] = strict

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)

        _schema = d.pop("schema", UNSET)
        schema: ChatResponseFormatJsonSchemaSchema | Unset
        if isinstance(_schema, Unset):
            schema = UNSET
        else:
            schema = ChatResponseFormatJsonSchemaSchema.from_dict(cast("Mapping[str, Any]", _schema))

        strict = d.pop("strict", UNSET)

        chat_response_format_json_schema = cls(
            name=name,
            description=description,
            schema=schema,
            strict=strict,
        )

        chat_response_format_json_schema.additional_properties = d
        return chat_response_format_json_schema


# Imported after the class so that models referring to each other import cleanly.
from ..models.chat_response_format_json_schema_schema import ChatResponseFormatJsonSchemaSchema  # noqa: E402
