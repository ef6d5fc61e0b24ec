# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel

T = TypeVar("T", bound="ImageData")


@_attrs_define(repr=False)
class ImageData(WireModel):
    """One generated image, as a URL or as base64 depending on `response_format`."""

    _wire_names: ClassVar[dict[str, str]] = {
        "url": "url",
        "b64_json": "b64_json",
        "revised_prompt": "revised_prompt",
    }
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "url",
            "b64_json",
            "revised_prompt",
        }
    )

    url: str | None = None
    """ Temporary URL of the image (e.g. `https://assets.runcrate.ai/generations/...`); it may itself be a `data:`
    URI. Download it soon. """
    b64_json: str | None = None
    """ The image as base64, when `response_format` is `b64_json`. """
    revised_prompt: str | None = None
    """ The prompt the model actually used, when it rewrote it. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        url = get("url")

        b64_json = get("b64_json")

        revised_prompt = get("revised_prompt")

        image_data = object.__new__(cls)
        image_data.url = url
        image_data.b64_json = b64_json
        image_data.revised_prompt = revised_prompt
        image_data._payload = src_dict
        return image_data
