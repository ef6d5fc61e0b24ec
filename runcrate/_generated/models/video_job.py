# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_video_status import KnownVideoStatus
from ..types import UNSET, Unset, WireModel

T = TypeVar("T", bound="VideoJob")


@_attrs_define
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

    id: str
    """ Job id, e.g. `vid_abc123`. """
    status: KnownVideoStatus | str
    """ Open enum: known values are listed; accept any other string. A job starts `queued`, moves to `processing`
    and ends `completed` or `failed`. """
    model: str | Unset = UNSET
    prompt: str | Unset = UNSET
    created_at: int | Unset = UNSET
    """ Creation time, Unix seconds. """
    error: str | Unset | None = UNSET
    """ Why the job failed, when `status` is `failed`. """
    progress: float | Unset | None = UNSET
    """ Progress in percent, when the server reports it. """
    object: str | Unset = UNSET
    """ The object type, `video`. """
    duration_seconds: int | Unset | None = UNSET
    """ Length of the video in seconds, as requested or as generated. """
    aspect_ratio: str | Unset | None = UNSET
    """ The aspect ratio requested, e.g. `16:9`. """
    image_url: str | Unset | None = UNSET
    """ The reference image of an image-to-video job. """
    width: int | Unset | None = UNSET
    height: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: str
        if isinstance(self.status, KnownVideoStatus):
            status = self.status.value
        else:
            status = self.status

        model = self.model

        prompt = self.prompt

        created_at = self.created_at

        error: str | Unset | None
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        progress: float | Unset | None
        if isinstance(self.progress, Unset):
            progress = UNSET
        else:
            progress = self.progress

        object_ = self.object

        duration_seconds: int | Unset | None
        if isinstance(self.duration_seconds, Unset):
            duration_seconds = UNSET
        else:
            duration_seconds = self.duration_seconds

        aspect_ratio: str | Unset | None
        if isinstance(self.aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = self.aspect_ratio

        image_url: str | Unset | None
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        width: int | Unset | None
        if isinstance(self.width, Unset):
            width = UNSET
        else:
            width = self.width

        height: int | Unset | None
        if isinstance(self.height, Unset):
            height = UNSET
        else:
            height = self.height

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if error is not UNSET:
            field_dict["error"] = error
        if progress is not UNSET:
            field_dict["progress"] = progress
        if object_ is not UNSET:
            field_dict["object"] = object_
        if duration_seconds is not UNSET:
            field_dict["duration_seconds"] = duration_seconds
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        status = _parse_status(d.pop("status"))

        model = d.pop("model", UNSET)

        prompt = d.pop("prompt", UNSET)

        created_at = d.pop("created_at", UNSET)

        error = d.pop("error", UNSET)

        progress = d.pop("progress", UNSET)

        object_ = d.pop("object", UNSET)

        duration_seconds = d.pop("duration_seconds", UNSET)

        aspect_ratio = d.pop("aspect_ratio", UNSET)

        image_url = d.pop("image_url", UNSET)

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        video_job = cls(
            id=id,
            status=status,
            model=model,
            prompt=prompt,
            created_at=created_at,
            error=error,
            progress=progress,
            object=object_,
            duration_seconds=duration_seconds,
            aspect_ratio=aspect_ratio,
            image_url=image_url,
            width=width,
            height=height,
        )

        video_job.additional_properties = d
        return video_job


def _parse_status(data: object) -> KnownVideoStatus | str:
    if isinstance(data, str):
        return cast("KnownVideoStatus | str", KnownVideoStatus._value2member_map_.get(data, data))
    return cast("KnownVideoStatus | str", data)
