# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_job_status import KnownJobStatus
from ..types import UNSET, Unset, WireModel, json_list

T = TypeVar("T", bound="JobLogs")


@_attrs_define
class JobLogs(WireModel):
    """One page of a job's log."""

    _wire_names: ClassVar[dict[str, str]] = {
        "chunks": "chunks",
        "cursor": "cursor",
        "done": "done",
        "job_id": "job_id",
        "status": "status",
        "truncated": "truncated",
    }

    chunks: list[JobLogChunk]
    cursor: int
    """ Send it back as `after` to read what follows. """
    done: bool
    """ true once the job has ended and everything has been read. """
    job_id: str | Unset = UNSET
    status: KnownJobStatus | str | Unset = UNSET
    """ A job's lifecycle state: `queued` -> `starting` -> `running` -> `succeeded` | `failed` | `cancelled` |
    `timed_out`. `queued`, `starting` and `running` are live; every other value means the job has finished. Open
    enum: known values are listed; accept any other string. """
    truncated: bool | Unset = UNSET
    """ Whether output was dropped from the stored log (false when missing). """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        chunks: list[Any] = []
        for chunks_item_data in self.chunks:
            chunks_item = chunks_item_data.to_dict()
            chunks.append(chunks_item)

        cursor = self.cursor

        done = self.done

        job_id = self.job_id

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, KnownJobStatus):
            status = self.status.value
        else:
            status = self.status

        truncated = self.truncated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chunks": chunks,
                "cursor": cursor,
                "done": done,
            }
        )
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if status is not UNSET:
            field_dict["status"] = status
        if truncated is not UNSET:
            field_dict["truncated"] = truncated

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chunks = [JobLogChunk.from_dict(chunks_item_data) for chunks_item_data in json_list(d.pop("chunks"))]

        cursor = d.pop("cursor")

        done = d.pop("done")

        job_id = d.pop("job_id", UNSET)

        status = _parse_status(d.pop("status", UNSET))

        truncated = d.pop("truncated", UNSET)

        job_logs = cls(
            chunks=chunks,
            cursor=cursor,
            done=done,
            job_id=job_id,
            status=status,
            truncated=truncated,
        )

        job_logs.additional_properties = d
        return job_logs


# Imported after the class so that models referring to each other import cleanly.
from ..models.job_log_chunk import JobLogChunk  # noqa: E402


def _parse_status(data: object) -> KnownJobStatus | str | Unset:
    if isinstance(data, str):
        return cast("KnownJobStatus | str | Unset", KnownJobStatus._value2member_map_.get(data, data))
    return cast("KnownJobStatus | str | Unset", data)
