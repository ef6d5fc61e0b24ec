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

_OPTIONAL = frozenset(
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
_NONE_ABSENT: frozenset[str] = frozenset()


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
        d = dict(src_dict)
        pop = d.pop
        attempt = pop("attempt", None)
        if attempt is None:
            raise missing_field(cls, src_dict, "attempt")

        deployment_id = pop("deployment_id", None)

        _status = pop("status", None)
        if _status is None:
            raise missing_field(cls, src_dict, "status")
        status = _parse_status(_status)

        exit_code = pop("exit_code", None)

        error = pop("error", None)

        started_at = _parse_started_at(pop("started_at", None))

        ended_at = _parse_ended_at(pop("ended_at", None))

        cost_usd = pop("cost_usd", None)

        gpu_type = pop("gpu_type", None)
        if gpu_type is None:
            raise missing_field(cls, src_dict, "gpu_type")

        gpu_count = pop("gpu_count", None)
        if gpu_count is None:
            raise missing_field(cls, src_dict, "gpu_count")

        region = pop("region", None)

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
        job_attempt.additional_properties = d
        job_attempt._absent = _NONE_ABSENT if len(src_dict) - len(d) == 11 else _OPTIONAL.difference(src_dict)
        job_attempt._request_id = None
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
