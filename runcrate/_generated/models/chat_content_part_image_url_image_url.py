# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel, missing_field

T = TypeVar("T", bound="ChatContentPartImageUrlImageUrl")


@_attrs_define(repr=False)
class ChatContentPartImageUrlImageUrl(WireModel):
    _wire_names: ClassVar[dict[str, str]] = {
        "url": "url",
        "detail": "detail",
    }
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "detail",
        }
    )

    url: str
    """ An http(s) URL of the image, or the image itself as a base64 `data:` URI. """
    detail: str | None = None
    """ OpenAI detail hint (`auto`, `low`, `high`); server support unverified. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        url = get("url")
        if url is None:
            raise missing_field(cls, src_dict, "url")

        detail = get("detail")

        chat_content_part_image_url_image_url = object.__new__(cls)
        chat_content_part_image_url_image_url.url = url
        chat_content_part_image_url_image_url.detail = detail
        chat_content_part_image_url_image_url._payload = src_dict
        return chat_content_part_image_url_image_url
