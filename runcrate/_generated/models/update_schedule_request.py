# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_schedule_overlap import KnownScheduleOverlap
from ..types import WireModel

T = TypeVar("T", bound="UpdateScheduleRequest")


@_attrs_define(repr=False)
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
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "enabled",
            "run_at",
            "cron",
            "timezone",
            "overlap",
            "name",
            "spec",
        }
    )

    enabled: bool | None = None
    """ `false` pauses the schedule; `true` resumes it from its next occurrence. """
    run_at: datetime.datetime | None = None
    """ Makes the schedule a one-off at this time (at most 365 days ahead), sent as UTC with millisecond precision
    and a `Z` suffix. """
    cron: str | None = None
    """ Makes the schedule recurring on this 5-field cron expression (runs at least 15 minutes apart). """
    timezone: str | None = None
    """ IANA time-zone name in which `cron` is read. """
    overlap: KnownScheduleOverlap | None = None
    """ What a schedule does when a run is due while the previous run is still going: `skip` (the server default)
    skips it, `allow` starts another. A request takes only these. """
    name: str | None = None
    spec: ScheduleSpec | None = None
    """ The launch body a schedule stores: for kind `instance` exactly the body of `createInstance` (its `env_vars`
    is an array of `{key, value}` objects), for kind `job` exactly the body of `submitJob` (a job spec, whose `env`
    is a string-to-string map). It must include `max_runtime_minutes` (5-10080 for instances, 1-10080 for jobs). """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        enabled = get("enabled")

        _run_at = get("run_at")
        run_at = None if _run_at is None else datetime.datetime.fromisoformat(_run_at)

        cron = get("cron")

        timezone = get("timezone")

        _overlap = get("overlap")
        overlap = None if _overlap is None else KnownScheduleOverlap(_overlap)

        name = get("name")

        _spec = get("spec")
        spec = None if _spec is None else ScheduleSpec.from_dict(cast("Mapping[str, Any]", _spec))

        update_schedule_request = object.__new__(cls)
        update_schedule_request.enabled = enabled
        update_schedule_request.run_at = run_at
        update_schedule_request.cron = cron
        update_schedule_request.timezone = timezone
        update_schedule_request.overlap = overlap
        update_schedule_request.name = name
        update_schedule_request.spec = spec
        update_schedule_request._payload = src_dict
        return update_schedule_request


# Imported after the class so that models referring to each other import cleanly.
from ..models.schedule_spec import ScheduleSpec  # noqa: E402
