# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_chat_tool_call_type import KnownChatToolCallType
from ..types import WireModel, missing_field

T = TypeVar("T", bound="ChatToolCallDelta")


@_attrs_define(repr=False)
class ChatToolCallDelta(WireModel):
    """A piece of a tool call. Pieces with the same `index` belong to one call: `id`, `type` and the function `name` come
    first, `arguments` arrive in fragments to concatenate.

    """

    _wire_names: ClassVar[dict[str, str]] = {
        "index": "index",
        "id": "id",
        "type": "type",
        "function": "function",
    }
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "type",
            "function",
        }
    )

    index: int
    id: str | None = None
    type: KnownChatToolCallType | str | None = None
    """ Open enum: known values are listed; accept any other string. """
    function: ChatToolCallDeltaFunction | None = None
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        index = get("index")
        if index is None:
            raise missing_field(cls, src_dict, "index")

        id = get("id")

        type_ = _parse_type_(get("type"))

        _function = get("function")
        function = (
            None
            if _function is None
            else ChatToolCallDeltaFunction.from_dict(cast("Mapping[str, Any]", _function))
        )

        chat_tool_call_delta = object.__new__(cls)
        chat_tool_call_delta.index = index
        chat_tool_call_delta.id = id
        chat_tool_call_delta.type = type_
        chat_tool_call_delta.function = function
        chat_tool_call_delta._payload = src_dict
        return chat_tool_call_delta


# Imported after the class so that models referring to each other import cleanly.
from ..models.chat_tool_call_delta_function import ChatToolCallDeltaFunction  # noqa: E402


def _parse_type_(data: object) -> KnownChatToolCallType | str | None:
    if isinstance(data, str):
        return cast(
            "KnownChatToolCallType | str | None", KnownChatToolCallType._value2member_map_.get(data, data)
        )
    return cast("KnownChatToolCallType | str | None", data)
