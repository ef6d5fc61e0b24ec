"""Schedules (environment-scoped): launch an instance or a job once or on a cron.

Rules of the fake server:
- Exactly one of ``run_at`` (in the future, at most 365 days ahead) and ``cron`` (see ``cron``;
  runs at least 15 minutes apart), else 422 ``validation_error``. ``spec`` is checked as an
  instance-create body (kind ``instance``) or a single job spec (kind ``job``; group bodies are
  refused) and must include ``max_runtime_minutes``. ``timezone`` must be an IANA name.
- At most 50 schedules per environment and 200 per workspace: beyond, 409 ``conflict``
  (``details.reason = schedule_limit``).
- Due schedules fire on fake time, lazily: whenever a schedules or jobs route is used (or
  ``fire_due()`` is called), each enabled schedule whose ``next_run_at`` has passed runs once
  at that time (a job is created as of that moment; an instance is launched now). Missed cron
  occurrences collapse into that one run, and ``next_run_at`` moves past the current time. A run
  is skipped (``skipped_overlap``) when ``overlap`` is ``skip`` and the previous run is still
  live, ``skipped_budget`` when the environment's budget is used up, ``failed`` on any other
  refusal (``last_error`` says why).
- ``run-now`` launches at once whatever ``enabled``, ``overlap`` and ``next_run_at`` say, and
  answers the launch's error (402 ``BUDGET_REACHED``, 502 ``launch_refused``) after recording it.
- PATCH refuses an empty body, ``null`` values and ``run_at`` with ``cron`` (422); it recomputes
  ``next_run_at``. ``enabled: false`` clears ``next_run_at``; ``true`` resumes from the next
  occurrence. Creating accepts ``Idempotency-Key`` but dedupes only when the world's switch is on
  (the real server is not known to dedupe schedule creates yet).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from runcrate.testing._infra.instances import MAX_RUNTIME_RANGE, InstanceStore, check_minutes
from runcrate.testing._jobs.cron import Cron, CronError
from runcrate.testing._jobs.spec import GROUP_FIELDS, validate_job_spec
from runcrate.testing._jobs.store import JobStore
from runcrate.testing._server.clock import iso, parse_timestamp
from runcrate.testing._server.http import ApiProblem, as_object, invalid

if TYPE_CHECKING:
    from runcrate.testing._server.environment import Environment
    from runcrate.testing._server.world import World

MAX_PER_ENVIRONMENT = 50
MAX_PER_WORKSPACE = 200
MAX_AHEAD_SECONDS = 365 * 86400.0
KINDS = ("instance", "job")
OVERLAPS = ("skip", "allow")
PATCHABLE = ("enabled", "run_at", "cron", "timezone", "overlap", "name", "spec")
FAKE_USER = "usr_fake000001"


@dataclass
class Schedule:
    id: str
    seq: int
    environment: Environment
    kind: str
    spec: dict[str, Any]
    name: str
    timezone: str
    overlap: str
    enabled: bool
    run_at: float | None
    cron: str | None
    created_at: float
    updated_at: float
    next_run_at: float | None = None
    last_run_at: float | None = None
    last_status: str | None = None
    last_error: str | None = None
    last_instance_id: str | None = None
    last_job_id: str | None = None
    run_count: int = 0

    def to_wire(self) -> dict[str, Any]:
        def when(moment: float | None) -> str | None:
            return iso(moment) if moment is not None else None

        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "environment_id": self.environment.id,
            "created_by": FAKE_USER,
            "run_as": FAKE_USER,
            "run_as_credential": "api_key",
            "spec": self.spec,
            "max_runtime_minutes": self.spec.get("max_runtime_minutes"),
            "run_at": when(self.run_at),
            "cron": self.cron,
            "timezone": self.timezone,
            "overlap": self.overlap,
            "enabled": self.enabled,
            "next_run_at": when(self.next_run_at),
            "last_run_at": when(self.last_run_at),
            "last_status": self.last_status,
            "last_error": self.last_error,
            "last_instance_id": self.last_instance_id,
            "last_job_id": self.last_job_id,
            "run_count": self.run_count,
            "created_at": when(self.created_at),
            "updated_at": when(self.updated_at),
        }


# ----- checks -----
def _check_spec(kind: str, raw: Any) -> dict[str, Any]:
    spec = as_object(raw)
    if spec is None:
        raise invalid("spec", "must be an object")
    if "max_runtime_minutes" not in spec:
        raise invalid("spec.max_runtime_minutes", "is required")
    try:
        if kind == "job":
            for name in GROUP_FIELDS:
                if name in spec:
                    raise invalid(name, "is not allowed: a schedule runs a single job")
            validate_job_spec(spec)
        else:
            _check_instance_spec(spec)
    except ApiProblem as problem:
        field = (problem.details or {}).get("field", "")
        raise invalid(f"spec.{field}", problem.message.removeprefix(field).strip()) from None
    return dict(spec)


def _check_instance_spec(spec: dict[str, Any]) -> None:
    """The parts of an instance-create body a schedule can check before launching it."""
    if not isinstance(spec.get("name"), str) or not spec["name"]:
        raise invalid("name", "is required")
    if ("gpu_type" in spec) == ("instance_type_id" in spec):
        raise invalid("gpu_type", "or instance_type_id is required, but not both")
    check_minutes(spec, "max_runtime_minutes", MAX_RUNTIME_RANGE, nullable=False)
    if "env_vars" in spec and not isinstance(spec["env_vars"], list):
        raise invalid("env_vars", "must be an array of {key, value} objects")


def _check_run_at(raw: Any, now: float) -> float:
    try:
        moment = parse_timestamp(raw)
    except ValueError as exc:
        raise invalid("run_at", str(exc)) from None
    if moment <= now:
        raise invalid("run_at", "must be in the future")
    if moment - now > MAX_AHEAD_SECONDS:
        raise invalid("run_at", "must be at most 365 days ahead")
    return moment


def _check_cron(raw: Any, timezone: str) -> str:
    if not isinstance(raw, str):
        raise invalid("cron", "must be a 5-field cron expression")
    try:
        cron = Cron.parse(raw)
    except CronError as error:
        raise invalid("cron", str(error)) from None
    if cron.next_after(0.0, timezone) is None:
        raise invalid("cron", "never runs")
    return raw


def _check_timezone(raw: Any) -> str:
    try:
        if not isinstance(raw, str) or not raw:
            raise ValueError(raw)
        ZoneInfo(raw)
    except (ValueError, ZoneInfoNotFoundError):
        raise invalid("timezone", f"must be an IANA time-zone name, got {raw!r}") from None
    return raw


def _check_choice(raw: Any, field: str, choices: tuple[str, ...]) -> str:
    if raw not in choices:
        raise invalid(field, f"must be one of: {', '.join(choices)}")
    return str(raw)


def _check_name(raw: Any) -> str:
    if not isinstance(raw, str) or not raw:
        raise invalid("name", "must be a non-empty string")
    return raw


def _check_enabled(raw: Any) -> bool:
    if not isinstance(raw, bool):
        raise invalid("enabled", "must be a boolean")
    return raw


class Schedules:
    """The workspace's schedules; every access first fires those that are due (and so does every
    read of the jobs, whose store calls ``fire_due`` first)."""

    COMPONENT: ClassVar[str] = "schedules"

    def __init__(self, world: World) -> None:
        self._world = world
        world.get(JobStore).before_settle.append(self.fire_due)
        self.reset()

    def reset(self) -> None:
        self._schedules: dict[str, Schedule] = {}
        self._seq = 0
        self._firing = False

    # ----- the API -----
    def create(self, env: Environment, body: dict[str, Any]) -> Schedule:
        self.fire_due()
        kind = _check_choice(body.get("kind"), "kind", KINDS)
        spec = _check_spec(kind, body.get("spec"))
        if (body.get("run_at") is None) == (body.get("cron") is None):
            raise invalid("run_at", "or cron is required, but not both")
        timezone = _check_timezone(body.get("timezone", "UTC"))
        now = self._world.clock.now()
        run_at = _check_run_at(body["run_at"], now) if body.get("run_at") is not None else None
        cron = _check_cron(body["cron"], timezone) if body.get("cron") is not None else None
        overlap = _check_choice(body.get("overlap", "skip"), "overlap", OVERLAPS)
        enabled = _check_enabled(body.get("enabled", True))
        with self._world.lock:
            self._check_limits(env)
            self._seq += 1
            schedule_id = self._world.new_id("sched")
            name = (
                _check_name(body["name"])
                if body.get("name") is not None
                else spec.get("name", f"{kind}-{schedule_id}")
            )
            schedule = Schedule(
                schedule_id,
                self._seq,
                env,
                kind,
                spec,
                str(name),
                timezone,
                overlap,
                enabled,
                run_at,
                cron,
                created_at=now,
                updated_at=now,
            )
            schedule.next_run_at = self._next_run(schedule, now)
            self._schedules[schedule.id] = schedule
            return schedule

    def _check_limits(self, env: Environment) -> None:
        in_env = sum(1 for s in self._schedules.values() if s.environment is env)
        if in_env >= MAX_PER_ENVIRONMENT or len(self._schedules) >= MAX_PER_WORKSPACE:
            limit = MAX_PER_ENVIRONMENT if in_env >= MAX_PER_ENVIRONMENT else MAX_PER_WORKSPACE
            raise ApiProblem(
                409,
                "conflict",
                f"Schedule limit reached ({limit})",
                details={"reason": "schedule_limit", "limit": limit},
            )

    def list(self, env: Environment) -> list[Schedule]:
        self.fire_due()
        with self._world.lock:
            found = [s for s in self._schedules.values() if s.environment is env]
        return sorted(found, key=lambda s: (s.created_at, s.seq), reverse=True)

    def get(self, env: Environment, schedule_id: str) -> Schedule:
        self.fire_due()
        with self._world.lock:
            schedule = self._schedules.get(schedule_id)
        if schedule is None or schedule.environment is not env:
            raise ApiProblem(404, "not_found", f"Schedule '{schedule_id}' not found")
        return schedule

    def update(self, schedule: Schedule, body: dict[str, Any]) -> None:
        changes = {name: body[name] for name in PATCHABLE if name in body}
        if not changes:
            raise invalid("body", f"must set at least one of: {', '.join(PATCHABLE)}")
        for name, value in changes.items():
            if value is None:
                raise invalid(name, "cannot be set to null")
        if "run_at" in changes and "cron" in changes:
            raise invalid("run_at", "and cron cannot be set together")
        now = self._world.clock.now()
        timezone = _check_timezone(changes.get("timezone", schedule.timezone))
        updated: dict[str, Any] = {
            "timezone": timezone,
            "spec": _check_spec(schedule.kind, changes["spec"]) if "spec" in changes else schedule.spec,
            "name": _check_name(changes.get("name", schedule.name)),
            "overlap": _check_choice(changes.get("overlap", schedule.overlap), "overlap", OVERLAPS),
            "enabled": _check_enabled(changes.get("enabled", schedule.enabled)),
        }
        if "run_at" in changes:
            updated.update(run_at=_check_run_at(changes["run_at"], now), cron=None)
        if "cron" in changes or ("timezone" in changes and schedule.cron is not None):
            updated.update(cron=_check_cron(changes.get("cron", schedule.cron), timezone), run_at=None)
        with self._world.lock:
            for name, value in updated.items():
                setattr(schedule, name, value)
            schedule.updated_at = now
            schedule.next_run_at = self._next_run(schedule, now)

    def delete(self, schedule: Schedule) -> None:
        with self._world.lock:
            self._schedules.pop(schedule.id, None)

    def run_now(self, schedule: Schedule) -> dict[str, Any]:
        """Run now: launch at once; errors are recorded on the schedule, then answered."""
        with self._world.lock:
            launched = self._launch(schedule, self._world.clock.now(), manual=True)
            return {"schedule": schedule.to_wire(), schedule.kind: launched}

    # ----- firing -----
    def fire_due(self) -> None:
        """Run every enabled schedule whose ``next_run_at`` has passed (once each)."""
        now = self._world.clock.now()
        with self._world.lock:
            if self._firing:
                return
            self._firing = True
            try:
                due = [
                    s for s in self._schedules.values() if s.next_run_at is not None and s.next_run_at <= now
                ]
                for schedule in sorted(due, key=lambda s: (s.next_run_at or 0.0, s.seq)):
                    assert schedule.next_run_at is not None
                    self._launch(schedule, schedule.next_run_at, manual=False)
                    schedule.next_run_at = self._next_run(schedule, now)
            finally:
                self._firing = False

    def _next_run(self, schedule: Schedule, now: float) -> float | None:
        if not schedule.enabled:
            return None
        if schedule.cron is not None:
            return Cron.parse(schedule.cron).next_after(now, schedule.timezone)
        return schedule.run_at if schedule.run_at is not None and schedule.run_at > now else None

    def _launch(self, schedule: Schedule, at: float, *, manual: bool) -> dict[str, Any] | None:
        schedule.last_run_at = at
        if not manual and schedule.overlap == "skip" and self._previous_is_live(schedule):
            schedule.last_status, schedule.last_error = "skipped_overlap", None
            return None
        env = schedule.environment
        try:
            if schedule.kind == "job":
                launched, job = self._jobs().submit(env, schedule.spec, at=None if manual else at)
                schedule.last_job_id = job.id if job is not None else None
            else:
                launched = self._world.get(InstanceStore).launch(env, schedule.spec)
                schedule.last_instance_id = launched["id"]
        except ApiProblem as problem:
            schedule.last_status = "skipped_budget" if problem.status == 402 else "failed"
            schedule.last_error = problem.message
            if manual:
                raise
            return None
        schedule.last_status, schedule.last_error = "launched", None
        schedule.run_count += 1
        return launched

    def _jobs(self) -> JobStore:
        return self._world.get(JobStore)

    def _previous_is_live(self, schedule: Schedule) -> bool:
        if schedule.kind == "job":
            return schedule.last_job_id is not None and self._jobs().is_live(schedule.last_job_id)
        if schedule.last_instance_id is None:
            return False
        try:
            instances = self._world.get(InstanceStore)
            return instances.get(schedule.environment, schedule.last_instance_id).is_live()
        except ApiProblem:
            return False
