# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
# The checks run on whatever callers pass at run time, whatever the annotations say:
# pyright: reportUnnecessaryIsInstance=false, reportUnknownVariableType=false
# pyright: reportUnknownArgumentType=false, reportUnknownMemberType=false
"""The ``images`` resource's plain methods, generated from the spec."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any

from runcrate._engine._async import AsyncResource
from runcrate._engine._sync import SyncResource
from runcrate._validation import (
    invalid,
    missing,
    near_miss,
    unexpected_keywords,
)

_ALLOWED_1 = frozenset({"url", "b64_json"})
_INF = float("inf")
CREATE_IMAGE_FIELDS = frozenset(
    (
        "model",
        "prompt",
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
        "timeout",
        "max_retries",
        "extra_headers",
        "extra_query",
        "extra_body",
    )
)


def create_image_arguments(fields: Mapping[str, Any]) -> dict[str, Any]:
    """``createImage``: the keywords of its request, converted and checked."""
    arguments: dict[str, Any] = {}
    body: dict[str, Any] = {}
    value = fields.get("model")
    if value is None:
        raise missing("model", "a non-empty string")
    if not isinstance(value, str) or len(value) < 1:
        raise invalid("model", value, "a non-empty string")
    body["model"] = value
    value = fields.get("prompt")
    if value is None:
        raise missing("prompt", "a non-empty string")
    if not isinstance(value, str) or len(value) < 1:
        raise invalid("prompt", value, "a non-empty string")
    body["prompt"] = value
    value = fields.get("width")
    if value is not None:
        if not isinstance(value, int) or isinstance(value, bool) or value < 256 or value > 2048:
            raise invalid("width", value, "a whole number from 256 to 2048")
        body["width"] = value
    value = fields.get("height")
    if value is not None:
        if not isinstance(value, int) or isinstance(value, bool) or value < 256 or value > 2048:
            raise invalid("height", value, "a whole number from 256 to 2048")
        body["height"] = value
    value = fields.get("aspect_ratio")
    if value is not None:
        if not isinstance(value, str):
            raise invalid("aspect_ratio", value, "a string")
        body["aspect_ratio"] = value
    value = fields.get("num_inference_steps")
    if value is not None:
        if not isinstance(value, int) or isinstance(value, bool) or value < 1 or value > 100:
            raise invalid("num_inference_steps", value, "a whole number from 1 to 100")
        body["num_inference_steps"] = value
    value = fields.get("guidance")
    if value is not None:
        if (
            not isinstance(value, int | float)
            or isinstance(value, bool)
            or (value != value)
            or value in (_INF, -_INF)
        ):
            raise invalid("guidance", value, "a number")
        body["guidance"] = value
    value = fields.get("response_format")
    if value is not None:
        if not isinstance(value, str) or value not in _ALLOWED_1:
            raise invalid("response_format", value, "one of 'url', 'b64_json'")
        body["response_format"] = value
    value = fields.get("seed")
    if value is not None:
        if not isinstance(value, int) or isinstance(value, bool):
            raise invalid("seed", value, "a whole number")
        body["seed"] = value
    value = fields.get("negative_prompt")
    if value is not None:
        if not isinstance(value, str):
            raise invalid("negative_prompt", value, "a string")
        body["negative_prompt"] = value
    value = fields.get("image")
    if value is not None:
        if not isinstance(value, str):
            raise invalid("image", value, "a string")
        body["image"] = value
    value = fields.get("prompt_strength")
    if value is not None:
        if (
            not isinstance(value, int | float)
            or isinstance(value, bool)
            or (value != value)
            or value in (_INF, -_INF)
        ):
            raise invalid("prompt_strength", value, "a number")
        body["prompt_strength"] = value
    value = fields.get("input_image")
    if value is not None:
        if not isinstance(value, str):
            raise invalid("input_image", value, "a string")
        body["input_image"] = value
    value = fields.get("input_images")
    if value is not None:
        if not isinstance(value, list | tuple) or len(value) > 8:
            raise invalid("input_images", value, "a list of strings")
        for index0, item0 in enumerate(value):
            if not isinstance(item0, str):
                raise invalid(f"input_images[{index0}]", item0, "a string")
        body["input_images"] = value
    value = fields.get("control_image")
    if value is not None:
        if not isinstance(value, str):
            raise invalid("control_image", value, "a string")
        body["control_image"] = value
    value = fields.get("mask")
    if value is not None:
        if not isinstance(value, str):
            raise invalid("mask", value, "a string")
        body["mask"] = value
    value = fields.get("start_image")
    if value is not None:
        if not isinstance(value, str):
            raise invalid("start_image", value, "a string")
        body["start_image"] = value
    for key, value in fields.items():
        if value is not None and key not in CREATE_IMAGE_FIELDS:
            if near_miss(key, CREATE_IMAGE_FIELDS) is not None:
                raise unexpected_keywords([key], CREATE_IMAGE_FIELDS)
            body[key] = value
    arguments["body"] = body
    return arguments


class Images(SyncResource):
    """Image generation on the inference server: text-to-image, image-to-image and edits with the
    hosted image models."""

    @cached_property
    def with_raw_response(self) -> ImagesWithRawResponse:
        """The methods that make one HTTP call, each returning a ``RawResponse`` (status, headers, request
        id) whose ``parse()`` gives what the method returns."""
        return ImagesWithRawResponse(self)


class ImagesWithRawResponse:
    """``images.with_raw_response``: each method returns a ``RawResponse`` whose ``parse()`` gives
    the method's own result."""

    def __init__(self, resource: Images) -> None:
        self._resource = resource


class AsyncImages(AsyncResource):
    """Image generation on the inference server: text-to-image, image-to-image and edits with the
    hosted image models."""

    @cached_property
    def with_raw_response(self) -> AsyncImagesWithRawResponse:
        """The methods that make one HTTP call, each returning a ``RawResponse`` (status, headers, request
        id) whose ``parse()`` gives what the method returns."""
        return AsyncImagesWithRawResponse(self)


class AsyncImagesWithRawResponse:
    """``images.with_raw_response``: each method returns a ``RawResponse`` whose ``parse()`` gives
    the method's own result."""

    def __init__(self, resource: AsyncImages) -> None:
        self._resource = resource
