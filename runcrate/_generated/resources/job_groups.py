# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
# The checks run on whatever callers pass at run time, whatever the annotations say:
# pyright: reportUnnecessaryIsInstance=false, reportUnknownVariableType=false
# pyright: reportUnknownArgumentType=false, reportUnknownMemberType=false
"""The ``job_groups`` resource's plain methods, generated from the spec."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from runcrate._engine._async import AsyncResource
from runcrate._engine._sync import SyncResource
from runcrate._lazy import LazyModules
from runcrate._response import (
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from runcrate._types import CallOptions, request_options

if TYPE_CHECKING:
    from runcrate._generated.api import job_groups as _job_groups_api
else:
    _job_groups_api = LazyModules("runcrate._generated.api.job_groups")

if TYPE_CHECKING:
    from runcrate.models import JobGroup


class JobGroups(SyncResource):
    """Many jobs submitted at once by `submitJob` with `count` (identical copies) or `params` (one job
    per entry), optionally limited by `max_parallel`. List a group's jobs with `listJobs` and
    `group_id`; each job carries its `job_index`."""

    @cached_property
    def with_raw_response(self) -> JobGroupsWithRawResponse:
        """The methods that make one HTTP call, each returning a ``RawResponse`` (status, headers, request
        id) whose ``parse()`` gives what the method returns."""
        return JobGroupsWithRawResponse(self)

    def get(
        self: SyncResource,
        id: str,
        **options: Unpack[CallOptions],
    ) -> JobGroup:
        """Get a job group.

        Returns the group with the number of its jobs in each status and its total cost. List the jobs
        themselves with `listJobs` and `group_id`.

        Args:
            id: The job group id (percent-encoded).
        """
        return self._engine.request_data(
            _job_groups_api.get_job_group,
            id=id,
            options=request_options(
                options,
            ),
        )

    def cancel(
        self: SyncResource,
        id: str,
        **options: Unpack[CallOptions],
    ) -> JobGroup:
        """Cancel a job group.

        Cancels every live job of the group and returns the group. Takes no body. Cancelling again
        returns the same group, so the call is safe to repeat. Each machine is stopped after a final
        copy of its volume, which can take up to 300 seconds, so allow a client timeout of at least 315
        seconds.

        Args:
            id: The job group id (percent-encoded).
        """
        return self._engine.request_data(
            _job_groups_api.cancel_job_group,
            id=id,
            options=request_options(
                options,
            ),
        )


class JobGroupsWithRawResponse:
    """``job_groups.with_raw_response``: each method returns a ``RawResponse`` whose ``parse()`` gives
    the method's own result."""

    def __init__(self, resource: JobGroups) -> None:
        self.get = to_raw_response_wrapper(resource.get)
        self.cancel = to_raw_response_wrapper(resource.cancel)


class AsyncJobGroups(AsyncResource):
    """Many jobs submitted at once by `submitJob` with `count` (identical copies) or `params` (one job
    per entry), optionally limited by `max_parallel`. List a group's jobs with `listJobs` and
    `group_id`; each job carries its `job_index`."""

    @cached_property
    def with_raw_response(self) -> AsyncJobGroupsWithRawResponse:
        """The methods that make one HTTP call, each returning a ``RawResponse`` (status, headers, request
        id) whose ``parse()`` gives what the method returns."""
        return AsyncJobGroupsWithRawResponse(self)

    async def get(
        self: AsyncResource,
        id: str,
        **options: Unpack[CallOptions],
    ) -> JobGroup:
        """Get a job group.

        Returns the group with the number of its jobs in each status and its total cost. List the jobs
        themselves with `listJobs` and `group_id`.

        Args:
            id: The job group id (percent-encoded).
        """
        return await self._engine.request_data(
            _job_groups_api.get_job_group,
            id=id,
            options=request_options(
                options,
            ),
        )

    async def cancel(
        self: AsyncResource,
        id: str,
        **options: Unpack[CallOptions],
    ) -> JobGroup:
        """Cancel a job group.

        Cancels every live job of the group and returns the group. Takes no body. Cancelling again
        returns the same group, so the call is safe to repeat. Each machine is stopped after a final
        copy of its volume, which can take up to 300 seconds, so allow a client timeout of at least 315
        seconds.

        Args:
            id: The job group id (percent-encoded).
        """
        return await self._engine.request_data(
            _job_groups_api.cancel_job_group,
            id=id,
            options=request_options(
                options,
            ),
        )


class AsyncJobGroupsWithRawResponse:
    """``job_groups.with_raw_response``: each method returns a ``RawResponse`` whose ``parse()`` gives
    the method's own result."""

    def __init__(self, resource: AsyncJobGroups) -> None:
        self.get = async_to_raw_response_wrapper(resource.get)
        self.cancel = async_to_raw_response_wrapper(resource.cancel)
