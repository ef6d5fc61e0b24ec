"""Job groups: jobs submitted together by ``jobs.run_group``, inspected and cancelled as one."""

from __future__ import annotations

from typing import Unpack

from runcrate._generated.api.job_groups import cancel_job_group, get_job_group
from runcrate._generated.models.job_group import JobGroup
from runcrate._types import CallOptions, request_options
from runcrate.resources._async._base import AsyncAPIResource

__all__ = ["AsyncJobGroups"]


class AsyncJobGroups(AsyncAPIResource):
    """Groups of jobs created by ``jobs.run_group``; list a group's jobs with ``jobs.list(group_id=...)``."""

    async def get(self, id: str, **options: Unpack[CallOptions]) -> JobGroup:
        """Get a job group: its size, ``max_parallel``, how many of its jobs are in each status
        (``status_counts``) and its total cost. Raises ``NotFoundError`` for an unknown id."""
        return await self._engine.request_data(get_job_group, id, options=request_options(options))

    async def cancel(self, id: str, **options: Unpack[CallOptions]) -> JobGroup:
        """Cancel every live job of the group and return the group.

        Each machine is stopped after a final copy of its volume, so this can take up to five
        minutes (the request's timeout is raised to at least 315 s). Cancelling again is harmless
        and returns the same group, so the call is retried like a read.
        """
        return await self._engine.request_data(cancel_job_group, id, options=request_options(options))
