# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_response_format import ImageResponseFormat
from ..types import UNSET, Unset, WireModel

T = TypeVar("T", bound="ImageGenerationRequest")


@_attrs_define
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

    model: str
    """ Model id, e.g. `black-forest-labs/FLUX.1-schnell`, `black-forest-labs/flux-1.1-pro` or `black-forest-
    labs/FLUX.1-kontext-pro` (for edits). """
    prompt: str
    width: int | Unset = UNSET
    """ Image width in pixels. """
    height: int | Unset = UNSET
    """ Image height in pixels. """
    aspect_ratio: str | Unset = UNSET
    """ Aspect ratio such as `1:1`, `16:9`, `9:16`, `4:3` or `3:2`. """
    num_inference_steps: int | Unset = UNSET
    guidance: float | Unset = UNSET
    """ Guidance scale (how closely to follow the prompt). """
    response_format: ImageResponseFormat | Unset = UNSET
    """ How images are returned: `url` (the server default) or `b64_json`. """
    seed: int | Unset = UNSET
    negative_prompt: str | Unset = UNSET
    """ What the image should not contain. """
    image: str | Unset = UNSET
    """ Input image for image-to-image (use with `prompt_strength`). Image values are an http(s) URL, a `data:` URI
    or raw base64. """
    prompt_strength: float | Unset = UNSET
    """ How far the result may move away from `image`. """
    input_image: str | Unset = UNSET
    """ Image to edit, for Kontext edit models (URL, `data:` URI or raw base64). """
    input_images: list[str] | Unset = UNSET
    """ Reference images, for FLUX.2 Pro (URLs, `data:` URIs or raw base64). """
    control_image: str | Unset = UNSET
    """ Control image, for Canny models (URL, `data:` URI or raw base64). """
    mask: str | Unset = UNSET
    """ Inpainting mask (URL, `data:` URI or raw base64). """
    start_image: str | Unset = UNSET
    """ Start image, for models that take one (URL, `data:` URI or raw base64). """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        prompt = self.prompt

        width = self.width

        height = self.height

        aspect_ratio = self.aspect_ratio

        num_inference_steps = self.num_inference_steps

        guidance = self.guidance

        response_format: str | Unset = UNSET
        if not isinstance(self.response_format, Unset):
            response_format = self.response_format.value

        seed = self.seed

        negative_prompt = self.negative_prompt

        image = self.image

        prompt_strength = self.prompt_strength

        input_image = self.input_image

        input_images: list[str] | Unset = UNSET
        if not isinstance(self.input_images, Unset):
            input_images = self.input_images

        control_image = self.control_image

        mask = self.mask

        start_image = self.start_image

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "prompt": prompt,
            }
        )
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if guidance is not UNSET:
            field_dict["guidance"] = guidance
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if seed is not UNSET:
            field_dict["seed"] = seed
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if image is not UNSET:
            field_dict["image"] = image
        if prompt_strength is not UNSET:
            field_dict["prompt_strength"] = prompt_strength
        if input_image is not UNSET:
            field_dict["input_image"] = input_image
        if input_images is not UNSET:
            field_dict["input_images"] = input_images
        if control_image is not UNSET:
            field_dict["control_image"] = control_image
        if mask is not UNSET:
            field_dict["mask"] = mask
        if start_image is not UNSET:
            field_dict["start_image"] = start_image

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model = d.pop("model")

        prompt = d.pop("prompt")

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        aspect_ratio = d.pop("aspect_ratio", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        guidance = d.pop("guidance", UNSET)

        _response_format = d.pop("response_format", UNSET)
        response_format: ImageResponseFormat | Unset
        if isinstance(_response_format, Unset):
            response_format = UNSET
        else:
            response_format = ImageResponseFormat(_response_format)

        seed = d.pop("seed", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        image = d.pop("image", UNSET)

        prompt_strength = d.pop("prompt_strength", UNSET)

        input_image = d.pop("input_image", UNSET)

        input_images = cast("list[str]", d.pop("input_images", UNSET))

        control_image = d.pop("control_image", UNSET)

        mask = d.pop("mask", UNSET)

        start_image = d.pop("start_image", UNSET)

        image_generation_request = cls(
            model=model,
            prompt=prompt,
            width=width,
            height=height,
            aspect_ratio=aspect_ratio,
            num_inference_steps=num_inference_steps,
            guidance=guidance,
            response_format=response_format,
            seed=seed,
            negative_prompt=negative_prompt,
            image=image,
            prompt_strength=prompt_strength,
            input_image=input_image,
            input_images=input_images,
            control_image=control_image,
            mask=mask,
            start_image=start_image,
        )

        image_generation_request.additional_properties = d
        return image_generation_request
