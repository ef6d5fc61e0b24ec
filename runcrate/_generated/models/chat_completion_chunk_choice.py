# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_finish_reason import KnownFinishReason
from ..types import WireModel, missing_field

T = TypeVar("T", bound="ChatCompletionChunkChoice")


@_attrs_define(repr=False)
class ChatCompletionChunkChoice(WireModel):
    _wire_names: ClassVar[dict[str, str]] = {
        "index": "index",
        "delta": "delta",
        "finish_reason": "finish_reason",
    }
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "finish_reason",
        }
    )

    index: int
    delta: ChatCompletionDelta
    """ The part of the message added by this chunk; every field is optional. """
    finish_reason: KnownFinishReason | str | None = None
    """ Null until the last chunk of this choice, then why generation stopped. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        index = get("index")
        if index is None:
            raise missing_field(cls, src_dict, "index")

        _delta = get("delta")
        if _delta is None:
            raise missing_field(cls, src_dict, "delta")
        delta = ChatCompletionDelta.from_dict(cast("Mapping[str, Any]", _delta))

        finish_reason = _parse_finish_reason(get("finish_reason"))

        chat_completion_chunk_choice = object.__new__(cls)
        chat_completion_chunk_choice.index = index
        chat_completion_chunk_choice.delta = delta
        chat_completion_chunk_choice.finish_reason = finish_reason
        chat_completion_chunk_choice._payload = src_dict
        return chat_completion_chunk_choice


# Imported after the class so that models referring to each other import cleanly.
from ..models.chat_completion_delta import ChatCompletionDelta  # noqa: E402


def _parse_finish_reason(data: object) -> KnownFinishReason | str | None:
    if isinstance(data, str):
        return cast("KnownFinishReason | None | str", KnownFinishReason._value2member_map_.get(data, data))
    return cast("KnownFinishReason | None | str", data)
