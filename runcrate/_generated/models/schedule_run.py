# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireModel

T = TypeVar("T", bound="ScheduleRun")


@_attrs_define
class ScheduleRun(WireModel):
    """The result of `runScheduleNow`."""

    _wire_names: ClassVar[dict[str, str]] = {
        "schedule": "schedule",
        "instance": "instance",
        "job": "job",
    }

    schedule: Schedule
    """ A schedule that launches an instance or a job later, once (`run_at`) or repeatedly (`cron`). """
    instance: Instance | Unset | None = UNSET
    """ The launched instance (schedules of kind `instance`); absent for job schedules. """
    job: Job | Unset | None = UNSET
    """ The submitted job (schedules of kind `job`); absent for instance schedules. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        schedule = self.schedule.to_dict()

        instance: dict[str, Any] | Unset | None
        if isinstance(self.instance, Unset):
            instance = UNSET
        elif isinstance(self.instance, Instance):
            instance = self.instance.to_dict()
        else:
            instance = self.instance

        job: dict[str, Any] | Unset | None
        if isinstance(self.job, Unset):
            job = UNSET
        elif isinstance(self.job, Job):
            job = self.job.to_dict()
        else:
            job = self.job

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schedule": schedule,
            }
        )
        if instance is not UNSET:
            field_dict["instance"] = instance
        if job is not UNSET:
            field_dict["job"] = job

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        schedule = Schedule.from_dict(cast("Mapping[str, Any]", d.pop("schedule")))

        instance = _parse_instance(d.pop("instance", UNSET))

        job = _parse_job(d.pop("job", UNSET))

        schedule_run = cls(
            schedule=schedule,
            instance=instance,
            job=job,
        )

        schedule_run.additional_properties = d
        return schedule_run


# Imported after the class so that models referring to each other import cleanly.
from ..models.instance import Instance  # noqa: E402
from ..models.job import Job  # noqa: E402
from ..models.schedule import Schedule  # noqa: E402


def _parse_instance(data: object) -> Instance | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        try:
            instance_type_0 = Instance.from_dict(cast("Mapping[str, Any]", data))

            return instance_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("Instance | None | Unset", data)


def _parse_job(data: object) -> Job | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        try:
            job_type_0 = Job.from_dict(cast("Mapping[str, Any]", data))

            return job_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("Job | None | Unset", data)
