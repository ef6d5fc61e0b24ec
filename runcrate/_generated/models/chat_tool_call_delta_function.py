# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireModel

T = TypeVar("T", bound="ChatToolCallDeltaFunction")


@_attrs_define
class ChatToolCallDeltaFunction(WireModel):
    _wire_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "arguments": "arguments",
    }

    name: str | Unset = UNSET
    arguments: str | Unset = UNSET
    """ The next fragment of the JSON-encoded arguments. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        arguments = self.arguments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if arguments is not UNSET:
            field_dict["arguments"] = arguments

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        arguments = d.pop("arguments", UNSET)

        chat_tool_call_delta_function = cls(
            name=name,
            arguments=arguments,
        )

        chat_tool_call_delta_function.additional_properties = d
        return chat_tool_call_delta_function
