# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_schedule_overlap import KnownScheduleOverlap
from ..types import UNSET, Unset, WireModel

T = TypeVar("T", bound="UpdateScheduleRequest")


@_attrs_define
class UpdateScheduleRequest(WireModel):
    """Body of `updateSchedule`: only the fields being changed, at least one. No field can be set to null. Setting `run_at`
    turns the schedule into a one-off and setting `cron` into a recurring one; do not send both.

    """

    _wire_names: ClassVar[dict[str, str]] = {
        "enabled": "enabled",
        "run_at": "run_at",
        "cron": "cron",
        "timezone": "timezone",
        "overlap": "overlap",
        "name": "name",
        "spec": "spec",
    }

    enabled: bool | Unset = UNSET
    """ `false` pauses the schedule; `true` resumes it from its next occurrence. """
    run_at: datetime.datetime | Unset = UNSET
    """ Makes the schedule a one-off at this time (at most 365 days ahead), sent as UTC with millisecond precision
    and a `Z` suffix. """
    cron: str | Unset = UNSET
    """ Makes the schedule recurring on this 5-field cron expression (runs at least 15 minutes apart). """
    timezone: str | Unset = UNSET
    """ IANA time-zone name in which `cron` is read. """
    overlap: KnownScheduleOverlap | Unset = UNSET
    """ What a schedule does when a run is due while the previous run is still going: `skip` (the server default)
    skips it, `allow` starts another. A request takes only these. """
    name: str | Unset = UNSET
    spec: ScheduleSpec | Unset = UNSET
    """ The launch body a schedule stores: for kind `instance` exactly the body of `createInstance` (its `env_vars`
    is an array of `{key, value}` objects), for kind `job` exactly the body of `submitJob` (a job spec, whose `env`
    is a string-to-string map). It must include `max_runtime_minutes` (5-10080 for instances, 1-10080 for jobs). """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        run_at: str | Unset = UNSET
        if not isinstance(self.run_at, Unset):
            run_at = self.run_at.isoformat()

        cron = self.cron

        timezone = self.timezone

        overlap: str | Unset = UNSET
        if not isinstance(self.overlap, Unset):
            overlap = self.overlap.value

        name = self.name

        spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spec, Unset):
            spec = self.spec.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
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
        if spec is not UNSET:
            field_dict["spec"] = spec

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

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

        _spec = d.pop("spec", UNSET)
        spec: ScheduleSpec | Unset
        if isinstance(_spec, Unset):
            spec = UNSET
        else:
            spec = ScheduleSpec.from_dict(cast("Mapping[str, Any]", _spec))

        update_schedule_request = cls(
            enabled=enabled,
            run_at=run_at,
            cron=cron,
            timezone=timezone,
            overlap=overlap,
            name=name,
            spec=spec,
        )

        update_schedule_request.additional_properties = d
        return update_schedule_request


# Imported after the class so that models referring to each other import cleanly.
from ..models.schedule_spec import ScheduleSpec  # noqa: E402
