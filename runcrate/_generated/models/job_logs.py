# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_job_status import KnownJobStatus
from ..types import WireModel, json_list, missing_field

T = TypeVar("T", bound="JobLogs")


@_attrs_define(repr=False)
class JobLogs(WireModel):
    """One page of a job's log."""

    _wire_names: ClassVar[dict[str, str]] = {
        "job_id": "job_id",
        "status": "status",
        "chunks": "chunks",
        "cursor": "cursor",
        "truncated": "truncated",
        "done": "done",
    }
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "truncated",
        }
    )

    job_id: str
    status: KnownJobStatus | str
    """ A job's lifecycle state: `queued` -> `starting` -> `running` -> `succeeded` | `failed` | `cancelled` |
    `timed_out`. `queued`, `starting` and `running` are live; every other value means the job has finished. Open
    enum: known values are listed; accept any other string. """
    chunks: list[JobLogChunk]
    cursor: int
    """ Send it back as `after` to read what follows. """
    done: bool
    """ true once the job has ended and everything has been read. """
    truncated: bool | None = None
    """ Whether output was dropped from the stored log (false when missing). """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        job_id = get("job_id")
        if job_id is None:
            raise missing_field(cls, src_dict, "job_id")

        _status = get("status")
        if _status is None:
            raise missing_field(cls, src_dict, "status")
        status = _parse_status(_status)

        _chunks = get("chunks")
        if _chunks is None:
            raise missing_field(cls, src_dict, "chunks")
        chunks = [JobLogChunk.from_dict(chunks_item_data) for chunks_item_data in json_list(_chunks)]

        cursor = get("cursor")
        if cursor is None:
            raise missing_field(cls, src_dict, "cursor")

        truncated = get("truncated")

        done = get("done")
        if done is None:
            raise missing_field(cls, src_dict, "done")

        job_logs = object.__new__(cls)
        job_logs.job_id = job_id
        job_logs.status = status
        job_logs.chunks = chunks
        job_logs.cursor = cursor
        job_logs.truncated = truncated
        job_logs.done = done
        job_logs._payload = src_dict
        return job_logs


# Imported after the class so that models referring to each other import cleanly.
from ..models.job_log_chunk import JobLogChunk  # noqa: E402


def _parse_status(data: object) -> KnownJobStatus | str:
    if isinstance(data, str):
        return cast("KnownJobStatus | str", KnownJobStatus._value2member_map_.get(data, data))
    return cast("KnownJobStatus | str", data)
