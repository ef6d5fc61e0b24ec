# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_chat_message_role import KnownChatMessageRole
from ..types import UNSET, Unset, WireModel, json_list

T = TypeVar("T", bound="ChatCompletionMessage")


@_attrs_define
class ChatCompletionMessage(WireModel):
    """The message the model generated."""

    _wire_names: ClassVar[dict[str, str]] = {
        "role": "role",
        "content": "content",
        "name": "name",
        "tool_calls": "tool_calls",
        "reasoning_content": "reasoning_content",
    }

    role: KnownChatMessageRole | str
    """ Open enum: known values are listed; accept any other string. `system`, `user` and `assistant` are
    documented; `tool` follows OpenAI compatibility (unverified). """
    content: str | Unset | None = UNSET
    """ The generated text; null when the model only called tools. """
    name: str | Unset = UNSET
    tool_calls: list[ChatToolCall] | Unset = UNSET
    """ Tool calls the model made (OpenAI shape; unverified on this server). """
    reasoning_content: str | Unset | None = UNSET
    """ The thinking of reasoning models (seen when streaming; unverified here). """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        role: str
        if isinstance(self.role, KnownChatMessageRole):
            role = self.role.value
        else:
            role = self.role

        content: str | Unset | None
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        name = self.name

        tool_calls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tool_calls, Unset):
            tool_calls = []
            for tool_calls_item_data in self.tool_calls:
                tool_calls_item = tool_calls_item_data.to_dict()
                tool_calls.append(tool_calls_item)

        reasoning_content: str | Unset | None
        if isinstance(self.reasoning_content, Unset):
            reasoning_content = UNSET
        else:
            reasoning_content = self.reasoning_content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if name is not UNSET:
            field_dict["name"] = name
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls
        if reasoning_content is not UNSET:
            field_dict["reasoning_content"] = reasoning_content

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = _parse_role(d.pop("role"))

        content = d.pop("content", UNSET)

        name = d.pop("name", UNSET)

        _tool_calls = d.pop("tool_calls", UNSET)
        tool_calls: list[ChatToolCall] | Unset = UNSET
        if _tool_calls is not UNSET:
            tool_calls = [
                ChatToolCall.from_dict(tool_calls_item_data)
                for tool_calls_item_data in json_list(_tool_calls)
            ]

        reasoning_content = d.pop("reasoning_content", UNSET)

        chat_completion_message = cls(
            role=role,
            content=content,
            name=name,
            tool_calls=tool_calls,
            reasoning_content=reasoning_content,
        )

        chat_completion_message.additional_properties = d
        return chat_completion_message


# Imported after the class so that models referring to each other import cleanly.
from ..models.chat_tool_call import ChatToolCall  # noqa: E402


def _parse_role(data: object) -> KnownChatMessageRole | str:
    if isinstance(data, str):
        return cast("KnownChatMessageRole | str", KnownChatMessageRole._value2member_map_.get(data, data))
    return cast("KnownChatMessageRole | str", data)
