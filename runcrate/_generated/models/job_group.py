# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel, missing_field

T = TypeVar("T", bound="JobGroup")


@_attrs_define(repr=False)
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
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "status_counts",
            "cost_usd",
        }
    )

    id: str
    count: int
    """ Number of jobs in the group. """
    max_parallel: int
    """ How many of the group's jobs may run at once. """
    created_at: datetime.datetime
    status_counts: JobStatusCounts | None = None
    """ Number of jobs in each job status; the keys are job statuses (an open set). """
    cost_usd: float | None = None
    """ Total cost of the group's jobs in USD. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        id = get("id")
        if id is None:
            raise missing_field(cls, src_dict, "id")

        count = get("count")
        if count is None:
            raise missing_field(cls, src_dict, "count")

        max_parallel = get("max_parallel")
        if max_parallel is None:
            raise missing_field(cls, src_dict, "max_parallel")

        _status_counts = get("status_counts")
        status_counts = (
            None
            if _status_counts is None
            else JobStatusCounts.from_dict(cast("Mapping[str, Any]", _status_counts))
        )

        cost_usd = get("cost_usd")

        _created_at = get("created_at")
        if _created_at is None:
            raise missing_field(cls, src_dict, "created_at")
        created_at = datetime.datetime.fromisoformat(_created_at)

        job_group = object.__new__(cls)
        job_group.id = id
        job_group.count = count
        job_group.max_parallel = max_parallel
        job_group.status_counts = status_counts
        job_group.cost_usd = cost_usd
        job_group.created_at = created_at
        job_group._payload = src_dict
        return job_group


# Imported after the class so that models referring to each other import cleanly.
from ..models.job_status_counts import JobStatusCounts  # noqa: E402
