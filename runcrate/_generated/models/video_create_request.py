# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel, missing_field

T = TypeVar("T", bound="VideoCreateRequest")


@_attrs_define(repr=False)
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
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "duration_seconds",
            "image_url",
            "aspect_ratio",
            "width",
            "height",
        }
    )

    model: str
    """ Model id, e.g. `openai/sora-2`, `google/veo-3.0` or `wan-ai/Wan2.1-T2V-14B`. """
    prompt: str
    duration_seconds: int | None = None
    """ Length of the video in seconds. Allowed values depend on the model: Sora 2 / Sora 2 Pro 4, 8 or 12; Veo 2.0
    5-8; Veo 3.0 (and Audio) 4, 6 or 8; Kling v3 3-15; Seedance 2-12; Hailuo 02 6 or 10. """
    image_url: str | None = None
    """ Reference image for image-to-video. """
    aspect_ratio: str | None = None
    """ Aspect ratio: `16:9`, `9:16` or `1:1`. """
    width: int | None = None
    """ Video width in pixels. Whether the server honours it is unverified. """
    height: int | None = None
    """ Video height in pixels. Whether the server honours it is unverified. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model = get("model")
        if model is None:
            raise missing_field(cls, src_dict, "model")

        prompt = get("prompt")
        if prompt is None:
            raise missing_field(cls, src_dict, "prompt")

        duration_seconds = get("duration_seconds")

        image_url = get("image_url")

        aspect_ratio = get("aspect_ratio")

        width = get("width")

        height = get("height")

        video_create_request = object.__new__(cls)
        video_create_request.model = model
        video_create_request.prompt = prompt
        video_create_request.duration_seconds = duration_seconds
        video_create_request.image_url = image_url
        video_create_request.aspect_ratio = aspect_ratio
        video_create_request.width = width
        video_create_request.height = height
        video_create_request._payload = src_dict
        return video_create_request
