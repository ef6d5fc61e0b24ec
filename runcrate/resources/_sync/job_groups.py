# Generated from runcrate/resources/_async by unasync (generator/sync_twins.py). Do not edit: change the async resource and run `make generate`.
"""Job groups: the generated methods, plus waiting until every job of a group has ended."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from runcrate._callbacks import checked_callback, notify
from runcrate._deadline import Backoff
from runcrate._errors import ResourceFailedError, WaitTimeoutError
from runcrate._generated.models.job_group import JobGroup
from runcrate._generated.models.known_job_status import KnownJobStatus
from runcrate._generated.resources import job_groups as generated
from runcrate.resources._sync.jobs import LIVE_JOB_STATUSES

__all__ = ["JobGroups"]


def _counts(group: JobGroup) -> dict[str, int]:
    """The group's ``status_counts``; an entry that is not a whole number counts as nothing."""
    counts: dict[str, object] = {}  # as the server sent them
    if group.status_counts is not None:
        counts.update(group.status_counts.additional_properties)
    return {
        status: number
        for status, number in counts.items()
        if isinstance(number, int) and not isinstance(number, bool) and number > 0
    }


def _live(group: JobGroup) -> int | None:
    """How many of the group's jobs are queued, starting or running; None while the counts are
    empty (a group whose jobs are not counted yet has not shown that they ended)."""
    counts = _counts(group)
    if not counts and group.count > 0:
        return None
    return sum(number for status, number in counts.items() if status in LIVE_JOB_STATUSES)


def _unsuccessful(group: JobGroup) -> dict[str, int]:
    """The final statuses other than ``succeeded`` the group's jobs ended in, with their numbers."""
    return {
        status: number
        for status, number in _counts(group).items()
        if status not in LIVE_JOB_STATUSES and status != KnownJobStatus.SUCCEEDED
    }


class JobGroups(generated.JobGroups):
    """Many jobs submitted at once (``jobs.run_group``): read a group's counts, cancel it, wait for it."""

    def wait(
        self,
        id: str,
        *,
        timeout: float | None = None,
        poll_interval: float = 5.0,
        max_poll_interval: float = 30.0,
        on_status: Callable[[JobGroup], Any] | None = None,
        raise_on_failure: bool = False,
    ) -> JobGroup:
        """Poll the group until none of its jobs is live (its ``status_counts`` show no job queued,
        starting or running), and return it.

        Its ``status_counts`` then say how the jobs ended; ``jobs.list(group_id=id)`` lists them (or
        ``jobs.wait_many`` on the ids of ``run_group``'s answer, to get each final job). The wait
        between polls starts at ``poll_interval`` and doubles up to ``max_poll_interval``;
        ``on_status`` is called with every state of the group seen (on ``AsyncRuncrate`` it may be
        an async function, which is awaited before the wait goes on). ``timeout`` bounds the whole
        wait, requests in flight included: when it passes, ``WaitTimeoutError`` (a ``TimeoutError``
        whose ``last`` is the group as last seen, or None) is raised; the jobs keep running. With
        ``raise_on_failure=True``, ``ResourceFailedError`` carrying the group is raised as soon as
        one of its jobs is seen to have ended otherwise than ``succeeded``.
        """
        backoff = Backoff(poll_interval, max_poll_interval)
        on_status = checked_callback("on_status", on_status)
        deadline = self._engine.deadline("timeout", timeout)
        group: JobGroup | None = None

        def expired() -> WaitTimeoutError:
            live = None if group is None else _live(group)
            if group is None:
                state = "not seen yet"
            elif live is None:
                state = "no job counted yet"
            else:
                state = f"{live} of {group.count} jobs still live"
            return WaitTimeoutError(f"Job group {id}: {state} after {deadline.seconds} s", last=group)

        while True:
            with deadline.bounding(expired):
                group = self.get(id)
            notify("on_status", on_status, group)
            unsuccessful = _unsuccessful(group)
            if raise_on_failure and unsuccessful:
                ended = ", ".join(f"{number} {status}" for status, number in sorted(unsuccessful.items()))
                raise ResourceFailedError(f"Job group {id}: jobs ended {ended}", resource=group)
            if _live(group) == 0:
                return group
            if not self._engine.pause(deadline, backoff.next()):
                raise expired()
