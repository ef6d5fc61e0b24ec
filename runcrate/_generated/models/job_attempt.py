# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_job_status import KnownJobStatus
from ..types import UNSET, Unset, WireModel

T = TypeVar("T", bound="JobAttempt")


@_attrs_define
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
    deployment_id: str | Unset | None = UNSET
    status: KnownJobStatus | str | Unset = UNSET
    """ A job's lifecycle state: `queued` -> `starting` -> `running` -> `succeeded` | `failed` | `cancelled` |
    `timed_out`. `queued`, `starting` and `running` are live; every other value means the job has finished. Open
    enum: known values are listed; accept any other string. """
    exit_code: int | Unset | None = UNSET
    error: str | Unset | None = UNSET
    started_at: datetime.datetime | Unset | None = UNSET
    ended_at: datetime.datetime | Unset | None = UNSET
    cost_usd: float | Unset | None = UNSET
    gpu_type: str | Unset = UNSET
    gpu_count: int | Unset = UNSET
    region: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        attempt = self.attempt

        deployment_id: str | Unset | None
        if isinstance(self.deployment_id, Unset):
            deployment_id = UNSET
        else:
            deployment_id = self.deployment_id

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, KnownJobStatus):
            status = self.status.value
        else:
            status = self.status

        exit_code: int | Unset | None
        if isinstance(self.exit_code, Unset):
            exit_code = UNSET
        else:
            exit_code = self.exit_code

        error: str | Unset | None
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        started_at: str | Unset | None
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        ended_at: str | Unset | None
        if isinstance(self.ended_at, Unset):
            ended_at = UNSET
        elif isinstance(self.ended_at, datetime.datetime):
            ended_at = self.ended_at.isoformat()
        else:
            ended_at = self.ended_at

        cost_usd: float | Unset | None
        if isinstance(self.cost_usd, Unset):
            cost_usd = UNSET
        else:
            cost_usd = self.cost_usd

        gpu_type = self.gpu_type

        gpu_count = self.gpu_count

        region: str | Unset | None
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attempt": attempt,
            }
        )
        if deployment_id is not UNSET:
            field_dict["deployment_id"] = deployment_id
        if status is not UNSET:
            field_dict["status"] = status
        if exit_code is not UNSET:
            field_dict["exit_code"] = exit_code
        if error is not UNSET:
            field_dict["error"] = error
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if ended_at is not UNSET:
            field_dict["ended_at"] = ended_at
        if cost_usd is not UNSET:
            field_dict["cost_usd"] = cost_usd
        if gpu_type is not UNSET:
            field_dict["gpu_type"] = gpu_type
        if gpu_count is not UNSET:
            field_dict["gpu_count"] = gpu_count
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attempt = d.pop("attempt")

        deployment_id = d.pop("deployment_id", UNSET)

        status = _parse_status(d.pop("status", UNSET))

        exit_code = d.pop("exit_code", UNSET)

        error = d.pop("error", UNSET)

        started_at = _parse_started_at(d.pop("started_at", UNSET))

        ended_at = _parse_ended_at(d.pop("ended_at", UNSET))

        cost_usd = d.pop("cost_usd", UNSET)

        gpu_type = d.pop("gpu_type", UNSET)

        gpu_count = d.pop("gpu_count", UNSET)

        region = d.pop("region", UNSET)

        job_attempt = cls(
            attempt=attempt,
            deployment_id=deployment_id,
            status=status,
            exit_code=exit_code,
            error=error,
            started_at=started_at,
            ended_at=ended_at,
            cost_usd=cost_usd,
            gpu_type=gpu_type,
            gpu_count=gpu_count,
            region=region,
        )

        job_attempt.additional_properties = d
        return job_attempt


def _parse_status(data: object) -> KnownJobStatus | str | Unset:
    if isinstance(data, str):
        return cast("KnownJobStatus | str | Unset", KnownJobStatus._value2member_map_.get(data, data))
    return cast("KnownJobStatus | str | Unset", data)


def _parse_started_at(data: object) -> datetime.datetime | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        try:
            started_at_type_0 = datetime.datetime.fromisoformat(data)

            return started_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("datetime.datetime | None | Unset", data)


def _parse_ended_at(data: object) -> datetime.datetime | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        try:
            ended_at_type_0 = datetime.datetime.fromisoformat(data)

            return ended_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("datetime.datetime | None | Unset", data)
