# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_chat_tool_call_type import KnownChatToolCallType
from ..types import UNSET, Unset, WireModel

T = TypeVar("T", bound="ChatToolCallDelta")


@_attrs_define
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

    index: int
    id: str | Unset = UNSET
    type: KnownChatToolCallType | str | Unset = UNSET
    """ Open enum: known values are listed; accept any other string. """
    function: ChatToolCallDeltaFunction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        id = self.id

        type_: str | Unset
        if isinstance(self.type, Unset):
            type_ = UNSET
        elif isinstance(self.type, KnownChatToolCallType):
            type_ = self.type.value
        else:
            type_ = self.type

        function: dict[str, Any] | Unset = UNSET
        if not isinstance(self.function, Unset):
            function = self.function.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if function is not UNSET:
            field_dict["function"] = function

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        index = d.pop("index")

        id = d.pop("id", UNSET)

        type_ = _parse_type_(d.pop("type", UNSET))

        _function = d.pop("function", UNSET)
        function: ChatToolCallDeltaFunction | Unset
        if isinstance(_function, Unset):
            function = UNSET
        else:
            function = ChatToolCallDeltaFunction.from_dict(cast("Mapping[str, Any]", _function))

        chat_tool_call_delta = cls(
            index=index,
            id=id,
            type=type_,
            function=function,
        )

        chat_tool_call_delta.additional_properties = d
        return chat_tool_call_delta


# Imported after the class so that models referring to each other import cleanly.
from ..models.chat_tool_call_delta_function import ChatToolCallDeltaFunction  # noqa: E402


def _parse_type_(data: object) -> KnownChatToolCallType | str | Unset:
    if isinstance(data, str):
        return cast(
            "KnownChatToolCallType | str | Unset", KnownChatToolCallType._value2member_map_.get(data, data)
        )
    return cast("KnownChatToolCallType | str | Unset", data)
