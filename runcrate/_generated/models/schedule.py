# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_schedule_credential import KnownScheduleCredential
from ..models.known_schedule_kind import KnownScheduleKind
from ..models.known_schedule_overlap import KnownScheduleOverlap
from ..models.known_schedule_run_status import KnownScheduleRunStatus
from ..types import UNSET, Unset, WireModel

T = TypeVar("T", bound="Schedule")


@_attrs_define
class Schedule(WireModel):
    """A schedule that launches an instance or a job later, once (`run_at`) or repeatedly (`cron`)."""

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "kind": "kind",
        "name": "name",
        "environment_id": "environment_id",
        "created_by": "created_by",
        "run_as": "run_as",
        "run_as_credential": "run_as_credential",
        "spec": "spec",
        "max_runtime_minutes": "max_runtime_minutes",
        "run_at": "run_at",
        "cron": "cron",
        "timezone": "timezone",
        "overlap": "overlap",
        "enabled": "enabled",
        "next_run_at": "next_run_at",
        "last_run_at": "last_run_at",
        "last_status": "last_status",
        "last_error": "last_error",
        "last_instance_id": "last_instance_id",
        "last_job_id": "last_job_id",
        "run_count": "run_count",
        "created_at": "created_at",
        "updated_at": "updated_at",
    }

    id: str
    kind: KnownScheduleKind | str
    """ What a schedule launches: an instance (`spec` is an instance-create body) or a job (`spec` is a job spec).
    Open enum: known values are listed; accept any other string. """
    name: str | Unset = UNSET
    """ Defaults to the spec's name. """
    environment_id: str | Unset | None = UNSET
    created_by: str | Unset | None = UNSET
    """ The user who created the schedule. """
    run_as: str | Unset | None = UNSET
    """ The user each run launches as: whoever created the schedule, last changed its spec or timing, or resumed it.
    """
    run_as_credential: KnownScheduleCredential | str | Unset | None = UNSET
    spec: ScheduleSpec | Unset = UNSET
    """ The launch body a schedule stores: for kind `instance` exactly the body of `createInstance` (its `env_vars`
    is an array of `{key, value}` objects), for kind `job` exactly the body of `submitJob` (a job spec, whose `env`
    is a string-to-string map). It must include `max_runtime_minutes` (5-10080 for instances, 1-10080 for jobs). """
    max_runtime_minutes: int | Unset | None = UNSET
    """ Copied from the spec. """
    run_at: datetime.datetime | Unset | None = UNSET
    """ When a one-off schedule runs; null for recurring schedules. """
    cron: str | Unset | None = UNSET
    """ The 5-field cron expression of a recurring schedule; null for one-off schedules. """
    timezone: str | Unset = UNSET
    """ IANA time-zone name in which `cron` is read, e.g. `UTC`. """
    overlap: KnownScheduleOverlap | str | Unset = UNSET
    """ What happens when a run is due while the previous run is still going: `skip` (the server default) skips it,
    `allow` starts another. Open enum: known values are listed; accept any other string. """
    enabled: bool | Unset = UNSET
    """ false while the schedule is paused. Treat a missing value as true. """
    next_run_at: datetime.datetime | Unset | None = UNSET
    last_run_at: datetime.datetime | Unset | None = UNSET
    last_status: KnownScheduleRunStatus | str | Unset | None = UNSET
    last_error: str | Unset | None = UNSET
    last_instance_id: str | Unset | None = UNSET
    last_job_id: str | Unset | None = UNSET
    run_count: int | Unset = UNSET
    """ How many times the schedule has launched. Treat a missing value as 0. """
    created_at: datetime.datetime | Unset | None = UNSET
    updated_at: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        kind: str
        if isinstance(self.kind, KnownScheduleKind):
            kind = self.kind.value
        else:
            kind = self.kind

        name = self.name

        environment_id: str | Unset | None
        if isinstance(self.environment_id, Unset):
            environment_id = UNSET
        else:
            environment_id = self.environment_id

        created_by: str | Unset | None
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        run_as: str | Unset | None
        if isinstance(self.run_as, Unset):
            run_as = UNSET
        else:
            run_as = self.run_as

        run_as_credential: str | Unset | None
        if isinstance(self.run_as_credential, Unset):
            run_as_credential = UNSET
        elif isinstance(self.run_as_credential, KnownScheduleCredential):
            run_as_credential = self.run_as_credential.value
        else:
            run_as_credential = self.run_as_credential

        spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spec, Unset):
            spec = self.spec.to_dict()

        max_runtime_minutes: int | Unset | None
        if isinstance(self.max_runtime_minutes, Unset):
            max_runtime_minutes = UNSET
        else:
            max_runtime_minutes = self.max_runtime_minutes

        run_at: str | Unset | None
        if isinstance(self.run_at, Unset):
            run_at = UNSET
        elif isinstance(self.run_at, datetime.datetime):
            run_at = self.run_at.isoformat()
        else:
            run_at = self.run_at

        cron: str | Unset | None
        if isinstance(self.cron, Unset):
            cron = UNSET
        else:
            cron = self.cron

        timezone = self.timezone

        overlap: str | Unset
        if isinstance(self.overlap, Unset):
            overlap = UNSET
        elif isinstance(self.overlap, KnownScheduleOverlap):
            overlap = self.overlap.value
        else:
            overlap = self.overlap

        enabled = self.enabled

        next_run_at: str | Unset | None
        if isinstance(self.next_run_at, Unset):
            next_run_at = UNSET
        elif isinstance(self.next_run_at, datetime.datetime):
            next_run_at = self.next_run_at.isoformat()
        else:
            next_run_at = self.next_run_at

        last_run_at: str | Unset | None
        if isinstance(self.last_run_at, Unset):
            last_run_at = UNSET
        elif isinstance(self.last_run_at, datetime.datetime):
            last_run_at = self.last_run_at.isoformat()
        else:
            last_run_at = self.last_run_at

        last_status: str | Unset | None
        if isinstance(self.last_status, Unset):
            last_status = UNSET
        elif isinstance(self.last_status, KnownScheduleRunStatus):
            last_status = self.last_status.value
        else:
            last_status = self.last_status

        last_error: str | Unset | None
        if isinstance(self.last_error, Unset):
            last_error = UNSET
        else:
            last_error = self.last_error

        last_instance_id: str | Unset | None
        if isinstance(self.last_instance_id, Unset):
            last_instance_id = UNSET
        else:
            last_instance_id = self.last_instance_id

        last_job_id: str | Unset | None
        if isinstance(self.last_job_id, Unset):
            last_job_id = UNSET
        else:
            last_job_id = self.last_job_id

        run_count = self.run_count

        created_at: str | Unset | None
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: str | Unset | None
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kind": kind,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if environment_id is not UNSET:
            field_dict["environment_id"] = environment_id
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if run_as is not UNSET:
            field_dict["run_as"] = run_as
        if run_as_credential is not UNSET:
            field_dict["run_as_credential"] = run_as_credential
        if spec is not UNSET:
            field_dict["spec"] = spec
        if max_runtime_minutes is not UNSET:
            field_dict["max_runtime_minutes"] = max_runtime_minutes
        if run_at is not UNSET:
            field_dict["run_at"] = run_at
        if cron is not UNSET:
            field_dict["cron"] = cron
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if overlap is not UNSET:
            field_dict["overlap"] = overlap
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if next_run_at is not UNSET:
            field_dict["next_run_at"] = next_run_at
        if last_run_at is not UNSET:
            field_dict["last_run_at"] = last_run_at
        if last_status is not UNSET:
            field_dict["last_status"] = last_status
        if last_error is not UNSET:
            field_dict["last_error"] = last_error
        if last_instance_id is not UNSET:
            field_dict["last_instance_id"] = last_instance_id
        if last_job_id is not UNSET:
            field_dict["last_job_id"] = last_job_id
        if run_count is not UNSET:
            field_dict["run_count"] = run_count
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        kind = _parse_kind(d.pop("kind"))

        name = d.pop("name", UNSET)

        environment_id = d.pop("environment_id", UNSET)

        created_by = d.pop("created_by", UNSET)

        run_as = d.pop("run_as", UNSET)

        run_as_credential = _parse_run_as_credential(d.pop("run_as_credential", UNSET))

        _spec = d.pop("spec", UNSET)
        spec: ScheduleSpec | Unset
        if isinstance(_spec, Unset):
            spec = UNSET
        else:
            spec = ScheduleSpec.from_dict(cast("Mapping[str, Any]", _spec))

        max_runtime_minutes = d.pop("max_runtime_minutes", UNSET)

        run_at = _parse_run_at(d.pop("run_at", UNSET))

        cron = d.pop("cron", UNSET)

        timezone = d.pop("timezone", UNSET)

        overlap = _parse_overlap(d.pop("overlap", UNSET))

        enabled = d.pop("enabled", UNSET)

        next_run_at = _parse_next_run_at(d.pop("next_run_at", UNSET))

        last_run_at = _parse_last_run_at(d.pop("last_run_at", UNSET))

        last_status = _parse_last_status(d.pop("last_status", UNSET))

        last_error = d.pop("last_error", UNSET)

        last_instance_id = d.pop("last_instance_id", UNSET)

        last_job_id = d.pop("last_job_id", UNSET)

        run_count = d.pop("run_count", UNSET)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        schedule = cls(
            id=id,
            kind=kind,
            name=name,
            environment_id=environment_id,
            created_by=created_by,
            run_as=run_as,
            run_as_credential=run_as_credential,
            spec=spec,
            max_runtime_minutes=max_runtime_minutes,
            run_at=run_at,
            cron=cron,
            timezone=timezone,
            overlap=overlap,
            enabled=enabled,
            next_run_at=next_run_at,
            last_run_at=last_run_at,
            last_status=last_status,
            last_error=last_error,
            last_instance_id=last_instance_id,
            last_job_id=last_job_id,
            run_count=run_count,
            created_at=created_at,
            updated_at=updated_at,
        )

        schedule.additional_properties = d
        return schedule


# Imported after the class so that models referring to each other import cleanly.
from ..models.schedule_spec import ScheduleSpec  # noqa: E402


def _parse_kind(data: object) -> KnownScheduleKind | str:
    if isinstance(data, str):
        return cast("KnownScheduleKind | str", KnownScheduleKind._value2member_map_.get(data, data))
    return cast("KnownScheduleKind | str", data)


def _parse_run_as_credential(data: object) -> KnownScheduleCredential | str | Unset | None:
    if isinstance(data, str):
        return cast(
            "KnownScheduleCredential | None | str | Unset",
            KnownScheduleCredential._value2member_map_.get(data, data),
        )
    return cast("KnownScheduleCredential | None | str | Unset", data)


def _parse_run_at(data: object) -> datetime.datetime | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        try:
            run_at_type_0 = datetime.datetime.fromisoformat(data)

            return run_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("datetime.datetime | None | Unset", data)


def _parse_overlap(data: object) -> KnownScheduleOverlap | str | Unset:
    if isinstance(data, str):
        return cast(
            "KnownScheduleOverlap | str | Unset", KnownScheduleOverlap._value2member_map_.get(data, data)
        )
    return cast("KnownScheduleOverlap | str | Unset", data)


def _parse_next_run_at(data: object) -> datetime.datetime | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        try:
            next_run_at_type_0 = datetime.datetime.fromisoformat(data)

            return next_run_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("datetime.datetime | None | Unset", data)


def _parse_last_run_at(data: object) -> datetime.datetime | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        try:
            last_run_at_type_0 = datetime.datetime.fromisoformat(data)

            return last_run_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("datetime.datetime | None | Unset", data)


def _parse_last_status(data: object) -> KnownScheduleRunStatus | str | Unset | None:
    if isinstance(data, str):
        return cast(
            "KnownScheduleRunStatus | None | str | Unset",
            KnownScheduleRunStatus._value2member_map_.get(data, data),
        )
    return cast("KnownScheduleRunStatus | None | str | Unset", data)


def _parse_created_at(data: object) -> datetime.datetime | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        try:
            created_at_type_0 = datetime.datetime.fromisoformat(data)

            return created_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("datetime.datetime | None | Unset", data)


def _parse_updated_at(data: object) -> datetime.datetime | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        try:
            updated_at_type_0 = datetime.datetime.fromisoformat(data)

            return updated_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("datetime.datetime | None | Unset", data)
