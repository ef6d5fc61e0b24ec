# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel, missing_field

T = TypeVar("T", bound="ChatResponseFormatJsonSchema")


@_attrs_define(repr=False)
class ChatResponseFormatJsonSchema(WireModel):
    """Required when `type` is `json_schema`."""

    _wire_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "description": "description",
        "schema": "schema",
        "strict": "strict",
    }
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "description",
            "schema",
            "strict",
        }
    )

    name: str
    description: str | None = None
    schema: ChatResponseFormatJsonSchemaSchema | None = None
    """ The JSON Schema the output must follow. """
    strict: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        name = get("name")
        if name is None:
            raise missing_field(cls, src_dict, "name")

        description = get("description")

        _schema = get("schema")
        schema = (
            None
            if _schema is None
            else ChatResponseFormatJsonSchemaSchema.from_dict(cast("Mapping[str, Any]", _schema))
        )

        strict = get("strict")

        chat_response_format_json_schema = object.__new__(cls)
        chat_response_format_json_schema.name = name
        chat_response_format_json_schema.description = description
        chat_response_format_json_schema.schema = schema
        chat_response_format_json_schema.strict = strict
        chat_response_format_json_schema._payload = src_dict
        return chat_response_format_json_schema


# Imported after the class so that models referring to each other import cleanly.
from ..models.chat_response_format_json_schema_schema import ChatResponseFormatJsonSchemaSchema  # noqa: E402
