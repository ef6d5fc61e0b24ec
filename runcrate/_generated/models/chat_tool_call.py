# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_chat_tool_call_type import KnownChatToolCallType
from ..types import WireModel

T = TypeVar("T", bound="ChatToolCall")


@_attrs_define
class ChatToolCall(WireModel):
    """One call of a function tool (OpenAI shape)."""

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "type": "type",
        "function": "function",
    }

    id: str
    """ Id that the `tool` message answering this call refers to. """
    type: KnownChatToolCallType | str
    """ Open enum: known values are listed; accept any other string. """
    function: ChatToolCallFunction
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str
        if isinstance(self.type, KnownChatToolCallType):
            type_ = self.type.value
        else:
            type_ = self.type

        function = self.function.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "function": function,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = _parse_type_(d.pop("type"))

        function = ChatToolCallFunction.from_dict(cast("Mapping[str, Any]", d.pop("function")))

        chat_tool_call = cls(
            id=id,
            type=type_,
            function=function,
        )

        chat_tool_call.additional_properties = d
        return chat_tool_call


# Imported after the class so that models referring to each other import cleanly.
from ..models.chat_tool_call_function import ChatToolCallFunction  # noqa: E402


def _parse_type_(data: object) -> KnownChatToolCallType | str:
    if isinstance(data, str):
        return cast("KnownChatToolCallType | str", KnownChatToolCallType._value2member_map_.get(data, data))
    return cast("KnownChatToolCallType | str", data)
