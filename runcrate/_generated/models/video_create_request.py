# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireModel

T = TypeVar("T", bound="VideoCreateRequest")


@_attrs_define
class VideoCreateRequest(WireModel):
    """A video generation request. Keys not listed here (e.g. `seed`, `negative_prompt`, `image`, `start_image`) are
    forwarded unchanged to the model.

    """

    _wire_names: ClassVar[dict[str, str]] = {
        "model": "model",
        "prompt": "prompt",
        "duration_seconds": "duration_seconds",
        "image_url": "image_url",
        "aspect_ratio": "aspect_ratio",
        "width": "width",
        "height": "height",
    }

    model: str
    """ Model id, e.g. `openai/sora-2`, `google/veo-3.0` or `wan-ai/Wan2.1-T2V-14B`. """
    prompt: str
    duration_seconds: int | Unset = UNSET
    """ Length of the video in seconds. Allowed values depend on the model: Sora 2 / Sora 2 Pro 4, 8 or 12; Veo 2.0
    5-8; Veo 3.0 (and Audio) 4, 6 or 8; Kling v3 3-15; Seedance 2-12; Hailuo 02 6 or 10. """
    image_url: str | Unset = UNSET
    """ Reference image for image-to-video. """
    aspect_ratio: str | Unset = UNSET
    """ Aspect ratio: `16:9`, `9:16` or `1:1`. """
    width: int | Unset = UNSET
    """ Video width in pixels. Whether the server honours it is unverified. """
    height: int | Unset = UNSET
    """ Video height in pixels. Whether the server honours it is unverified. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        prompt = self.prompt

        duration_seconds = self.duration_seconds

        image_url = self.image_url

        aspect_ratio = self.aspect_ratio

        width = self.width

        height = self.height

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "prompt": prompt,
            }
        )
        if duration_seconds is not UNSET:
            field_dict["duration_seconds"] = duration_seconds
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model = d.pop("model")

        prompt = d.pop("prompt")

        duration_seconds = d.pop("duration_seconds", UNSET)

        image_url = d.pop("image_url", UNSET)

        aspect_ratio = d.pop("aspect_ratio", UNSET)

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        video_create_request = cls(
            model=model,
            prompt=prompt,
            duration_seconds=duration_seconds,
            image_url=image_url,
            aspect_ratio=aspect_ratio,
            width=width,
            height=height,
        )

        video_create_request.additional_properties = d
        return video_create_request
