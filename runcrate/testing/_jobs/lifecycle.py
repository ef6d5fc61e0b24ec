"""A job's life on fake time, settled lazily: every read first applies the steps that are due.

Timings (fake seconds), from the moment a job (or a retry) is ready to look for a machine:
``queued`` → ``starting`` after 2 s → ``running`` after 5 s → exits after 20 s. So a job submitted
at t=0 starts at 2, runs at 5 and ends at 20; ``clock.advance(20)`` always finishes a normal job.

What a job does is read from its command (triggers of the fake server):
- ``exit <n>`` anywhere in the command: exits with status ``n`` (non-zero → ``failed``).
- ``sleep infinity``: runs until ``max_runtime_minutes`` and ends ``timed_out``.
- ``#fake:machine-failure``: every attempt loses its machine 5 s into running (``failed``,
  no exit code; retried when ``max_retries`` allows).
- a ``gpu_type`` candidate named ``no-capacity`` never has capacity: the next candidate is used,
  and with none left the job stays ``queued`` (``queue_reason: no_capacity``) until
  ``capacity_wait_minutes`` pass, then fails.
Retries (``retry_on``, ``retry_exit_codes``, ``max_retries``) start the next attempt 10 s later.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from runcrate.testing._jobs.artifacts import Artifact, default_artifacts
from runcrate.testing._server.clock import iso

if TYPE_CHECKING:
    from runcrate.testing._server.environment import Environment

QUEUE_SECONDS = 2.0
BOOT_SECONDS = 3.0
RUN_SECONDS = 15.0
MACHINE_FAILURE_SECONDS = 5.0
RETRY_DELAY_SECONDS = 10.0
DEFAULT_CAPACITY_WAIT_MINUTES = 30
LIVE_STATUSES = ("queued", "starting", "running")
FINAL_STATUSES = ("succeeded", "failed", "cancelled", "timed_out")
NO_CAPACITY_GPU = "no-capacity"
MACHINE_FAILURE_MARK = "#fake:machine-failure"
DEFAULT_REGION = "us-east-1"
_EXIT = re.compile(r"\bexit\s+(\d{1,3})\b")
_GPU_RATES = {"A100": 1.29, "H100": 2.49, "L40S": 0.89, "RTX4090": 0.44}
_DEFAULT_GPU_RATE = 1.0

NewId = Callable[[str], str]


@dataclass(frozen=True)
class Plan:
    """What the command will do on every attempt, read from the triggers in it."""

    exit_code: int
    runs_forever: bool
    machine_failure: bool

    @classmethod
    def of(cls, command: str) -> Plan:
        codes = _EXIT.findall(command)
        return cls(
            exit_code=int(codes[-1]) % 256 if codes else 0,
            runs_forever="sleep infinity" in command,
            machine_failure=MACHINE_FAILURE_MARK in command,
        )


@dataclass(frozen=True)
class Outcome:
    """How an attempt or a job ended."""

    status: str
    exit_code: int | None = None
    error: str | None = None

    @classmethod
    def of_exit(cls, code: int) -> Outcome:
        return cls("succeeded", 0) if code == 0 else cls("failed", code, f"Command exited with status {code}")


@dataclass(frozen=True)
class Event:
    at: float
    kind: str
    detail: str | None
    attempt: int | None

    def to_wire(self) -> dict[str, Any]:
        return {"at": iso(self.at), "kind": self.kind, "detail": self.detail, "attempt": self.attempt}


@dataclass
class Attempt:
    number: int
    gpu_type: str
    gpu_count: int
    region: str
    deployment_id: str
    instance_id: str
    cost_per_hour: float
    starting_at: float
    running_at: float | None = None
    ended_at: float | None = None
    status: str = "starting"
    exit_code: int | None = None
    error: str | None = None
    charged: bool = False

    def cost_usd(self, now: float) -> float | None:
        if self.running_at is None:
            return None
        end = now if self.ended_at is None else self.ended_at
        return round(max(end - self.running_at, 0.0) / 3600.0 * self.cost_per_hour, 6)

    def to_wire(self, now: float) -> dict[str, Any]:
        return {
            "attempt": self.number,
            "deployment_id": self.deployment_id,
            "status": self.status,
            "exit_code": self.exit_code,
            "error": self.error,
            "started_at": iso(self.running_at) if self.running_at is not None else None,
            "ended_at": iso(self.ended_at) if self.ended_at is not None else None,
            "cost_usd": self.cost_usd(now),
            "gpu_type": self.gpu_type,
            "gpu_count": self.gpu_count,
            "region": self.region,
        }


@dataclass
class Job:
    id: str
    seq: int
    environment: Environment
    spec: dict[str, Any]
    created_at: float
    candidates: list[tuple[str, int]]
    plan: Plan
    next_ready_at: float | None
    group_id: str | None = None
    job_index: int = 0
    rerun_of: str | None = None
    webhook_secret: str | None = None
    code: dict[str, Any] | None = None
    status: str = "queued"
    queue_reason: str | None = None
    attempts: list[Attempt] = field(default_factory=list[Attempt])
    ended_at: float | None = None
    exit_code: int | None = None
    error: str | None = None
    frozen: bool = False
    not_before: float = 0.0
    events: list[Event] = field(default_factory=list[Event])
    extra_logs: list[tuple[float, str]] = field(default_factory=list[tuple[float, str]])
    artifacts: dict[str, Artifact] = field(default_factory=dict[str, Artifact])
    dropped_log_lines: int = 0
    has_slot: bool = True  # group jobs beyond max_parallel wait for a slot
    slot_returned: bool = False

    @property
    def is_live(self) -> bool:
        return self.status in LIVE_STATUSES

    @property
    def current(self) -> Attempt | None:
        """The attempt that is starting or running, if any."""
        if self.attempts and self.attempts[-1].ended_at is None:
            return self.attempts[-1]
        return None

    @property
    def name(self) -> str:
        return str(self.spec.get("name", self.id))

    def usable_candidates(self) -> list[tuple[str, int]]:
        return [c for c in self.candidates if c[0].lower() != NO_CAPACITY_GPU]

    def record(self, at: float, kind: str, detail: str | None = None, attempt: int | None = None) -> None:
        self.events.append(Event(at, kind, detail, attempt))


def gpu_rate(gpu_type: str) -> float:
    key = "".join(c for c in gpu_type.upper() if c.isalnum())
    return next((rate for name, rate in _GPU_RATES.items() if key.startswith(name)), _DEFAULT_GPU_RATE)


# ----- the steps -----
def advance(job: Job, now: float, new_id: NewId, weights_bytes: int) -> None:
    """Apply every step of the job's life that is due at ``now``, each at its own time."""
    while not job.frozen and job.is_live:
        step = _next_step(job)
        if step is None:
            return
        at, apply = step
        at = max(at, job.not_before)
        if at > now:
            return
        apply(job, at, new_id, weights_bytes)


Step = Callable[[Job, float, NewId, int], None]


def _next_step(job: Job) -> tuple[float, Step] | None:
    attempt = job.current
    if job.status == "queued":
        if job.next_ready_at is None:
            return None  # held back by the group's max_parallel
        if not job.usable_candidates():
            wait = job.spec.get("capacity_wait_minutes", DEFAULT_CAPACITY_WAIT_MINUTES)
            return job.next_ready_at + wait * 60.0, _give_up
        return job.next_ready_at + QUEUE_SECONDS, _launch_step
    if attempt is None:
        return None
    if job.status == "starting":
        return attempt.starting_at + BOOT_SECONDS, _run_step
    assert attempt.running_at is not None
    return _planned_end(job, attempt.running_at), _exit_step


def _natural_end(job: Job, running_at: float) -> float:
    """When the command would end without a runtime limit (``inf`` for ``sleep infinity``)."""
    if job.plan.machine_failure:
        return running_at + MACHINE_FAILURE_SECONDS
    if job.plan.runs_forever:
        return float("inf")
    return running_at + RUN_SECONDS


def _planned_end(job: Job, running_at: float) -> float:
    limit: float = job.spec["max_runtime_minutes"] * 60.0
    return min(_natural_end(job, running_at), running_at + limit)


def launch(job: Job, at: float, new_id: NewId) -> Attempt:
    """Start a new attempt on the first candidate that has capacity."""
    gpu_type, gpu_count = (job.usable_candidates() or job.candidates)[0]
    attempt = Attempt(
        number=len(job.attempts) + 1,
        gpu_type=gpu_type,
        gpu_count=gpu_count,
        region=job.spec.get("region", DEFAULT_REGION),
        deployment_id=new_id("dep"),
        instance_id=new_id("jobinst"),
        cost_per_hour=round(gpu_rate(gpu_type) * gpu_count, 4),
        starting_at=at,
    )
    job.attempts.append(attempt)
    job.status, job.queue_reason, job.next_ready_at = "starting", None, None
    job.record(at, "launch_attempt", f"{gpu_type} x{gpu_count} in {attempt.region}", attempt.number)
    return attempt


def run(job: Job, attempt: Attempt, at: float) -> None:
    attempt.running_at, attempt.status = at, "running"
    job.status = "running"
    job.record(at, "started", None, attempt.number)


def _launch_step(job: Job, at: float, new_id: NewId, _weights: int) -> None:
    launch(job, at, new_id)


def _run_step(job: Job, at: float, _new_id: NewId, _weights: int) -> None:
    attempt = job.current
    assert attempt is not None
    run(job, attempt, at)


def _give_up(job: Job, at: float, _new_id: NewId, weights_bytes: int) -> None:
    error = "No capacity for any gpu_type candidate within capacity_wait_minutes"
    end_job(job, at, Outcome("failed", None, error), weights_bytes)


def _exit_step(job: Job, at: float, _new_id: NewId, weights_bytes: int) -> None:
    attempt = job.current
    assert attempt is not None and attempt.running_at is not None
    outcome, retry = _outcome(job, attempt.running_at)
    if not retry:
        end_job(job, at, outcome, weights_bytes)
        return
    _end_attempt(job, attempt, at, outcome)
    job.status, job.next_ready_at = "queued", at + RETRY_DELAY_SECONDS
    job.record(at, "queued", f"retrying in {RETRY_DELAY_SECONDS:g} s", attempt.number + 1)


def _outcome(job: Job, running_at: float) -> tuple[Outcome, bool]:
    """How the running attempt ends, and whether another attempt follows."""
    if _planned_end(job, running_at) < _natural_end(job, running_at):
        return Outcome("timed_out", None, "max_runtime_minutes reached"), False
    if job.plan.machine_failure:
        retry = len(job.attempts) <= job.spec.get("max_retries", 0)
        return Outcome("failed", None, "Machine failure: the instance was lost"), retry
    return Outcome.of_exit(job.plan.exit_code), job.plan.exit_code != 0 and _retries_exit(
        job, job.plan.exit_code
    )


def _retries_exit(job: Job, code: int) -> bool:
    allowed = job.spec.get("retry_exit_codes")
    return (
        "nonzero_exit" in job.spec.get("retry_on", [])
        and (not allowed or code in allowed)
        and len(job.attempts) <= job.spec.get("max_retries", 0)
    )


def _end_attempt(job: Job, attempt: Attempt, at: float, outcome: Outcome) -> None:
    attempt.ended_at, attempt.status = at, outcome.status
    attempt.exit_code, attempt.error = outcome.exit_code, outcome.error
    if attempt.running_at is not None:
        code = outcome.exit_code
        job.record(
            at,
            "exited",
            f"exit code {code}" if code is not None else outcome.error or outcome.status,
            attempt.number,
        )


def end_job(job: Job, at: float, outcome: Outcome, weights_bytes: int) -> None:
    """End the job for good (and its live attempt); a success leaves the default artifacts."""
    attempt = job.current
    if attempt is not None:
        _end_attempt(job, attempt, at, outcome)
    job.status, job.ended_at = outcome.status, at
    job.exit_code, job.error = outcome.exit_code, outcome.error
    job.next_ready_at, job.queue_reason = None, None
    if outcome.status == "cancelled":
        job.record(at, "cancelled", "cancelled by request", attempt.number if attempt else None)
    if outcome.status == "succeeded":
        for artifact in default_artifacts(job.id, weights_bytes):
            job.artifacts.setdefault(artifact.path, artifact)
