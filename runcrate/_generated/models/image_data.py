# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireModel

T = TypeVar("T", bound="ImageData")


@_attrs_define
class ImageData(WireModel):
    """One generated image, as a URL or as base64 depending on `response_format`."""

    _wire_names: ClassVar[dict[str, str]] = {
        "url": "url",
        "b64_json": "b64_json",
        "revised_prompt": "revised_prompt",
    }

    url: str | Unset = UNSET
    """ Temporary URL of the image (e.g. `https://assets.runcrate.ai/generations/...`); it may itself be a `data:`
    URI. Download it soon. """
    b64_json: str | Unset | None = UNSET
    """ The image as base64, when `response_format` is `b64_json`. """
    revised_prompt: str | Unset = UNSET
    """ The prompt the model actually used, when it rewrote it. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        b64_json: str | Unset | None
        if isinstance(self.b64_json, Unset):
            b64_json = UNSET
        else:
            b64_json = self.b64_json

        revised_prompt = self.revised_prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if b64_json is not UNSET:
            field_dict["b64_json"] = b64_json
        if revised_prompt is not UNSET:
            field_dict["revised_prompt"] = revised_prompt

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url", UNSET)

        b64_json = d.pop("b64_json", UNSET)

        revised_prompt = d.pop("revised_prompt", UNSET)

        image_data = cls(
            url=url,
            b64_json=b64_json,
            revised_prompt=revised_prompt,
        )

        image_data.additional_properties = d
        return image_data
