# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel

T = TypeVar("T", bound="ChatContentPartImageUrl")


@_attrs_define
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

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        image_url = self.image_url.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "image_url": image_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["image_url"], d.pop("type"))
        if type_ != "image_url":
            raise ValueError(f"type must match const 'image_url', got '{type_}'")

        image_url = ChatContentPartImageUrlImageUrl.from_dict(cast("Mapping[str, Any]", d.pop("image_url")))

        chat_content_part_image_url = cls(
            type=type_,
            image_url=image_url,
        )

        chat_content_part_image_url.additional_properties = d
        return chat_content_part_image_url


# Imported after the class so that models referring to each other import cleanly.
from ..models.chat_content_part_image_url_image_url import ChatContentPartImageUrlImageUrl  # noqa: E402
