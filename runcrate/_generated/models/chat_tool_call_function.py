# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel

T = TypeVar("T", bound="ChatToolCallFunction")


@_attrs_define
class ChatToolCallFunction(WireModel):
    _wire_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "arguments": "arguments",
    }

    name: str
    arguments: str
    """ The arguments as a JSON-encoded object; the model may produce invalid JSON. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        arguments = self.arguments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "arguments": arguments,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        arguments = d.pop("arguments")

        chat_tool_call_function = cls(
            name=name,
            arguments=arguments,
        )

        chat_tool_call_function.additional_properties = d
        return chat_tool_call_function
