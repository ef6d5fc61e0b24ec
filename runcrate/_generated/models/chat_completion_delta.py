# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_chat_message_role import KnownChatMessageRole
from ..types import WireModel, json_list

T = TypeVar("T", bound="ChatCompletionDelta")


@_attrs_define(repr=False)
class ChatCompletionDelta(WireModel):
    """The part of the message added by this chunk; every field is optional."""

    _wire_names: ClassVar[dict[str, str]] = {
        "role": "role",
        "content": "content",
        "reasoning_content": "reasoning_content",
        "tool_calls": "tool_calls",
    }
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "role",
            "content",
            "reasoning_content",
            "tool_calls",
        }
    )

    role: KnownChatMessageRole | str | None = None
    """ Open enum: known values are listed; accept any other string. `system`, `user` and `assistant` are
    documented; `tool` follows OpenAI compatibility (unverified). """
    content: str | None = None
    reasoning_content: str | None = None
    """ Added thinking of reasoning models. """
    tool_calls: list[ChatToolCallDelta] | None = None
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        role = _parse_role(get("role"))

        content = get("content")

        reasoning_content = get("reasoning_content")

        _tool_calls = get("tool_calls")
        tool_calls = (
            None
            if _tool_calls is None
            else [
                ChatToolCallDelta.from_dict(tool_calls_item_data)
                for tool_calls_item_data in json_list(_tool_calls)
            ]
        )

        chat_completion_delta = object.__new__(cls)
        chat_completion_delta.role = role
        chat_completion_delta.content = content
        chat_completion_delta.reasoning_content = reasoning_content
        chat_completion_delta.tool_calls = tool_calls
        chat_completion_delta._payload = src_dict
        return chat_completion_delta


# Imported after the class so that models referring to each other import cleanly.
from ..models.chat_tool_call_delta import ChatToolCallDelta  # noqa: E402


def _parse_role(data: object) -> KnownChatMessageRole | str | None:
    if isinstance(data, str):
        return cast(
            "KnownChatMessageRole | str | None", KnownChatMessageRole._value2member_map_.get(data, data)
        )
    return cast("KnownChatMessageRole | str | None", data)
