# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel

T = TypeVar("T", bound="ChatNamedToolChoice")


@_attrs_define
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

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        function = self.function.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "function": function,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["function"], d.pop("type"))
        if type_ != "function":
            raise ValueError(f"type must match const 'function', got '{type_}'")

        function = ChatNamedToolChoiceFunction.from_dict(cast("Mapping[str, Any]", d.pop("function")))

        chat_named_tool_choice = cls(
            type=type_,
            function=function,
        )

        chat_named_tool_choice.additional_properties = d
        return chat_named_tool_choice


# Imported after the class so that models referring to each other import cleanly.
from ..models.chat_named_tool_choice_function import ChatNamedToolChoiceFunction  # noqa: E402
