# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_job_status import KnownJobStatus
from ..types import WireModel, missing_field

T = TypeVar("T", bound="JobAttempt")


@_attrs_define(repr=False)
class JobAttempt(WireModel):
    """One attempt to run a job on a machine."""

    _wire_names: ClassVar[dict[str, str]] = {
        "attempt": "attempt",
        "deployment_id": "deployment_id",
        "status": "status",
        "exit_code": "exit_code",
        "error": "error",
        "started_at": "started_at",
        "ended_at": "ended_at",
        "cost_usd": "cost_usd",
        "gpu_type": "gpu_type",
        "gpu_count": "gpu_count",
        "region": "region",
    }
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "deployment_id",
            "exit_code",
            "error",
            "started_at",
            "ended_at",
            "cost_usd",
            "region",
        }
    )

    attempt: int
    status: KnownJobStatus | str
    """ A job's lifecycle state: `queued` -> `starting` -> `running` -> `succeeded` | `failed` | `cancelled` |
    `timed_out`. `queued`, `starting` and `running` are live; every other value means the job has finished. Open
    enum: known values are listed; accept any other string. """
    gpu_type: str
    gpu_count: int
    deployment_id: str | None = None
    exit_code: int | None = None
    error: str | None = None
    started_at: datetime.datetime | None = None
    ended_at: datetime.datetime | None = None
    cost_usd: float | None = None
    region: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        attempt = get("attempt")
        if attempt is None:
            raise missing_field(cls, src_dict, "attempt")

        deployment_id = get("deployment_id")

        _status = get("status")
        if _status is None:
            raise missing_field(cls, src_dict, "status")
        status = _parse_status(_status)

        exit_code = get("exit_code")

        error = get("error")

        started_at = _parse_started_at(get("started_at"))

        ended_at = _parse_ended_at(get("ended_at"))

        cost_usd = get("cost_usd")

        gpu_type = get("gpu_type")
        if gpu_type is None:
            raise missing_field(cls, src_dict, "gpu_type")

        gpu_count = get("gpu_count")
        if gpu_count is None:
            raise missing_field(cls, src_dict, "gpu_count")

        region = get("region")

        job_attempt = object.__new__(cls)
        job_attempt.attempt = attempt
        job_attempt.deployment_id = deployment_id
        job_attempt.status = status
        job_attempt.exit_code = exit_code
        job_attempt.error = error
        job_attempt.started_at = started_at
        job_attempt.ended_at = ended_at
        job_attempt.cost_usd = cost_usd
        job_attempt.gpu_type = gpu_type
        job_attempt.gpu_count = gpu_count
        job_attempt.region = region
        job_attempt._payload = src_dict
        return job_attempt


def _parse_status(data: object) -> KnownJobStatus | str:
    if isinstance(data, str):
        return cast("KnownJobStatus | str", KnownJobStatus._value2member_map_.get(data, data))
    return cast("KnownJobStatus | str", data)


def _parse_started_at(data: object) -> datetime.datetime | None:
    if data is None:
        return data
    if isinstance(data, str):
        try:
            started_at_type_0 = datetime.datetime.fromisoformat(data)

            return started_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("datetime.datetime | None", data)


def _parse_ended_at(data: object) -> datetime.datetime | None:
    if data is None:
        return data
    if isinstance(data, str):
        try:
            ended_at_type_0 = datetime.datetime.fromisoformat(data)

            return ended_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("datetime.datetime | None", data)
