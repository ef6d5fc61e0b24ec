# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_chat_tool_call_type import KnownChatToolCallType
from ..types import WireModel, missing_field

T = TypeVar("T", bound="ChatToolCall")


@_attrs_define(repr=False)
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

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        id = get("id")
        if id is None:
            raise missing_field(cls, src_dict, "id")

        _type_ = get("type")
        if _type_ is None:
            raise missing_field(cls, src_dict, "type")
        type_ = _parse_type_(_type_)

        _function = get("function")
        if _function is None:
            raise missing_field(cls, src_dict, "function")
        function = ChatToolCallFunction.from_dict(cast("Mapping[str, Any]", _function))

        chat_tool_call = object.__new__(cls)
        chat_tool_call.id = id
        chat_tool_call.type = type_
        chat_tool_call.function = function
        chat_tool_call._payload = src_dict
        return chat_tool_call


# Imported after the class so that models referring to each other import cleanly.
from ..models.chat_tool_call_function import ChatToolCallFunction  # noqa: E402


def _parse_type_(data: object) -> KnownChatToolCallType | str:
    if isinstance(data, str):
        return cast("KnownChatToolCallType | str", KnownChatToolCallType._value2member_map_.get(data, data))
    return cast("KnownChatToolCallType | str", data)
