# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel, missing_field

T = TypeVar("T", bound="ChatContentPartImageUrl")


@_attrs_define(repr=False)
class ChatContentPartImageUrl(WireModel):
    """An image part, for vision models."""

    _wire_names: ClassVar[dict[str, str]] = {
        "type": "type",
        "image_url": "image_url",
    }

    type: Literal["image_url"]
    image_url: ChatContentPartImageUrlImageUrl
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        _type_ = get("type")
        if _type_ is None:
            raise missing_field(cls, src_dict, "type")
        type_ = cast(Literal["image_url"], _type_)
        if type_ != "image_url":
            raise ValueError(f"type must match const 'image_url', got '{type_}'")

        _image_url = get("image_url")
        if _image_url is None:
            raise missing_field(cls, src_dict, "image_url")
        image_url = ChatContentPartImageUrlImageUrl.from_dict(cast("Mapping[str, Any]", _image_url))

        chat_content_part_image_url = object.__new__(cls)
        chat_content_part_image_url.type = type_
        chat_content_part_image_url.image_url = image_url
        chat_content_part_image_url._payload = src_dict
        return chat_content_part_image_url


# Imported after the class so that models referring to each other import cleanly.
from ..models.chat_content_part_image_url_image_url import ChatContentPartImageUrlImageUrl  # noqa: E402
