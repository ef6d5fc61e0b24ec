# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireModel

T = TypeVar("T", bound="JobGroup")


@_attrs_define
class JobGroup(WireModel):
    """A group of jobs submitted together; list its jobs with `listJobs` and `group_id`."""

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "count": "count",
        "max_parallel": "max_parallel",
        "status_counts": "status_counts",
        "cost_usd": "cost_usd",
        "created_at": "created_at",
    }

    id: str
    count: int | Unset = UNSET
    """ Number of jobs in the group. """
    max_parallel: int | Unset = UNSET
    """ How many of the group's jobs may run at once. """
    status_counts: JobStatusCounts | Unset = UNSET
    """ Number of jobs in each job status; the keys are job statuses (an open set). """
    cost_usd: float | Unset | None = UNSET
    """ Total cost of the group's jobs in USD. """
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        count = self.count

        max_parallel = self.max_parallel

        status_counts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status_counts, Unset):
            status_counts = self.status_counts.to_dict()

        cost_usd: float | Unset | None
        if isinstance(self.cost_usd, Unset):
            cost_usd = UNSET
        else:
            cost_usd = self.cost_usd

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if count is not UNSET:
            field_dict["count"] = count
        if max_parallel is not UNSET:
            field_dict["max_parallel"] = max_parallel
        if status_counts is not UNSET:
            field_dict["status_counts"] = status_counts
        if cost_usd is not UNSET:
            field_dict["cost_usd"] = cost_usd
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        count = d.pop("count", UNSET)

        max_parallel = d.pop("max_parallel", UNSET)

        _status_counts = d.pop("status_counts", UNSET)
        status_counts: JobStatusCounts | Unset
        if isinstance(_status_counts, Unset):
            status_counts = UNSET
        else:
            status_counts = JobStatusCounts.from_dict(cast("Mapping[str, Any]", _status_counts))

        cost_usd = d.pop("cost_usd", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        job_group = cls(
            id=id,
            count=count,
            max_parallel=max_parallel,
            status_counts=status_counts,
            cost_usd=cost_usd,
            created_at=created_at,
        )

        job_group.additional_properties = d
        return job_group


# Imported after the class so that models referring to each other import cleanly.
from ..models.job_status_counts import JobStatusCounts  # noqa: E402
