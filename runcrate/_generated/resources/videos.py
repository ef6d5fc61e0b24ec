# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
# The checks run on whatever callers pass at run time, whatever the annotations say:
# pyright: reportUnnecessaryIsInstance=false, reportUnknownVariableType=false
# pyright: reportUnknownArgumentType=false, reportUnknownMemberType=false
"""The ``videos`` resource's plain methods, generated from the spec."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack

from runcrate._engine._async import AsyncResource
from runcrate._engine._sync import SyncResource
from runcrate._lazy import LazyModules
from runcrate._response import (
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from runcrate._types import CallOptions, request_options
from runcrate._validation import (
    invalid,
    missing,
    near_miss,
    unexpected_keywords,
)

if TYPE_CHECKING:
    from runcrate._generated.api import videos as _videos_api
else:
    _videos_api = LazyModules("runcrate._generated.api.videos")

if TYPE_CHECKING:
    from runcrate.models import VideoJob

CREATE_VIDEO_FIELDS = frozenset(
    (
        "model",
        "prompt",
        "duration_seconds",
        "image_url",
        "aspect_ratio",
        "width",
        "height",
        "timeout",
        "max_retries",
        "extra_headers",
        "extra_query",
        "extra_body",
    )
)
DOWNLOAD_VIDEO_FIELDS = frozenset(("timeout", "max_retries", "extra_headers", "extra_query", "extra_body"))


def create_video_arguments(fields: Mapping[str, Any]) -> dict[str, Any]:
    """``createVideo``: the keywords of its request, converted and checked."""
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
    value = fields.get("duration_seconds")
    if value is not None:
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise invalid("duration_seconds", value, "a whole number >= 1")
        body["duration_seconds"] = value
    value = fields.get("image_url")
    if value is not None:
        if not isinstance(value, str):
            raise invalid("image_url", value, "a string")
        body["image_url"] = value
    value = fields.get("aspect_ratio")
    if value is not None:
        if not isinstance(value, str):
            raise invalid("aspect_ratio", value, "a string")
        body["aspect_ratio"] = value
    value = fields.get("width")
    if value is not None:
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise invalid("width", value, "a whole number >= 1")
        body["width"] = value
    value = fields.get("height")
    if value is not None:
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise invalid("height", value, "a whole number >= 1")
        body["height"] = value
    for key, value in fields.items():
        if value is not None and key not in CREATE_VIDEO_FIELDS:
            if near_miss(key, CREATE_VIDEO_FIELDS) is not None:
                raise unexpected_keywords([key], CREATE_VIDEO_FIELDS)
            body[key] = value
    arguments["body"] = body
    return arguments


class Videos(SyncResource):
    """Asynchronous video generation on the inference server: create a job, poll its status, then
    download the finished MP4."""

    @cached_property
    def with_raw_response(self) -> VideosWithRawResponse:
        """The methods that make one HTTP call, each returning a ``RawResponse`` (status, headers, request
        id) whose ``parse()`` gives what the method returns."""
        return VideosWithRawResponse(self)

    def get_status(
        self: SyncResource,
        id: str,
        **options: Unpack[CallOptions],
    ) -> VideoJob:
        """Get a video job.

        Returns the video job with its current status (`queued`, `processing`, `completed` or `failed`;
        other values may appear). Poll it every 5-10 s until the status is `completed` (then call
        `downloadVideo`) or `failed` (see `error`).

        Args:
            id: The video job id returned by `createVideo`.
        """
        return self._engine.request(
            _videos_api.get_video,
            id=id,
            options=request_options(
                options,
            ),
        )


class VideosWithRawResponse:
    """``videos.with_raw_response``: each method returns a ``RawResponse`` whose ``parse()`` gives
    the method's own result."""

    def __init__(self, resource: Videos) -> None:
        self.get_status = to_raw_response_wrapper(resource.get_status)


class AsyncVideos(AsyncResource):
    """Asynchronous video generation on the inference server: create a job, poll its status, then
    download the finished MP4."""

    @cached_property
    def with_raw_response(self) -> AsyncVideosWithRawResponse:
        """The methods that make one HTTP call, each returning a ``RawResponse`` (status, headers, request
        id) whose ``parse()`` gives what the method returns."""
        return AsyncVideosWithRawResponse(self)

    async def get_status(
        self: AsyncResource,
        id: str,
        **options: Unpack[CallOptions],
    ) -> VideoJob:
        """Get a video job.

        Returns the video job with its current status (`queued`, `processing`, `completed` or `failed`;
        other values may appear). Poll it every 5-10 s until the status is `completed` (then call
        `downloadVideo`) or `failed` (see `error`).

        Args:
            id: The video job id returned by `createVideo`.
        """
        return await self._engine.request(
            _videos_api.get_video,
            id=id,
            options=request_options(
                options,
            ),
        )


class AsyncVideosWithRawResponse:
    """``videos.with_raw_response``: each method returns a ``RawResponse`` whose ``parse()`` gives
    the method's own result."""

    def __init__(self, resource: AsyncVideos) -> None:
        self.get_status = async_to_raw_response_wrapper(resource.get_status)
