# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireModel

T = TypeVar("T", bound="ChatContentPartImageUrlImageUrl")


@_attrs_define
class ChatContentPartImageUrlImageUrl(WireModel):
    _wire_names: ClassVar[dict[str, str]] = {
        "url": "url",
        "detail": "detail",
    }

    url: str
    """ An http(s) URL of the image, or the image itself as a base64 `data:` URI. """
    detail: str | Unset = UNSET
    """ OpenAI detail hint (`auto`, `low`, `high`); server support unverified. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        detail = d.pop("detail", UNSET)

        chat_content_part_image_url_image_url = cls(
            url=url,
            detail=detail,
        )

        chat_content_part_image_url_image_url.additional_properties = d
        return chat_content_part_image_url_image_url
