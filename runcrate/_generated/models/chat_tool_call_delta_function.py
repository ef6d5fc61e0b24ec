# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel

T = TypeVar("T", bound="ChatToolCallDeltaFunction")

_OPTIONAL = frozenset(
    {
        "name",
        "arguments",
    }
)
_NONE_ABSENT: frozenset[str] = frozenset()


@_attrs_define(repr=False)
class ChatToolCallDeltaFunction(WireModel):
    _wire_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "arguments": "arguments",
    }

    name: str | None = None
    arguments: str | None = None
    """ The next fragment of the JSON-encoded arguments. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pop = d.pop
        name = pop("name", None)

        arguments = pop("arguments", None)

        chat_tool_call_delta_function = object.__new__(cls)
        chat_tool_call_delta_function.name = name
        chat_tool_call_delta_function.arguments = arguments
        chat_tool_call_delta_function.additional_properties = d
        chat_tool_call_delta_function._absent = (
            _NONE_ABSENT if len(src_dict) - len(d) == 2 else _OPTIONAL.difference(src_dict)
        )
        chat_tool_call_delta_function._request_id = None
        return chat_tool_call_delta_function
