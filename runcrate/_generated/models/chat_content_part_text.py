# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel, missing_field

T = TypeVar("T", bound="ChatContentPartText")


@_attrs_define(repr=False)
class ChatContentPartText(WireModel):
    """A text part."""

    _wire_names: ClassVar[dict[str, str]] = {
        "type": "type",
        "text": "text",
    }

    type: Literal["text"]
    text: str
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        _type_ = get("type")
        if _type_ is None:
            raise missing_field(cls, src_dict, "type")
        type_ = cast(Literal["text"], _type_)
        if type_ != "text":
            raise ValueError(f"type must match const 'text', got '{type_}'")

        text = get("text")
        if text is None:
            raise missing_field(cls, src_dict, "text")

        chat_content_part_text = object.__new__(cls)
        chat_content_part_text.type = type_
        chat_content_part_text.text = text
        chat_content_part_text._payload = src_dict
        return chat_content_part_text
