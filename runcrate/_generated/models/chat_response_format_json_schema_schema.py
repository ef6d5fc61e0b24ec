# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel

T = TypeVar("T", bound="ChatResponseFormatJsonSchemaSchema")


@_attrs_define(repr=False, eq=False)
class ChatResponseFormatJsonSchemaSchema(WireModel):
    """The JSON Schema the output must follow."""

    _wire_names: ClassVar[dict[str, str]] = {}

    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        chat_response_format_json_schema_schema = object.__new__(cls)
        chat_response_format_json_schema_schema._payload = src_dict
        return chat_response_format_json_schema_schema

    def __len__(self) -> int:
        """A map of names to values (like ``tags``): its length is the number of entries."""
        return len(self.additional_properties)

    def __eq__(self, other: object) -> bool:
        """Equal to a map with the same entries, so ``job.tags == {"team": "ml"}`` holds."""
        if isinstance(other, ChatResponseFormatJsonSchemaSchema):
            return self.additional_properties == other.additional_properties
        if isinstance(other, Mapping):
            return self.additional_properties == dict(cast(Mapping[str, Any], other))
        return NotImplemented
