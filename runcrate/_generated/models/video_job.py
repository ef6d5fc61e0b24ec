# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_video_status import KnownVideoStatus
from ..types import WireModel, missing_field

T = TypeVar("T", bound="VideoJob")


@_attrs_define(repr=False)
class VideoJob(WireModel):
    """An asynchronous video generation job. Extra fields may appear."""

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "status": "status",
        "model": "model",
        "prompt": "prompt",
        "created_at": "created_at",
        "error": "error",
        "progress": "progress",
        "object": "object",
        "duration_seconds": "duration_seconds",
        "aspect_ratio": "aspect_ratio",
        "image_url": "image_url",
        "width": "width",
        "height": "height",
    }
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "model",
            "prompt",
            "created_at",
            "error",
            "progress",
            "object",
            "duration_seconds",
            "aspect_ratio",
            "image_url",
            "width",
            "height",
        }
    )

    id: str
    """ Job id, e.g. `vid_abc123`. """
    status: KnownVideoStatus | str
    """ Open enum: known values are listed; accept any other string. A job starts `queued`, moves to `processing`
    and ends `completed` or `failed`. """
    model: str | None = None
    prompt: str | None = None
    created_at: int | None = None
    """ Creation time, Unix seconds. """
    error: str | None = None
    """ Why the job failed, when `status` is `failed`. """
    progress: float | None = None
    """ Progress in percent, when the server reports it. """
    object: str | None = None
    """ The object type, `video`. """
    duration_seconds: int | None = None
    """ Length of the video in seconds, as requested or as generated. """
    aspect_ratio: str | None = None
    """ The aspect ratio requested, e.g. `16:9`. """
    image_url: str | None = None
    """ The reference image of an image-to-video job. """
    width: int | None = None
    height: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        id = get("id")
        if id is None:
            raise missing_field(cls, src_dict, "id")

        _status = get("status")
        if _status is None:
            raise missing_field(cls, src_dict, "status")
        status = _parse_status(_status)

        model = get("model")

        prompt = get("prompt")

        created_at = get("created_at")

        error = get("error")

        progress = get("progress")

        object_ = get("object")

        duration_seconds = get("duration_seconds")

        aspect_ratio = get("aspect_ratio")

        image_url = get("image_url")

        width = get("width")

        height = get("height")

        video_job = object.__new__(cls)
        video_job.id = id
        video_job.status = status
        video_job.model = model
        video_job.prompt = prompt
        video_job.created_at = created_at
        video_job.error = error
        video_job.progress = progress
        video_job.object = object_
        video_job.duration_seconds = duration_seconds
        video_job.aspect_ratio = aspect_ratio
        video_job.image_url = image_url
        video_job.width = width
        video_job.height = height
        video_job._payload = src_dict
        return video_job


def _parse_status(data: object) -> KnownVideoStatus | str:
    if isinstance(data, str):
        return cast("KnownVideoStatus | str", KnownVideoStatus._value2member_map_.get(data, data))
    return cast("KnownVideoStatus | str", data)
