# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_schedule_kind import KnownScheduleKind
from ..models.known_schedule_overlap import KnownScheduleOverlap
from ..types import UNSET, Unset, WireModel

T = TypeVar("T", bound="CreateScheduleRequest")


@_attrs_define
class CreateScheduleRequest(WireModel):
    """Body of `createSchedule`. Exactly one of `run_at` (a one-off schedule) and `cron` (a recurring one) must be given.
    Leave out fields you do not set.

    """

    _wire_names: ClassVar[dict[str, str]] = {
        "kind": "kind",
        "spec": "spec",
        "run_at": "run_at",
        "cron": "cron",
        "timezone": "timezone",
        "overlap": "overlap",
        "name": "name",
        "enabled": "enabled",
    }

    kind: KnownScheduleKind
    """ What a new schedule launches: `instance` (its `spec` is an instance-create body) or `job` (a job spec). A
    request takes only these. """
    spec: ScheduleSpec
    """ The launch body a schedule stores: for kind `instance` exactly the body of `createInstance` (its `env_vars`
    is an array of `{key, value}` objects), for kind `job` exactly the body of `submitJob` (a job spec, whose `env`
    is a string-to-string map). It must include `max_runtime_minutes` (5-10080 for instances, 1-10080 for jobs). """
    run_at: datetime.datetime | Unset = UNSET
    """ When a one-off schedule runs: at most 365 days ahead. Send UTC with millisecond precision and a `Z` suffix
    (`2026-10-21T01:00:00.000Z`); other forms are not known to be accepted. """
    cron: str | Unset = UNSET
    """ A 5-field cron expression for a recurring schedule, read in `timezone`. Runs must be at least 15 minutes
    apart. """
    timezone: str | Unset = UNSET
    """ IANA time-zone name in which `cron` is read. The server's default is `UTC`. """
    overlap: KnownScheduleOverlap | Unset = UNSET
    """ What a schedule does when a run is due while the previous run is still going: `skip` (the server default)
    skips it, `allow` starts another. A request takes only these. """
    name: str | Unset = UNSET
    """ The schedule's name. The server's default is the spec's name. """
    enabled: bool | Unset = UNSET
    """ `false` creates the schedule paused. The server's default is `true`. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        spec = self.spec.to_dict()

        run_at: str | Unset = UNSET
        if not isinstance(self.run_at, Unset):
            run_at = self.run_at.isoformat()

        cron = self.cron

        timezone = self.timezone

        overlap: str | Unset = UNSET
        if not isinstance(self.overlap, Unset):
            overlap = self.overlap.value

        name = self.name

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "spec": spec,
            }
        )
        if run_at is not UNSET:
            field_dict["run_at"] = run_at
        if cron is not UNSET:
            field_dict["cron"] = cron
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if overlap is not UNSET:
            field_dict["overlap"] = overlap
        if name is not UNSET:
            field_dict["name"] = name
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = KnownScheduleKind(d.pop("kind"))

        spec = ScheduleSpec.from_dict(cast("Mapping[str, Any]", d.pop("spec")))

        _run_at = d.pop("run_at", UNSET)
        run_at: datetime.datetime | Unset
        if isinstance(_run_at, Unset):
            run_at = UNSET
        else:
            run_at = datetime.datetime.fromisoformat(_run_at)

        cron = d.pop("cron", UNSET)

        timezone = d.pop("timezone", UNSET)

        _overlap = d.pop("overlap", UNSET)
        overlap: KnownScheduleOverlap | Unset
        if isinstance(_overlap, Unset):
            overlap = UNSET
        else:
            overlap = KnownScheduleOverlap(_overlap)

        name = d.pop("name", UNSET)

        enabled = d.pop("enabled", UNSET)

        create_schedule_request = cls(
            kind=kind,
            spec=spec,
            run_at=run_at,
            cron=cron,
            timezone=timezone,
            overlap=overlap,
            name=name,
            enabled=enabled,
        )

        create_schedule_request.additional_properties = d
        return create_schedule_request


# Imported after the class so that models referring to each other import cleanly.
from ..models.schedule_spec import ScheduleSpec  # noqa: E402
