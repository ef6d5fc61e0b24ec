# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_finish_reason import KnownFinishReason
from ..types import WireModel, missing_field

T = TypeVar("T", bound="ChatCompletionChoice")


@_attrs_define(repr=False)
class ChatCompletionChoice(WireModel):
    _wire_names: ClassVar[dict[str, str]] = {
        "index": "index",
        "message": "message",
        "finish_reason": "finish_reason",
    }
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "finish_reason",
        }
    )

    index: int
    message: ChatCompletionMessage
    """ The message the model generated. """
    finish_reason: KnownFinishReason | str | None = None
    """ Why generation stopped. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        index = get("index")
        if index is None:
            raise missing_field(cls, src_dict, "index")

        _message = get("message")
        if _message is None:
            raise missing_field(cls, src_dict, "message")
        message = ChatCompletionMessage.from_dict(cast("Mapping[str, Any]", _message))

        finish_reason = _parse_finish_reason(get("finish_reason"))

        chat_completion_choice = object.__new__(cls)
        chat_completion_choice.index = index
        chat_completion_choice.message = message
        chat_completion_choice.finish_reason = finish_reason
        chat_completion_choice._payload = src_dict
        return chat_completion_choice


# Imported after the class so that models referring to each other import cleanly.
from ..models.chat_completion_message import ChatCompletionMessage  # noqa: E402


def _parse_finish_reason(data: object) -> KnownFinishReason | str | None:
    if isinstance(data, str):
        return cast("KnownFinishReason | None | str", KnownFinishReason._value2member_map_.get(data, data))
    return cast("KnownFinishReason | None | str", data)
