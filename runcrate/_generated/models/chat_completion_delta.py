# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_chat_message_role import KnownChatMessageRole
from ..types import UNSET, Unset, WireModel, json_list

T = TypeVar("T", bound="ChatCompletionDelta")


@_attrs_define
class ChatCompletionDelta(WireModel):
    """The part of the message added by this chunk; every field is optional."""

    _wire_names: ClassVar[dict[str, str]] = {
        "role": "role",
        "content": "content",
        "reasoning_content": "reasoning_content",
        "tool_calls": "tool_calls",
    }

    role: KnownChatMessageRole | str | Unset = UNSET
    """ Open enum: known values are listed; accept any other string. `system`, `user` and `assistant` are
    documented; `tool` follows OpenAI compatibility (unverified). """
    content: str | Unset | None = UNSET
    reasoning_content: str | Unset | None = UNSET
    """ Added thinking of reasoning models. """
    tool_calls: list[ChatToolCallDelta] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        role: str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        elif isinstance(self.role, KnownChatMessageRole):
            role = self.role.value
        else:
            role = self.role

        content: str | Unset | None
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        reasoning_content: str | Unset | None
        if isinstance(self.reasoning_content, Unset):
            reasoning_content = UNSET
        else:
            reasoning_content = self.reasoning_content

        tool_calls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tool_calls, Unset):
            tool_calls = []
            for tool_calls_item_data in self.tool_calls:
                tool_calls_item = tool_calls_item_data.to_dict()
                tool_calls.append(tool_calls_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if role is not UNSET:
            field_dict["role"] = role
        if content is not UNSET:
            field_dict["content"] = content
        if reasoning_content is not UNSET:
            field_dict["reasoning_content"] = reasoning_content
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = _parse_role(d.pop("role", UNSET))

        content = d.pop("content", UNSET)

        reasoning_content = d.pop("reasoning_content", UNSET)

        _tool_calls = d.pop("tool_calls", UNSET)
        tool_calls: list[ChatToolCallDelta] | Unset = UNSET
        if _tool_calls is not UNSET:
            tool_calls = [
                ChatToolCallDelta.from_dict(tool_calls_item_data)
                for tool_calls_item_data in json_list(_tool_calls)
            ]

        chat_completion_delta = cls(
            role=role,
            content=content,
            reasoning_content=reasoning_content,
            tool_calls=tool_calls,
        )

        chat_completion_delta.additional_properties = d
        return chat_completion_delta


# Imported after the class so that models referring to each other import cleanly.
from ..models.chat_tool_call_delta import ChatToolCallDelta  # noqa: E402


def _parse_role(data: object) -> KnownChatMessageRole | str | Unset:
    if isinstance(data, str):
        return cast(
            "KnownChatMessageRole | str | Unset", KnownChatMessageRole._value2member_map_.get(data, data)
        )
    return cast("KnownChatMessageRole | str | Unset", data)
