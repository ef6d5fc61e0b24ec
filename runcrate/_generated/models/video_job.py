# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict[str, Any])

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_status(data: object) -> KnownVideoStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_video_status_known_video_status = KnownVideoStatus(data)

                return componentsschemas_video_status_known_video_status
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KnownVideoStatus | str, data)

        status = _parse_status(d.pop("status"))

        model = d.pop("model", UNSET)

        prompt = d.pop("prompt", UNSET)

        created_at = d.pop("created_at", UNSET)

        def _parse_error(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_progress(data: object) -> float | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        progress = _parse_progress(d.pop("progress", UNSET))

        video_job = cls(
            id=id,
            status=status,
            model=model,
            prompt=prompt,
            created_at=created_at,
            error=error,
            progress=progress,
        )

        video_job.additional_properties = d
        return video_job
