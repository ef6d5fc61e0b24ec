# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
# The checks run on whatever callers pass at run time, whatever the annotations say:
# pyright: reportUnnecessaryIsInstance=false, reportUnknownVariableType=false
# pyright: reportUnknownArgumentType=false, reportUnknownMemberType=false
"""The ``schedules`` resource's plain methods, generated from the spec."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack

from runcrate._conversions import schedule_spec, utc_timestamp
from runcrate._engine._async import AsyncResource
from runcrate._engine._sync import SyncResource
from runcrate._lazy import LazyModules
from runcrate._response import (
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from runcrate._types import UNCHANGED, CallOptions, request_options
from runcrate._validation import (
    exactly_one,
    invalid,
    missing,
    none_of,
    not_together,
)

if TYPE_CHECKING:
    from runcrate._generated.api import schedules as _schedules_api
else:
    _schedules_api = LazyModules("runcrate._generated.api.schedules")

if TYPE_CHECKING:
    from datetime import datetime
    from typing import Any

    from runcrate import NotGiven, ResultList
    from runcrate.models import Schedule, ScheduleRun
    from runcrate.types import KnownScheduleKind, KnownScheduleOverlap

_PATTERN_1 = re.compile("^[ \\t]*[!-~]+([ \\t]+[!-~]+){4}[ \\t]*$")
_ALLOWED_1 = frozenset({"instance", "job"})
_ALLOWED_2 = frozenset({"skip", "allow"})


def create_schedule_arguments(fields: Mapping[str, Any]) -> dict[str, Any]:
    """``createSchedule``: the keywords of its request, converted and checked."""
    arguments: dict[str, Any] = {}
    body: dict[str, Any] = {}
    value = fields.get("kind")
    if value is None:
        raise missing("kind", "one of 'instance', 'job'")
    if not isinstance(value, str) or value not in _ALLOWED_1:
        raise invalid("kind", value, "one of 'instance', 'job'")
    body["kind"] = value
    value = fields.get("spec")
    if value is None:
        raise missing("spec", "a mapping")
    value = schedule_spec(value, "spec")
    if not isinstance(value, dict | Mapping):
        raise invalid("spec", value, "a mapping")
    field0 = value.get("max_runtime_minutes")
    if field0 is None:
        raise missing("spec['max_runtime_minutes']", "a whole number from 1 to 10080")
    if not isinstance(field0, int) or isinstance(field0, bool) or field0 < 1 or field0 > 10080:
        raise invalid("spec['max_runtime_minutes']", field0, "a whole number from 1 to 10080")
    body["spec"] = value
    value = fields.get("run_at")
    if value is not None:
        value = utc_timestamp(value, "run_at")
    if value is not None:
        if not isinstance(value, str | date):
            raise invalid("run_at", value, "an aware datetime or an ISO-8601 date-time with an offset")
        body["run_at"] = value
    value = fields.get("cron")
    if value is not None:
        if not isinstance(value, str) or _PATTERN_1.search(value) is None:
            raise invalid("cron", value, "a string matching '^[ \\\\t]*[!-~]+([ \\\\t]+[!-~]+){4}[ \\\\t]*$'")
        body["cron"] = value
    value = fields.get("timezone")
    if value is not None:
        if not isinstance(value, str) or len(value) < 1:
            raise invalid("timezone", value, "a non-empty string")
        body["timezone"] = value
    value = fields.get("overlap")
    if value is not None:
        if not isinstance(value, str) or value not in _ALLOWED_2:
            raise invalid("overlap", value, "one of 'skip', 'allow'")
        body["overlap"] = value
    value = fields.get("name")
    if value is not None:
        if not isinstance(value, str) or len(value) < 1:
            raise invalid("name", value, "a non-empty string")
        body["name"] = value
    value = fields.get("enabled")
    if value is not None:
        if not isinstance(value, bool):
            raise invalid("enabled", value, "True or False")
        body["enabled"] = value
    if ("run_at" in body) + ("cron" in body) != 1:
        raise exactly_one(("run_at", "cron"), [n for n in ("run_at", "cron") if fields.get(n) is not None])
    arguments["body"] = body
    return arguments


def update_schedule_arguments(fields: Mapping[str, Any]) -> dict[str, Any]:
    """``updateSchedule``: the keywords of its request, converted and checked."""
    arguments: dict[str, Any] = {}
    body: dict[str, Any] = {}
    value = fields.get("enabled", UNCHANGED)
    if value is not UNCHANGED:
        if not isinstance(value, bool):
            raise invalid("enabled", value, "True or False")
        body["enabled"] = value
    value = fields.get("run_at", UNCHANGED)
    if value is not UNCHANGED:
        value = utc_timestamp(value, "run_at")
        if not isinstance(value, str | date):
            raise invalid("run_at", value, "an aware datetime or an ISO-8601 date-time with an offset")
        body["run_at"] = value
    value = fields.get("cron", UNCHANGED)
    if value is not UNCHANGED:
        if not isinstance(value, str) or _PATTERN_1.search(value) is None:
            raise invalid("cron", value, "a string matching '^[ \\\\t]*[!-~]+([ \\\\t]+[!-~]+){4}[ \\\\t]*$'")
        body["cron"] = value
    value = fields.get("timezone", UNCHANGED)
    if value is not UNCHANGED:
        if not isinstance(value, str) or len(value) < 1:
            raise invalid("timezone", value, "a non-empty string")
        body["timezone"] = value
    value = fields.get("overlap", UNCHANGED)
    if value is not UNCHANGED:
        if not isinstance(value, str) or value not in _ALLOWED_2:
            raise invalid("overlap", value, "one of 'skip', 'allow'")
        body["overlap"] = value
    value = fields.get("name", UNCHANGED)
    if value is not UNCHANGED:
        if not isinstance(value, str) or len(value) < 1:
            raise invalid("name", value, "a non-empty string")
        body["name"] = value
    value = fields.get("spec", UNCHANGED)
    if value is not UNCHANGED:
        value = schedule_spec(value, "spec")
        if not isinstance(value, dict | Mapping):
            raise invalid("spec", value, "a mapping")
        field0 = value.get("max_runtime_minutes")
        if field0 is None:
            raise missing("spec['max_runtime_minutes']", "a whole number from 1 to 10080")
        if not isinstance(field0, int) or isinstance(field0, bool) or field0 < 1 or field0 > 10080:
            raise invalid("spec['max_runtime_minutes']", field0, "a whole number from 1 to 10080")
        body["spec"] = value
    if not body:
        raise none_of(("enabled", "run_at", "cron", "timezone", "overlap", "name", "spec"))
    if "run_at" in body and "cron" in body:
        raise not_together(("run_at", "cron"))
    arguments["body"] = body
    return arguments


class Schedules(SyncResource):
    """Launch an instance or a job later, once (`run_at`) or repeatedly (`cron`). Schedules belong to
    an environment (at most 50 per environment and 200 per workspace). A run starts within about 2
    minutes of its time and launches as the schedule's `run_as` user; recurring runs are at least 15
    minutes apart. If the API key or agent sign-in a schedule runs as is revoked, the schedule
    pauses itself with `last_status = credential_revoked`."""

    @cached_property
    def with_raw_response(self) -> SchedulesWithRawResponse:
        """The methods that make one HTTP call, each returning a ``RawResponse`` (status, headers, request
        id) whose ``parse()`` gives what the method returns."""
        return SchedulesWithRawResponse(self)

    def list(
        self: SyncResource,
        **options: Unpack[CallOptions],
    ) -> ResultList[Schedule]:
        """List schedules.

        Lists the schedules of the environment, newest first. The list is not paginated.
        """
        return self._engine.request_data(
            _schedules_api.list_schedules,
            options=request_options(
                options,
            ),
        )

    def create(
        self: SyncResource,
        kind: KnownScheduleKind,
        spec: Mapping[str, Any],
        *,
        run_at: datetime | str | None = None,
        cron: str | None = None,
        timezone: str | None = None,
        overlap: KnownScheduleOverlap | None = None,
        name: str | None = None,
        enabled: bool | None = None,
        idempotency_key: str | None = None,
        **options: Unpack[CallOptions],
    ) -> Schedule:
        """Create a schedule.

        Creates a schedule that launches an instance (`kind: instance`) or a job (`kind: job`) from the
        stored `spec`, once at `run_at` or repeatedly on `cron`. Give exactly one of the two. The spec
        is exactly the body of `createInstance` or `submitJob` and must include `max_runtime_minutes`.
        `run_at` can be at most 365 days ahead and recurring runs must be at least 15 minutes apart; the
        server answers 422 otherwise. Each run launches as the user who created the schedule (see
        `run_as`).

        An environment holds at most 50 schedules and a workspace 200; over the limit the server answers
        409 or 422. The server accepts an `Idempotency-Key` header, but whether it deduplicates creates
        on it is not confirmed, so after an ambiguous failure look for the schedule with `listSchedules`
        before creating it again.

        Args:
            kind: What a new schedule launches: `instance` (its `spec` is an instance-create body) or
                `job` (a job spec). A request takes only these.
            spec: The launch body a schedule stores: for kind `instance` exactly the body of
                `createInstance` (its `env_vars` is an array of `{key, value}` objects), for kind `job`
                exactly the body of `submitJob` (a job spec, whose `env` is a string-to-string map). It
                must include `max_runtime_minutes` (5-10080 for instances, 1-10080 for jobs).
            run_at: When a one-off schedule runs: at most 365 days ahead. Send UTC with millisecond
                precision and a `Z` suffix (`2026-10-21T01:00:00.000Z`); other forms are not known to be
                accepted.
            cron: A 5-field cron expression for a recurring schedule, read in `timezone`. Runs must be
                at least 15 minutes apart.
            timezone: IANA time-zone name in which `cron` is read. The server's default is `UTC`.
            overlap: What a schedule does when a run is due while the previous run is still going:
                `skip` (the server default) skips it, `allow` starts another. A request takes only
                these.
            name: The schedule's name. The server's default is the spec's name.
            enabled: `false` creates the schedule paused. The server's default is `true`.
        """
        return self._engine.request_data(
            _schedules_api.create_schedule,
            options=request_options(
                options,
                idempotency_key=idempotency_key,
                parameters=(
                    "kind",
                    "spec",
                    "run_at",
                    "cron",
                    "timezone",
                    "overlap",
                    "name",
                    "enabled",
                ),
            ),
            **create_schedule_arguments(
                {
                    "kind": kind,
                    "spec": spec,
                    "run_at": run_at,
                    "cron": cron,
                    "timezone": timezone,
                    "overlap": overlap,
                    "name": name,
                    "enabled": enabled,
                }
            ),
        )

    def get(
        self: SyncResource,
        id: str,
        **options: Unpack[CallOptions],
    ) -> Schedule:
        """Get a schedule.

        Returns one schedule, including the outcome of its most recent run.

        Args:
            id: The schedule id (percent-encoded).
        """
        return self._engine.request_data(
            _schedules_api.get_schedule,
            id=id,
            options=request_options(
                options,
            ),
        )

    def delete(
        self: SyncResource,
        id: str,
        **options: Unpack[CallOptions],
    ) -> None:
        """Delete a schedule.

        Deletes the schedule; no further runs start. Instances and jobs it already launched are not
        affected.

        Args:
            id: The schedule id (percent-encoded).
        """
        self._engine.request(
            _schedules_api.delete_schedule,
            id=id,
            options=request_options(
                options,
            ),
        )

    def update(
        self: SyncResource,
        id: str,
        *,
        enabled: bool | NotGiven = UNCHANGED,
        run_at: datetime | str | NotGiven = UNCHANGED,
        cron: str | NotGiven = UNCHANGED,
        timezone: str | NotGiven = UNCHANGED,
        overlap: KnownScheduleOverlap | NotGiven = UNCHANGED,
        name: str | NotGiven = UNCHANGED,
        spec: Mapping[str, Any] | NotGiven = UNCHANGED,
        **options: Unpack[CallOptions],
    ) -> Schedule:
        """Update a schedule.

        Changes the fields sent and keeps the others; at least one is required, and none can be set to
        null. `enabled: false` pauses the schedule and `enabled: true` resumes it from its next
        occurrence. Setting `run_at` makes the schedule a one-off and setting `cron` makes it recurring
        (never send both). `spec` replaces the whole stored spec, so environment values must be sent
        again. Changing the spec or timing, or resuming, makes the caller the user the schedule runs as.

        Args:
            id: The schedule id (percent-encoded).
            enabled: `false` pauses the schedule; `true` resumes it from its next occurrence.
            run_at: Makes the schedule a one-off at this time (at most 365 days ahead), sent as UTC with
                millisecond precision and a `Z` suffix.
            cron: Makes the schedule recurring on this 5-field cron expression (runs at least 15 minutes
                apart).
            timezone: IANA time-zone name in which `cron` is read.
            overlap: What a schedule does when a run is due while the previous run is still going:
                `skip` (the server default) skips it, `allow` starts another. A request takes only
                these.
            spec: Replaces the whole stored spec (nothing is merged), so environment values must be sent
                again.
        """
        return self._engine.request_data(
            _schedules_api.update_schedule,
            id=id,
            options=request_options(
                options,
                parameters=(
                    "enabled",
                    "run_at",
                    "cron",
                    "timezone",
                    "overlap",
                    "name",
                    "spec",
                ),
            ),
            **update_schedule_arguments(
                {
                    "enabled": enabled,
                    "run_at": run_at,
                    "cron": cron,
                    "timezone": timezone,
                    "overlap": overlap,
                    "name": name,
                    "spec": spec,
                }
            ),
        )

    def run_now(
        self: SyncResource,
        id: str,
        **options: Unpack[CallOptions],
    ) -> ScheduleRun:
        """Run a schedule now.

        Launches the schedule's spec straight away, whether the schedule is paused or not; `next_run_at`
        does not change. Takes no body. Returns the schedule together with the launched instance (kind
        `instance`) or job (kind `job`).

        A launch can take about 60 seconds, so allow a client timeout of at least 75 seconds. The call
        takes no `Idempotency-Key` and every call launches again: do not repeat it after an ambiguous
        failure (a timeout or a 5xx) without checking `last_run_at` and `last_instance_id` /
        `last_job_id` first. 402 `BUDGET_REACHED` means the environment's monthly budget is used up; 502
        `launch_refused` means the launch was refused because of the spec itself and must not be
        retried.

        Args:
            id: The schedule id (percent-encoded).
        """
        return self._engine.request_data(
            _schedules_api.run_schedule_now,
            id=id,
            options=request_options(
                options,
            ),
        )


class SchedulesWithRawResponse:
    """``schedules.with_raw_response``: each method returns a ``RawResponse`` whose ``parse()`` gives
    the method's own result."""

    def __init__(self, resource: Schedules) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update = to_raw_response_wrapper(resource.update)
        self.run_now = to_raw_response_wrapper(resource.run_now)


class AsyncSchedules(AsyncResource):
    """Launch an instance or a job later, once (`run_at`) or repeatedly (`cron`). Schedules belong to
    an environment (at most 50 per environment and 200 per workspace). A run starts within about 2
    minutes of its time and launches as the schedule's `run_as` user; recurring runs are at least 15
    minutes apart. If the API key or agent sign-in a schedule runs as is revoked, the schedule
    pauses itself with `last_status = credential_revoked`."""

    @cached_property
    def with_raw_response(self) -> AsyncSchedulesWithRawResponse:
        """The methods that make one HTTP call, each returning a ``RawResponse`` (status, headers, request
        id) whose ``parse()`` gives what the method returns."""
        return AsyncSchedulesWithRawResponse(self)

    async def list(
        self: AsyncResource,
        **options: Unpack[CallOptions],
    ) -> ResultList[Schedule]:
        """List schedules.

        Lists the schedules of the environment, newest first. The list is not paginated.
        """
        return await self._engine.request_data(
            _schedules_api.list_schedules,
            options=request_options(
                options,
            ),
        )

    async def create(
        self: AsyncResource,
        kind: KnownScheduleKind,
        spec: Mapping[str, Any],
        *,
        run_at: datetime | str | None = None,
        cron: str | None = None,
        timezone: str | None = None,
        overlap: KnownScheduleOverlap | None = None,
        name: str | None = None,
        enabled: bool | None = None,
        idempotency_key: str | None = None,
        **options: Unpack[CallOptions],
    ) -> Schedule:
        """Create a schedule.

        Creates a schedule that launches an instance (`kind: instance`) or a job (`kind: job`) from the
        stored `spec`, once at `run_at` or repeatedly on `cron`. Give exactly one of the two. The spec
        is exactly the body of `createInstance` or `submitJob` and must include `max_runtime_minutes`.
        `run_at` can be at most 365 days ahead and recurring runs must be at least 15 minutes apart; the
        server answers 422 otherwise. Each run launches as the user who created the schedule (see
        `run_as`).

        An environment holds at most 50 schedules and a workspace 200; over the limit the server answers
        409 or 422. The server accepts an `Idempotency-Key` header, but whether it deduplicates creates
        on it is not confirmed, so after an ambiguous failure look for the schedule with `listSchedules`
        before creating it again.

        Args:
            kind: What a new schedule launches: `instance` (its `spec` is an instance-create body) or
                `job` (a job spec). A request takes only these.
            spec: The launch body a schedule stores: for kind `instance` exactly the body of
                `createInstance` (its `env_vars` is an array of `{key, value}` objects), for kind `job`
                exactly the body of `submitJob` (a job spec, whose `env` is a string-to-string map). It
                must include `max_runtime_minutes` (5-10080 for instances, 1-10080 for jobs).
            run_at: When a one-off schedule runs: at most 365 days ahead. Send UTC with millisecond
                precision and a `Z` suffix (`2026-10-21T01:00:00.000Z`); other forms are not known to be
                accepted.
            cron: A 5-field cron expression for a recurring schedule, read in `timezone`. Runs must be
                at least 15 minutes apart.
            timezone: IANA time-zone name in which `cron` is read. The server's default is `UTC`.
            overlap: What a schedule does when a run is due while the previous run is still going:
                `skip` (the server default) skips it, `allow` starts another. A request takes only
                these.
            name: The schedule's name. The server's default is the spec's name.
            enabled: `false` creates the schedule paused. The server's default is `true`.
        """
        return await self._engine.request_data(
            _schedules_api.create_schedule,
            options=request_options(
                options,
                idempotency_key=idempotency_key,
                parameters=(
                    "kind",
                    "spec",
                    "run_at",
                    "cron",
                    "timezone",
                    "overlap",
                    "name",
                    "enabled",
                ),
            ),
            **create_schedule_arguments(
                {
                    "kind": kind,
                    "spec": spec,
                    "run_at": run_at,
                    "cron": cron,
                    "timezone": timezone,
                    "overlap": overlap,
                    "name": name,
                    "enabled": enabled,
                }
            ),
        )

    async def get(
        self: AsyncResource,
        id: str,
        **options: Unpack[CallOptions],
    ) -> Schedule:
        """Get a schedule.

        Returns one schedule, including the outcome of its most recent run.

        Args:
            id: The schedule id (percent-encoded).
        """
        return await self._engine.request_data(
            _schedules_api.get_schedule,
            id=id,
            options=request_options(
                options,
            ),
        )

    async def delete(
        self: AsyncResource,
        id: str,
        **options: Unpack[CallOptions],
    ) -> None:
        """Delete a schedule.

        Deletes the schedule; no further runs start. Instances and jobs it already launched are not
        affected.

        Args:
            id: The schedule id (percent-encoded).
        """
        await self._engine.request(
            _schedules_api.delete_schedule,
            id=id,
            options=request_options(
                options,
            ),
        )

    async def update(
        self: AsyncResource,
        id: str,
        *,
        enabled: bool | NotGiven = UNCHANGED,
        run_at: datetime | str | NotGiven = UNCHANGED,
        cron: str | NotGiven = UNCHANGED,
        timezone: str | NotGiven = UNCHANGED,
        overlap: KnownScheduleOverlap | NotGiven = UNCHANGED,
        name: str | NotGiven = UNCHANGED,
        spec: Mapping[str, Any] | NotGiven = UNCHANGED,
        **options: Unpack[CallOptions],
    ) -> Schedule:
        """Update a schedule.

        Changes the fields sent and keeps the others; at least one is required, and none can be set to
        null. `enabled: false` pauses the schedule and `enabled: true` resumes it from its next
        occurrence. Setting `run_at` makes the schedule a one-off and setting `cron` makes it recurring
        (never send both). `spec` replaces the whole stored spec, so environment values must be sent
        again. Changing the spec or timing, or resuming, makes the caller the user the schedule runs as.

        Args:
            id: The schedule id (percent-encoded).
            enabled: `false` pauses the schedule; `true` resumes it from its next occurrence.
            run_at: Makes the schedule a one-off at this time (at most 365 days ahead), sent as UTC with
                millisecond precision and a `Z` suffix.
            cron: Makes the schedule recurring on this 5-field cron expression (runs at least 15 minutes
                apart).
            timezone: IANA time-zone name in which `cron` is read.
            overlap: What a schedule does when a run is due while the previous run is still going:
                `skip` (the server default) skips it, `allow` starts another. A request takes only
                these.
            spec: Replaces the whole stored spec (nothing is merged), so environment values must be sent
                again.
        """
        return await self._engine.request_data(
            _schedules_api.update_schedule,
            id=id,
            options=request_options(
                options,
                parameters=(
                    "enabled",
                    "run_at",
                    "cron",
                    "timezone",
                    "overlap",
                    "name",
                    "spec",
                ),
            ),
            **update_schedule_arguments(
                {
                    "enabled": enabled,
                    "run_at": run_at,
                    "cron": cron,
                    "timezone": timezone,
                    "overlap": overlap,
                    "name": name,
                    "spec": spec,
                }
            ),
        )

    async def run_now(
        self: AsyncResource,
        id: str,
        **options: Unpack[CallOptions],
    ) -> ScheduleRun:
        """Run a schedule now.

        Launches the schedule's spec straight away, whether the schedule is paused or not; `next_run_at`
        does not change. Takes no body. Returns the schedule together with the launched instance (kind
        `instance`) or job (kind `job`).

        A launch can take about 60 seconds, so allow a client timeout of at least 75 seconds. The call
        takes no `Idempotency-Key` and every call launches again: do not repeat it after an ambiguous
        failure (a timeout or a 5xx) without checking `last_run_at` and `last_instance_id` /
        `last_job_id` first. 402 `BUDGET_REACHED` means the environment's monthly budget is used up; 502
        `launch_refused` means the launch was refused because of the spec itself and must not be
        retried.

        Args:
            id: The schedule id (percent-encoded).
        """
        return await self._engine.request_data(
            _schedules_api.run_schedule_now,
            id=id,
            options=request_options(
                options,
            ),
        )


class AsyncSchedulesWithRawResponse:
    """``schedules.with_raw_response``: each method returns a ``RawResponse`` whose ``parse()`` gives
    the method's own result."""

    def __init__(self, resource: AsyncSchedules) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.run_now = async_to_raw_response_wrapper(resource.run_now)
