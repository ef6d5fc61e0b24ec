# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel, json_list, missing_field

T = TypeVar("T", bound="SubmittedJobGroup")


@_attrs_define(repr=False)
class SubmittedJobGroup(WireModel):
    """A job group as returned by `submitJob`, with its jobs."""

    _wire_names: ClassVar[dict[str, str]] = {
        "jobs": "jobs",
        "webhook_secret": "webhook_secret",
        "id": "id",
        "count": "count",
        "max_parallel": "max_parallel",
        "created_at": "created_at",
        "status_counts": "status_counts",
        "cost_usd": "cost_usd",
    }
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "status_counts",
            "cost_usd",
            "webhook_secret",
        }
    )

    id: str
    count: int
    """ Number of jobs in the group. """
    max_parallel: int
    """ How many of the group's jobs may run at once. """
    created_at: datetime.datetime
    jobs: list[Job]
    """ The group's jobs, in `job_index` order. """
    status_counts: JobStatusCounts | None = None
    """ Number of jobs in each job status; the keys are job statuses (an open set). """
    cost_usd: float | None = None
    """ Total cost of the group's jobs in USD. """
    webhook_secret: str | None = None
    """ The secret that signs webhook deliveries for the group's jobs. Present only in this response; store it now.
    """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        _jobs = get("jobs")
        if _jobs is None:
            raise missing_field(cls, src_dict, "jobs")
        jobs = [Job.from_dict(jobs_item_data) for jobs_item_data in json_list(_jobs)]

        webhook_secret = get("webhook_secret")

        id = get("id")
        if id is None:
            raise missing_field(cls, src_dict, "id")

        count = get("count")
        if count is None:
            raise missing_field(cls, src_dict, "count")

        max_parallel = get("max_parallel")
        if max_parallel is None:
            raise missing_field(cls, src_dict, "max_parallel")

        _created_at = get("created_at")
        if _created_at is None:
            raise missing_field(cls, src_dict, "created_at")
        created_at = datetime.datetime.fromisoformat(_created_at)

        _status_counts = get("status_counts")
        status_counts = (
            None
            if _status_counts is None
            else JobStatusCounts.from_dict(cast("Mapping[str, Any]", _status_counts))
        )

        cost_usd = get("cost_usd")

        submitted_job_group = object.__new__(cls)
        submitted_job_group.jobs = jobs
        submitted_job_group.webhook_secret = webhook_secret
        submitted_job_group.id = id
        submitted_job_group.count = count
        submitted_job_group.max_parallel = max_parallel
        submitted_job_group.created_at = created_at
        submitted_job_group.status_counts = status_counts
        submitted_job_group.cost_usd = cost_usd
        submitted_job_group._payload = src_dict
        return submitted_job_group


# Imported after the class so that models referring to each other import cleanly.
from ..models.job import Job  # noqa: E402
from ..models.job_status_counts import JobStatusCounts  # noqa: E402
