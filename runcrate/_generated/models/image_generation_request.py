# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_response_format import ImageResponseFormat
from ..types import WireModel, missing_field

T = TypeVar("T", bound="ImageGenerationRequest")


@_attrs_define(repr=False)
class ImageGenerationRequest(WireModel):
    """An image generation request. A model silently ignores parameters it does not support; keys not listed here are
    forwarded unchanged to the model.

    """

    _wire_names: ClassVar[dict[str, str]] = {
        "model": "model",
        "prompt": "prompt",
        "width": "width",
        "height": "height",
        "aspect_ratio": "aspect_ratio",
        "num_inference_steps": "num_inference_steps",
        "guidance": "guidance",
        "response_format": "response_format",
        "seed": "seed",
        "negative_prompt": "negative_prompt",
        "image": "image",
        "prompt_strength": "prompt_strength",
        "input_image": "input_image",
        "input_images": "input_images",
        "control_image": "control_image",
        "mask": "mask",
        "start_image": "start_image",
    }
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "width",
            "height",
            "aspect_ratio",
            "num_inference_steps",
            "guidance",
            "response_format",
            "seed",
            "negative_prompt",
            "image",
            "prompt_strength",
            "input_image",
            "input_images",
            "control_image",
            "mask",
            "start_image",
        }
    )

    model: str
    """ Model id, e.g. `black-forest-labs/FLUX.1-schnell`, `black-forest-labs/flux-1.1-pro` or `black-forest-
    labs/FLUX.1-kontext-pro` (for edits). """
    prompt: str
    width: int | None = None
    """ Image width in pixels. """
    height: int | None = None
    """ Image height in pixels. """
    aspect_ratio: str | None = None
    """ Aspect ratio such as `1:1`, `16:9`, `9:16`, `4:3` or `3:2`. """
    num_inference_steps: int | None = None
    guidance: float | None = None
    """ Guidance scale (how closely to follow the prompt). """
    response_format: ImageResponseFormat | None = None
    """ How images are returned: `url` (the server default) or `b64_json`. """
    seed: int | None = None
    negative_prompt: str | None = None
    """ What the image should not contain. """
    image: str | None = None
    """ Input image for image-to-image (use with `prompt_strength`). Image values are an http(s) URL, a `data:` URI
    or raw base64. """
    prompt_strength: float | None = None
    """ How far the result may move away from `image`. """
    input_image: str | None = None
    """ Image to edit, for Kontext edit models (URL, `data:` URI or raw base64). """
    input_images: list[str] | None = None
    """ Reference images, for FLUX.2 Pro (URLs, `data:` URIs or raw base64). """
    control_image: str | None = None
    """ Control image, for Canny models (URL, `data:` URI or raw base64). """
    mask: str | None = None
    """ Inpainting mask (URL, `data:` URI or raw base64). """
    start_image: str | None = None
    """ Start image, for models that take one (URL, `data:` URI or raw base64). """
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

        width = get("width")

        height = get("height")

        aspect_ratio = get("aspect_ratio")

        num_inference_steps = get("num_inference_steps")

        guidance = get("guidance")

        _response_format = get("response_format")
        response_format = None if _response_format is None else ImageResponseFormat(_response_format)

        seed = get("seed")

        negative_prompt = get("negative_prompt")

        image = get("image")

        prompt_strength = get("prompt_strength")

        input_image = get("input_image")

        input_images = cast("list[str] | None", get("input_images"))

        control_image = get("control_image")

        mask = get("mask")

        start_image = get("start_image")

        image_generation_request = object.__new__(cls)
        image_generation_request.model = model
        image_generation_request.prompt = prompt
        image_generation_request.width = width
        image_generation_request.height = height
        image_generation_request.aspect_ratio = aspect_ratio
        image_generation_request.num_inference_steps = num_inference_steps
        image_generation_request.guidance = guidance
        image_generation_request.response_format = response_format
        image_generation_request.seed = seed
        image_generation_request.negative_prompt = negative_prompt
        image_generation_request.image = image
        image_generation_request.prompt_strength = prompt_strength
        image_generation_request.input_image = input_image
        image_generation_request.input_images = input_images
        image_generation_request.control_image = control_image
        image_generation_request.mask = mask
        image_generation_request.start_image = start_image
        image_generation_request._payload = src_dict
        return image_generation_request
