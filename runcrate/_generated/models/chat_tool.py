# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel, missing_field

T = TypeVar("T", bound="ChatTool")


@_attrs_define(repr=False)
class ChatTool(WireModel):
    """A function the model may call (OpenAI function-tool shape)."""

    _wire_names: ClassVar[dict[str, str]] = {
        "type": "type",
        "function": "function",
    }

    type: Literal["function"]
    function: ChatFunctionDefinition
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
        function = ChatFunctionDefinition.from_dict(cast("Mapping[str, Any]", _function))

        chat_tool = object.__new__(cls)
        chat_tool.type = type_
        chat_tool.function = function
        chat_tool._payload = src_dict
        return chat_tool


# Imported after the class so that models referring to each other import cleanly.
from ..models.chat_function_definition import ChatFunctionDefinition  # noqa: E402
