# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel, missing_field

T = TypeVar("T", bound="ChatNamedToolChoice")


@_attrs_define(repr=False)
class ChatNamedToolChoice(WireModel):
    """Forces the model to call this function."""

    _wire_names: ClassVar[dict[str, str]] = {
        "type": "type",
        "function": "function",
    }

    type: Literal["function"]
    function: ChatNamedToolChoiceFunction
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        _type_ = get("type")
        if _type_ is None:
            raise missing_field(cls, src_dict, "type")
        type_ = cast(Literal["function"], _type_)
        if type_ != "function":
            raise ValueError(f"type must match const 'function', got '{type_}'")

        _function = get("function")
        if _function is None:
            raise missing_field(cls, src_dict, "function")
        function = ChatNamedToolChoiceFunction.from_dict(cast("Mapping[str, Any]", _function))

        chat_named_tool_choice = object.__new__(cls)
        chat_named_tool_choice.type = type_
        chat_named_tool_choice.function = function
        chat_named_tool_choice._payload = src_dict
        return chat_named_tool_choice


# Imported after the class so that models referring to each other import cleanly.
from ..models.chat_named_tool_choice_function import ChatNamedToolChoiceFunction  # noqa: E402
