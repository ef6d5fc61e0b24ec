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
from ..types import WireModel, missing_field

T = TypeVar("T", bound="Schedule")


@_attrs_define(repr=False)
class Schedule(WireModel):
    """A schedule that launches an instance or a job later, once (`run_at`) or repeatedly (`cron`)."""

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "kind": "kind",
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
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "environment_id",
            "created_by",
            "run_as",
            "run_as_credential",
            "max_runtime_minutes",
            "run_at",
            "cron",
            "timezone",
            "overlap",
            "enabled",
            "next_run_at",
            "last_run_at",
            "last_status",
            "last_error",
            "last_instance_id",
            "last_job_id",
            "run_count",
            "created_at",
            "updated_at",
        }
    )

    id: str
    name: str
    """ Defaults to the spec's name. """
    kind: KnownScheduleKind | str
    """ What a schedule launches: an instance (`spec` is an instance-create body) or a job (`spec` is a job spec).
    Open enum: known values are listed; accept any other string. """
    spec: ScheduleSpec
    """ The launch body a schedule stores: for kind `instance` exactly the body of `createInstance` (its `env_vars`
    is an array of `{key, value}` objects), for kind `job` exactly the body of `submitJob` (a job spec, whose `env`
    is a string-to-string map). It must include `max_runtime_minutes` (5-10080 for instances, 1-10080 for jobs). """
    environment_id: str | None = None
    created_by: str | None = None
    """ The user who created the schedule. """
    run_as: str | None = None
    """ The user each run launches as: whoever created the schedule, last changed its spec or timing, or resumed it.
    """
    run_as_credential: KnownScheduleCredential | str | None = None
    max_runtime_minutes: int | None = None
    """ Copied from the spec. """
    run_at: datetime.datetime | None = None
    """ When a one-off schedule runs; null for recurring schedules. """
    cron: str | None = None
    """ The 5-field cron expression of a recurring schedule; null for one-off schedules. """
    timezone: str | None = None
    """ IANA time-zone name in which `cron` is read, e.g. `UTC`. """
    overlap: KnownScheduleOverlap | str | None = None
    """ What happens when a run is due while the previous run is still going: `skip` (the server default) skips it,
    `allow` starts another. Open enum: known values are listed; accept any other string. """
    enabled: bool | None = None
    """ false while the schedule is paused. Treat a missing value as true. """
    next_run_at: datetime.datetime | None = None
    last_run_at: datetime.datetime | None = None
    last_status: KnownScheduleRunStatus | str | None = None
    last_error: str | None = None
    last_instance_id: str | None = None
    last_job_id: str | None = None
    run_count: int | None = None
    """ How many times the schedule has launched. Treat a missing value as 0. """
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        id = get("id")
        if id is None:
            raise missing_field(cls, src_dict, "id")

        name = get("name")
        if name is None:
            raise missing_field(cls, src_dict, "name")

        _kind = get("kind")
        if _kind is None:
            raise missing_field(cls, src_dict, "kind")
        kind = _parse_kind(_kind)

        environment_id = get("environment_id")

        created_by = get("created_by")

        run_as = get("run_as")

        run_as_credential = _parse_run_as_credential(get("run_as_credential"))

        _spec = get("spec")
        if _spec is None:
            raise missing_field(cls, src_dict, "spec")
        spec = ScheduleSpec.from_dict(cast("Mapping[str, Any]", _spec))

        max_runtime_minutes = get("max_runtime_minutes")

        run_at = _parse_run_at(get("run_at"))

        cron = get("cron")

        timezone = get("timezone")

        overlap = _parse_overlap(get("overlap"))

        enabled = get("enabled")

        next_run_at = _parse_next_run_at(get("next_run_at"))

        last_run_at = _parse_last_run_at(get("last_run_at"))

        last_status = _parse_last_status(get("last_status"))

        last_error = get("last_error")

        last_instance_id = get("last_instance_id")

        last_job_id = get("last_job_id")

        run_count = get("run_count")

        created_at = _parse_created_at(get("created_at"))

        updated_at = _parse_updated_at(get("updated_at"))

        schedule = object.__new__(cls)
        schedule.id = id
        schedule.name = name
        schedule.kind = kind
        schedule.environment_id = environment_id
        schedule.created_by = created_by
        schedule.run_as = run_as
        schedule.run_as_credential = run_as_credential
        schedule.spec = spec
        schedule.max_runtime_minutes = max_runtime_minutes
        schedule.run_at = run_at
        schedule.cron = cron
        schedule.timezone = timezone
        schedule.overlap = overlap
        schedule.enabled = enabled
        schedule.next_run_at = next_run_at
        schedule.last_run_at = last_run_at
        schedule.last_status = last_status
        schedule.last_error = last_error
        schedule.last_instance_id = last_instance_id
        schedule.last_job_id = last_job_id
        schedule.run_count = run_count
        schedule.created_at = created_at
        schedule.updated_at = updated_at
        schedule._payload = src_dict
        return schedule


# Imported after the class so that models referring to each other import cleanly.
from ..models.schedule_spec import ScheduleSpec  # noqa: E402


def _parse_kind(data: object) -> KnownScheduleKind | str:
    if isinstance(data, str):
        return cast("KnownScheduleKind | str", KnownScheduleKind._value2member_map_.get(data, data))
    return cast("KnownScheduleKind | str", data)


def _parse_run_as_credential(data: object) -> KnownScheduleCredential | str | None:
    if isinstance(data, str):
        return cast(
            "KnownScheduleCredential | None | str", KnownScheduleCredential._value2member_map_.get(data, data)
        )
    return cast("KnownScheduleCredential | None | str", data)


def _parse_run_at(data: object) -> datetime.datetime | None:
    if data is None:
        return data
    if isinstance(data, str):
        try:
            run_at_type_0 = datetime.datetime.fromisoformat(data)

            return run_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("datetime.datetime | None", data)


def _parse_overlap(data: object) -> KnownScheduleOverlap | str | None:
    if isinstance(data, str):
        return cast(
            "KnownScheduleOverlap | str | None", KnownScheduleOverlap._value2member_map_.get(data, data)
        )
    return cast("KnownScheduleOverlap | str | None", data)


def _parse_next_run_at(data: object) -> datetime.datetime | None:
    if data is None:
        return data
    if isinstance(data, str):
        try:
            next_run_at_type_0 = datetime.datetime.fromisoformat(data)

            return next_run_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("datetime.datetime | None", data)


def _parse_last_run_at(data: object) -> datetime.datetime | None:
    if data is None:
        return data
    if isinstance(data, str):
        try:
            last_run_at_type_0 = datetime.datetime.fromisoformat(data)

            return last_run_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("datetime.datetime | None", data)


def _parse_last_status(data: object) -> KnownScheduleRunStatus | str | None:
    if isinstance(data, str):
        return cast(
            "KnownScheduleRunStatus | None | str", KnownScheduleRunStatus._value2member_map_.get(data, data)
        )
    return cast("KnownScheduleRunStatus | None | str", data)


def _parse_created_at(data: object) -> datetime.datetime | None:
    if data is None:
        return data
    if isinstance(data, str):
        try:
            created_at_type_0 = datetime.datetime.fromisoformat(data)

            return created_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("datetime.datetime | None", data)


def _parse_updated_at(data: object) -> datetime.datetime | None:
    if data is None:
        return data
    if isinstance(data, str):
        try:
            updated_at_type_0 = datetime.datetime.fromisoformat(data)

            return updated_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("datetime.datetime | None", data)
