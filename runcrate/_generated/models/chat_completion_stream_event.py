# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel, missing_field

T = TypeVar("T", bound="ChatCompletionStreamEvent")


@_attrs_define(repr=False)
class ChatCompletionStreamEvent(WireModel):
    """One server-sent event of a streaming chat completion: its `data` field is a JSON `ChatCompletionChunk`, a JSON error
    envelope reporting a failure in the middle of the stream, or the literal `[DONE]` on the last event. Blank lines,
    comment lines (`:`) and `event:` lines may appear and carry nothing.

    """

    _wire_names: ClassVar[dict[str, str]] = {
        "data": "data",
    }

    data: Literal["[DONE]"] | str
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        _data = get("data")
        if _data is None:
            raise missing_field(cls, src_dict, "data")
        data = _parse_data(_data)

        chat_completion_stream_event = object.__new__(cls)
        chat_completion_stream_event.data = data
        chat_completion_stream_event._payload = src_dict
        return chat_completion_stream_event


def _parse_data(data: object) -> Literal["[DONE]"] | str:
    data_type_0 = cast(Literal["[DONE]"], data)
    if data_type_0 != "[DONE]":
        raise ValueError(f"data_type_0 must match const '[DONE]', got '{data_type_0}'")
    return data_type_0
    return cast("Literal['[DONE]'] | str", data)
