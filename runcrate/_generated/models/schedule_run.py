# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel, missing_field

T = TypeVar("T", bound="ScheduleRun")


@_attrs_define(repr=False)
class ScheduleRun(WireModel):
    """The result of `runScheduleNow`."""

    _wire_names: ClassVar[dict[str, str]] = {
        "schedule": "schedule",
        "instance": "instance",
        "job": "job",
    }
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "instance",
            "job",
        }
    )

    schedule: Schedule
    """ A schedule that launches an instance or a job later, once (`run_at`) or repeatedly (`cron`). """
    instance: Instance | None = None
    """ The launched instance (schedules of kind `instance`); absent for job schedules. """
    job: Job | None = None
    """ The submitted job (schedules of kind `job`); absent for instance schedules. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        _schedule = get("schedule")
        if _schedule is None:
            raise missing_field(cls, src_dict, "schedule")
        schedule = Schedule.from_dict(cast("Mapping[str, Any]", _schedule))

        instance = _parse_instance(get("instance"))

        job = _parse_job(get("job"))

        schedule_run = object.__new__(cls)
        schedule_run.schedule = schedule
        schedule_run.instance = instance
        schedule_run.job = job
        schedule_run._payload = src_dict
        return schedule_run


# Imported after the class so that models referring to each other import cleanly.
from ..models.instance import Instance  # noqa: E402
from ..models.job import Job  # noqa: E402
from ..models.schedule import Schedule  # noqa: E402


def _parse_instance(data: object) -> Instance | None:
    if data is None:
        return data
    if isinstance(data, dict):
        try:
            instance_type_0 = Instance.from_dict(cast("Mapping[str, Any]", data))

            return instance_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("Instance | None", data)


def _parse_job(data: object) -> Job | None:
    if data is None:
        return data
    if isinstance(data, dict):
        try:
            job_type_0 = Job.from_dict(cast("Mapping[str, Any]", data))

            return job_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("Job | None", data)
