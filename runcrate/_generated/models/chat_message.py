# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_chat_message_role import KnownChatMessageRole
from ..types import WireModel, json_list, missing_field

T = TypeVar("T", bound="ChatMessage")


@_attrs_define(repr=False)
class ChatMessage(WireModel):
    """One message of the conversation. The OpenAI fields `name`, `tool_calls` and `tool_call_id` and a null `content` (on
    assistant tool-call turns) are passed through; whether the server honours them is unverified.

    """

    _wire_names: ClassVar[dict[str, str]] = {
        "role": "role",
        "content": "content",
        "name": "name",
        "tool_calls": "tool_calls",
        "tool_call_id": "tool_call_id",
    }
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "content",
            "name",
            "tool_calls",
            "tool_call_id",
        }
    )

    role: KnownChatMessageRole | str
    """ Open enum: known values are listed; accept any other string. `system`, `user` and `assistant` are
    documented; `tool` follows OpenAI compatibility (unverified). """
    content: list[ChatContentPartImageUrl | ChatContentPartText] | str | None = None
    """ The message text, a list of content parts (text and, for vision models, images), or null on an assistant
    turn that only calls tools. """
    name: str | None = None
    """ Optional name of the participant. """
    tool_calls: list[ChatToolCall] | None = None
    """ On an assistant message, the tool calls the model made. """
    tool_call_id: str | None = None
    """ On a `tool` message, the id of the tool call this message answers. """
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

        content = _parse_content(get("content"))

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

        tool_call_id = get("tool_call_id")

        chat_message = object.__new__(cls)
        chat_message.role = role
        chat_message.content = content
        chat_message.name = name
        chat_message.tool_calls = tool_calls
        chat_message.tool_call_id = tool_call_id
        chat_message._payload = src_dict
        return chat_message


# Imported after the class so that models referring to each other import cleanly.
from ..models.chat_content_part_image_url import ChatContentPartImageUrl  # noqa: E402
from ..models.chat_content_part_text import ChatContentPartText  # noqa: E402
from ..models.chat_tool_call import ChatToolCall  # noqa: E402


def _parse_role(data: object) -> KnownChatMessageRole | str:
    if isinstance(data, str):
        return cast("KnownChatMessageRole | str", KnownChatMessageRole._value2member_map_.get(data, data))
    return cast("KnownChatMessageRole | str", data)


def _parse_content(data: object) -> list[ChatContentPartImageUrl | ChatContentPartText] | str | None:
    if data is None:
        return data
    if isinstance(data, list):
        try:
            content_type_1: list[ChatContentPartImageUrl | ChatContentPartText] = []
            _content_type_1 = json_list(data)
            for content_type_1_item_data in _content_type_1:

                def _parse_content_type_1_item(data: object) -> ChatContentPartImageUrl | ChatContentPartText:
                    if isinstance(data, dict):
                        try:
                            componentsschemas_chat_content_part_type_0 = ChatContentPartText.from_dict(
                                cast("Mapping[str, Any]", data)
                            )

                            return componentsschemas_chat_content_part_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_content_part_type_1 = ChatContentPartImageUrl.from_dict(
                        cast("Mapping[str, Any]", data)
                    )

                    return componentsschemas_chat_content_part_type_1

                content_type_1_item = _parse_content_type_1_item(content_type_1_item_data)

                content_type_1.append(content_type_1_item)

            return content_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("list[ChatContentPartImageUrl | ChatContentPartText] | None | str", data)
