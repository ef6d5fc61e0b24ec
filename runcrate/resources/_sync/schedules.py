# Generated from runcrate/resources/_async by unasync (generator/sync_twins.py). Do not edit: change the async resource and run `make generate`.
"""Schedules: launch an instance or a job later, once (``run_at``) or repeatedly (``cron``)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, TypeVar, Unpack, cast

import attrs

from runcrate._datetimes import to_utc_z
from runcrate._generated.api.schedules import (
    create_schedule,
    delete_schedule,
    get_schedule,
    list_schedules,
    run_schedule_now,
    update_schedule,
)
from runcrate._generated.models.create_schedule_request import CreateScheduleRequest
from runcrate._generated.models.known_schedule_kind import KnownScheduleKind
from runcrate._generated.models.schedule import Schedule
from runcrate._generated.models.schedule_run import ScheduleRun
from runcrate._generated.models.schedule_spec import ScheduleSpec
from runcrate._generated.models.update_schedule_request import UpdateScheduleRequest
from runcrate._results import ResultList
from runcrate._types import UNCHANGED, CallOptions, NotGiven, request_options
from runcrate.resources._sync._base import APIResource, given
from runcrate.resources._sync.instances import env_var_list
from runcrate.resources._sync.jobs import GROUP_FIELDS, job_spec_body

__all__ = ["Schedules"]

_Body = TypeVar("_Body", CreateScheduleRequest, UpdateScheduleRequest)
_REQUIRED = tuple(f.name for f in attrs.fields(ScheduleSpec) if f.default is attrs.NOTHING)


def _spec(spec: Mapping[str, Any], kind: str | None) -> dict[str, Any]:
    """The stored launch body as JSON: an instance's ``env_vars`` dict becomes the ``{key, value}``
    list (D2), job values are normalised as ``jobs.run`` does; ``max_runtime_minutes`` is required."""
    if not isinstance(cast(object, spec), Mapping):
        raise ValueError(
            f"spec must be a mapping (an instance-create or job body), got {type(spec).__name__}"
        )
    body = job_spec_body(spec)
    missing = [name for name in _REQUIRED if name not in body]
    if missing:
        raise ValueError(
            f"spec must include {', '.join(missing)}: every scheduled launch needs a runtime limit"
        )
    if "env_vars" in body:
        body["env_vars"] = env_var_list(body["env_vars"])
    if kind == KnownScheduleKind.JOB:
        grouped = [name for name in GROUP_FIELDS if name in body]
        if grouped:
            raise ValueError(f"spec: {', '.join(grouped)} cannot be scheduled; a schedule runs a single job")
    return body


def _with_run_at(body: _Body, run_at: datetime | str | None) -> _Body:
    """``run_at`` exactly as the API expects it (UTC, milliseconds, ``Z``), which the model's own
    date-time serialisation would not produce."""
    if run_at is not None:
        body.additional_properties["run_at"] = to_utc_z(run_at, name="run_at")
    return body


class Schedules(APIResource):
    """Schedules of the client's environment (at most 50 per environment, 200 per workspace)."""

    def create(
        self,
        kind: str,
        spec: Mapping[str, Any],
        *,
        run_at: datetime | str | None = None,
        cron: str | None = None,
        timezone: str | None = None,
        overlap: str | None = None,
        name: str | None = None,
        enabled: bool | None = None,
        idempotency_key: str | None = None,
        **options: Unpack[CallOptions],
    ) -> Schedule:
        """Create a schedule that launches ``kind`` (``"instance"`` or ``"job"``) from ``spec``.

        ``spec`` is exactly the body of ``instances.create`` or ``jobs.run`` and must include
        ``max_runtime_minutes``; an instance's ``env_vars`` may be a dict. Give exactly one of
        ``run_at`` (a one-off, at most 365 days ahead: an aware datetime or an ISO-8601 string
        with an offset or ``Z``, sent as UTC) or ``cron`` (5 fields, read in ``timezone``, an
        IANA name, default UTC; runs at least 15 minutes apart). ``overlap`` is ``"skip"`` (the
        default: no run while the previous one is live) or ``"allow"``; ``enabled=False`` creates
        it paused. Runs start within about two minutes of their time, as the user who created the
        schedule.

        An ``Idempotency-Key`` is sent, but the server is not known to deduplicate it here, so the
        call is retried only when it provably did not reach the server; after an ambiguous
        failure, :meth:`list` shows whether it was created. Raises ``UnprocessableEntityError``
        for a bad spec, cron or time, and ``ConflictError`` when a limit is reached.
        """
        if (run_at is None) == (cron is None):
            raise ValueError("schedules.create needs exactly one of run_at (a one-off) or cron (recurring)")
        fields = given(
            kind=kind,
            spec=_spec(spec, kind),
            cron=cron,
            timezone=timezone,
            overlap=overlap,
            name=name,
            enabled=enabled,
        )
        body = _with_run_at(CreateScheduleRequest.from_dict(fields), run_at)
        return self._engine.request_data(
            create_schedule, body=body, options=request_options(options, idempotency_key=idempotency_key)
        )

    def list(self, **options: Unpack[CallOptions]) -> ResultList[Schedule]:
        """List the environment's schedules, newest first."""
        return self._engine.request_data(list_schedules, options=request_options(options))

    def get(self, id: str, **options: Unpack[CallOptions]) -> Schedule:
        """Get a schedule, with its next and last run. Raises ``NotFoundError`` for an unknown id."""
        return self._engine.request_data(get_schedule, id, options=request_options(options))

    def update(
        self,
        id: str,
        *,
        enabled: bool | NotGiven = UNCHANGED,
        run_at: datetime | str | NotGiven = UNCHANGED,
        cron: str | NotGiven = UNCHANGED,
        timezone: str | NotGiven = UNCHANGED,
        overlap: str | NotGiven = UNCHANGED,
        name: str | NotGiven = UNCHANGED,
        spec: Mapping[str, Any] | NotGiven = UNCHANGED,
        **options: Unpack[CallOptions],
    ) -> Schedule:
        """Change a schedule; fields left ``UNCHANGED`` stay as they are, and none can be cleared.

        ``enabled=False`` pauses it and ``True`` resumes it from its next occurrence. Setting
        ``run_at`` makes it a one-off and ``cron`` a recurring one (not both at once). ``spec``
        replaces the whole stored spec (nothing is merged, so send environment values again).
        Raises ``NotFoundError`` and ``UnprocessableEntityError`` as the server decides.
        """
        changes = {
            key: value
            for key, value in (
                ("enabled", enabled),
                ("run_at", run_at),
                ("cron", cron),
                ("timezone", timezone),
                ("overlap", overlap),
                ("name", name),
                ("spec", spec),
            )
            if value is not UNCHANGED
        }
        if not changes:
            raise ValueError("schedules.update needs at least one field to change")
        cleared = [key for key, value in changes.items() if cast(object, value) is None]
        if cleared:
            raise ValueError(
                f"schedules.update cannot set {', '.join(cleared)} to None: schedule fields cannot be "
                "cleared (leave a field UNCHANGED to keep it)"
            )
        if "run_at" in changes and "cron" in changes:
            raise ValueError("schedules.update takes run_at or cron, not both")
        changes.pop("run_at", None)  # sent by _with_run_at, in the API's exact form
        if not isinstance(spec, NotGiven):
            changes["spec"] = _spec(spec, None)
        body = _with_run_at(
            UpdateScheduleRequest.from_dict(changes), None if isinstance(run_at, NotGiven) else run_at
        )
        return self._engine.request_data(update_schedule, id, body=body, options=request_options(options))

    def delete(self, id: str, **options: Unpack[CallOptions]) -> None:
        """Delete a schedule (what it launched keeps running). Raises ``NotFoundError`` for an unknown id."""
        self._engine.request(delete_schedule, id, options=request_options(options))

    def run_now(self, id: str, **options: Unpack[CallOptions]) -> ScheduleRun:
        """Launch the schedule's spec now, paused or not; its ``next_run_at`` does not change.

        Returns the schedule with the launched ``instance`` or ``job``. The launch can take about a
        minute; it is not idempotent, so it is retried only when the request provably did not reach
        the server. Raises ``InsufficientCreditsError`` (``BUDGET_REACHED``), ``BadGatewayError``
        with code ``launch_refused`` and ``NotFoundError``.
        """
        return self._engine.request_data(run_schedule_now, id, options=request_options(options))
