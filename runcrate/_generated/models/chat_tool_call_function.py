# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel, missing_field

T = TypeVar("T", bound="ChatToolCallFunction")


@_attrs_define(repr=False)
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

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        name = get("name")
        if name is None:
            raise missing_field(cls, src_dict, "name")

        arguments = get("arguments")
        if arguments is None:
            raise missing_field(cls, src_dict, "arguments")

        chat_tool_call_function = object.__new__(cls)
        chat_tool_call_function.name = name
        chat_tool_call_function.arguments = arguments
        chat_tool_call_function._payload = src_dict
        return chat_tool_call_function
