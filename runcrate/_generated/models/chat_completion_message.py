# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_chat_message_role import KnownChatMessageRole
from ..types import WireModel, json_list, missing_field

T = TypeVar("T", bound="ChatCompletionMessage")


@_attrs_define(repr=False)
class ChatCompletionMessage(WireModel):
    """The message the model generated."""

    _wire_names: ClassVar[dict[str, str]] = {
        "role": "role",
        "content": "content",
        "name": "name",
        "tool_calls": "tool_calls",
        "reasoning_content": "reasoning_content",
    }
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "tool_calls",
            "reasoning_content",
        }
    )

    role: KnownChatMessageRole | str
    """ Open enum: known values are listed; accept any other string. `system`, `user` and `assistant` are
    documented; `tool` follows OpenAI compatibility (unverified). """
    content: str | None
    """ The generated text; null when the model only called tools. """
    name: str | None = None
    tool_calls: list[ChatToolCall] | None = None
    """ Tool calls the model made (OpenAI shape; unverified on this server). """
    reasoning_content: str | None = None
    """ The thinking of reasoning models (seen when streaming; unverified here). """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        _role = get("role")
        if _role is None:
            raise missing_field(cls, src_dict, "role")
        role = _parse_role(_role)

        if "content" not in src_dict:
            raise missing_field(cls, src_dict, "content")
        content = get("content")

        name = get("name")

        _tool_calls = get("tool_calls")
        tool_calls = (
            None
            if _tool_calls is None
            else [
                ChatToolCall.from_dict(tool_calls_item_data)
                for tool_calls_item_data in json_list(_tool_calls)
            ]
        )

        reasoning_content = get("reasoning_content")

        chat_completion_message = object.__new__(cls)
        chat_completion_message.role = role
        chat_completion_message.content = content
        chat_completion_message.name = name
        chat_completion_message.tool_calls = tool_calls
        chat_completion_message.reasoning_content = reasoning_content
        chat_completion_message._payload = src_dict
        return chat_completion_message


# Imported after the class so that models referring to each other import cleanly.
from ..models.chat_tool_call import ChatToolCall  # noqa: E402


def _parse_role(data: object) -> KnownChatMessageRole | str:
    if isinstance(data, str):
        return cast("KnownChatMessageRole | str", KnownChatMessageRole._value2member_map_.get(data, data))
    return cast("KnownChatMessageRole | str", data)
