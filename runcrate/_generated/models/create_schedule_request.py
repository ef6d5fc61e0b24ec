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
from ..types import WireModel, missing_field

T = TypeVar("T", bound="CreateScheduleRequest")


@_attrs_define(repr=False)
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
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "run_at",
            "cron",
            "timezone",
            "overlap",
            "name",
            "enabled",
        }
    )

    kind: KnownScheduleKind
    """ What a new schedule launches: `instance` (its `spec` is an instance-create body) or `job` (a job spec). A
    request takes only these. """
    spec: ScheduleSpec
    """ The launch body a schedule stores: for kind `instance` exactly the body of `createInstance` (its `env_vars`
    is an array of `{key, value}` objects), for kind `job` exactly the body of `submitJob` (a job spec, whose `env`
    is a string-to-string map). It must include `max_runtime_minutes` (5-10080 for instances, 1-10080 for jobs). """
    run_at: datetime.datetime | None = None
    """ When a one-off schedule runs: at most 365 days ahead. Send UTC with millisecond precision and a `Z` suffix
    (`2026-10-21T01:00:00.000Z`); other forms are not known to be accepted. """
    cron: str | None = None
    """ A 5-field cron expression for a recurring schedule, read in `timezone`. Runs must be at least 15 minutes
    apart. """
    timezone: str | None = None
    """ IANA time-zone name in which `cron` is read. The server's default is `UTC`. """
    overlap: KnownScheduleOverlap | None = None
    """ What a schedule does when a run is due while the previous run is still going: `skip` (the server default)
    skips it, `allow` starts another. A request takes only these. """
    name: str | None = None
    """ The schedule's name. The server's default is the spec's name. """
    enabled: bool | None = None
    """ `false` creates the schedule paused. The server's default is `true`. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        _kind = get("kind")
        if _kind is None:
            raise missing_field(cls, src_dict, "kind")
        kind = KnownScheduleKind(_kind)

        _spec = get("spec")
        if _spec is None:
            raise missing_field(cls, src_dict, "spec")
        spec = ScheduleSpec.from_dict(cast("Mapping[str, Any]", _spec))

        _run_at = get("run_at")
        run_at = None if _run_at is None else datetime.datetime.fromisoformat(_run_at)

        cron = get("cron")

        timezone = get("timezone")

        _overlap = get("overlap")
        overlap = None if _overlap is None else KnownScheduleOverlap(_overlap)

        name = get("name")

        enabled = get("enabled")

        create_schedule_request = object.__new__(cls)
        create_schedule_request.kind = kind
        create_schedule_request.spec = spec
        create_schedule_request.run_at = run_at
        create_schedule_request.cron = cron
        create_schedule_request.timezone = timezone
        create_schedule_request.overlap = overlap
        create_schedule_request.name = name
        create_schedule_request.enabled = enabled
        create_schedule_request._payload = src_dict
        return create_schedule_request


# Imported after the class so that models referring to each other import cleanly.
from ..models.schedule_spec import ScheduleSpec  # noqa: E402
