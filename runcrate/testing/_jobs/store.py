"""The jobs and job groups of the fake workspace, with the control methods tests use.

Jobs belong to the environment they were submitted in: other environments see 404s (whether the
real server scopes jobs this way is not known; jobs do carry an ``environment_id``). Every read
settles the jobs first (``settle()``): due schedules fire, due lifecycle steps are applied at
their own fake times, and finished attempts are charged to the balance and the environment's
budget. See ``lifecycle`` for the timings and the command triggers; a ``gpu_type`` of
``refuse-me`` is refused at submit with 502 ``launch_refused``.

A group (a submitted body with ``count`` or ``params``) starts ``max_parallel`` jobs at once (default:
all of them); the others wait with ``queue_reason: max_parallel`` and start, in ``job_index``
order, as soon as an earlier job of the group ends.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import urlsplit

from runcrate.testing._infra.storage import Storage
from runcrate.testing._jobs.artifacts import DEFAULT_WEIGHTS_BYTES, Artifact
from runcrate.testing._jobs.lifecycle import (
    FINAL_STATUSES,
    LIVE_STATUSES,
    Job,
    Outcome,
    Plan,
    advance,
    end_job,
    launch,
    run,
)
from runcrate.testing._jobs.outputs import gpu_summary, log_bytes, visible_lines
from runcrate.testing._jobs.signed import SignedUrlRefused
from runcrate.testing._jobs.spec import (
    gpu_candidates,
    is_group_body,
    validate_group,
    validate_job_spec,
    validate_single,
)
from runcrate.testing._jobs.uploads import Uploads
from runcrate.testing._server.clock import iso
from runcrate.testing._server.http import ApiProblem, invalid

if TYPE_CHECKING:
    from runcrate.testing._server.environment import Environment
    from runcrate.testing._server.world import World

JOB_STATUSES = LIVE_STATUSES + FINAL_STATUSES


@dataclass
class Group:
    id: str
    environment: Environment
    count: int
    max_parallel: int
    created_at: float
    job_ids: list[str]
    webhook_secret: str | None
    free_slots: list[float]


def mask_webhook(url: str) -> str:
    """Host plus the end of the path, as the API shows a stored webhook URL."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/...{parts.path[-6:]}"


class JobStore:
    """All jobs and groups. Control methods take a job id and act in any environment."""

    COMPONENT: ClassVar[str] = "jobs"

    def __init__(self, world: World) -> None:
        self._world = world
        self.before_settle: list[Callable[[], object]] = []
        """Called first by every settle (due schedules fire there, so their jobs exist in time)."""
        self.reset()

    def reset(self) -> None:
        self._jobs: dict[str, Job] = {}
        self._groups: dict[str, Group] = {}
        self._seq = 0
        self.weights_bytes = DEFAULT_WEIGHTS_BYTES
        """Size of ``model/weights.bin`` for jobs that succeed from now on (control)."""

    # ----- settling -----
    def settle(self) -> float:
        """Apply everything fake time has reached; returns the current time."""
        for hook in self.before_settle:
            hook()
        now = self._world.clock.now()
        with self._world.lock:
            for group in self._groups.values():
                self._advance_group(group, now)
            for job in self._jobs.values():
                if job.group_id is None:
                    self._advance(job, now)
        return now

    def _advance(self, job: Job, now: float) -> None:
        advance(job, now, self._world.new_id, self.weights_bytes)
        self._charge(job)

    def _advance_group(self, group: Group, now: float) -> None:
        jobs = [self._jobs[i] for i in group.job_ids if i in self._jobs]
        while True:
            for job in jobs:
                self._advance(job, now)
                if job.has_slot and not job.is_live and not job.slot_returned:
                    job.slot_returned = True
                    group.free_slots.append(job.ended_at or now)
            waiting = [j for j in jobs if not j.has_slot and j.status == "queued" and not j.frozen]
            if not waiting or not group.free_slots:
                return
            group.free_slots.sort()
            job = waiting[0]
            job.has_slot, job.next_ready_at = True, max(group.free_slots.pop(0), job.created_at)
            job.record(job.next_ready_at, "queued", "a max_parallel slot is free")

    def _charge(self, job: Job) -> None:
        for attempt in job.attempts:
            if attempt.ended_at is not None and not attempt.charged:
                attempt.charged = True
                cost = attempt.cost_usd(attempt.ended_at) or 0.0
                if cost > 0:
                    self._world.charge(
                        cost, f"Job {job.id} attempt {attempt.number}", environment=job.environment
                    )

    # ----- submitting -----
    def submit(
        self, env: Environment, body: dict[str, Any], *, at: float | None = None
    ) -> tuple[dict[str, Any], Job | None]:
        """A submitted body: a Job (and the job) or a SubmittedJobGroup (and None) as the wire dict."""
        group = is_group_body(body)
        overlays = validate_group(body) if group else validate_single(body)
        spec = validate_job_spec(body)
        self._check_launch(env, spec)
        moment = self._world.clock.now() if at is None else at
        secret = f"whsec_{secrets.token_hex(24)}" if "webhook_url" in spec else None
        if not group:
            job = self._create(env, spec, moment, webhook_secret=secret)
            return self.to_wire(job, moment, created=True), job
        return self._create_group(
            env, spec=spec, body=body, overlays=overlays, at=moment, secret=secret
        ), None

    def rerun(self, original: Job, spec: dict[str, Any]) -> dict[str, Any]:
        """A rerun: the new job from a merged, validated spec."""
        self._check_launch(original.environment, spec)
        now = self._world.clock.now()
        secret = f"whsec_{secrets.token_hex(24)}" if "webhook_url" in spec else None
        job = self._create(original.environment, spec, now, webhook_secret=secret, rerun_of=original.id)
        return self.to_wire(job, now, created=True)

    def _check_launch(self, env: Environment, spec: dict[str, Any]) -> None:
        self._code_wire(spec)
        storage_id = spec.get("storage_id")
        if storage_id is not None and not self._world.get(Storage).exists(env, storage_id):
            raise invalid("storage_id", f"'{storage_id}' is not a volume of environment '{env.name}'")
        self._world.check_launch(env, [gpu for gpu, _ in gpu_candidates(spec)])

    def _code_wire(self, spec: dict[str, Any]) -> dict[str, Any] | None:
        """The Job's ``code`` object; 422 when the upload it names cannot be used."""
        code = spec.get("code")
        if code is None:
            return None
        if "upload_id" in code:
            upload = self._world.get(Uploads).usable(code["upload_id"])
            return {"source": "upload", "ref": upload.id, "sha256": upload.received_sha256}
        git = code["git"]
        ref = git.get("ref", "main")
        commit = hashlib.sha1(f"{git['url']}@{ref}".encode()).hexdigest()
        return {"source": "git", "url": git["url"], "ref": ref, "commit": commit}

    def _create(
        self,
        env: Environment,
        spec: dict[str, Any],
        at: float,
        *,
        webhook_secret: str | None,
        rerun_of: str | None = None,
        group: Group | None = None,
        index: int = 0,
    ) -> Job:
        with self._world.lock:
            self._seq += 1
            has_slot = group is None or index < group.max_parallel
            job = Job(
                id=self._world.new_id("job"),
                seq=self._seq,
                environment=env,
                spec=spec,
                created_at=at,
                candidates=gpu_candidates(spec),
                plan=Plan.of(spec["command"]),
                next_ready_at=at if has_slot else None,
                group_id=group.id if group else None,
                job_index=index,
                rerun_of=rerun_of,
                webhook_secret=webhook_secret,
                has_slot=has_slot,
                code=self._code_wire(spec),
            )
            job.record(at, "created")
            job.record(
                at, "queued", "waiting for a machine" if has_slot else "waiting for a max_parallel slot"
            )
            self._jobs[job.id] = job
            return job

    def _create_group(
        self,
        env: Environment,
        *,
        spec: dict[str, Any],
        body: dict[str, Any],
        overlays: list[dict[str, str]],
        at: float,
        secret: str | None,
    ) -> dict[str, Any]:
        with self._world.lock:
            group = Group(
                id=self._world.new_id("grp"),
                environment=env,
                count=len(overlays),
                max_parallel=min(body.get("max_parallel") or len(overlays), len(overlays)),
                created_at=at,
                job_ids=[],
                webhook_secret=secret,
                free_slots=[],
            )
            self._groups[group.id] = group
            for index, overlay in enumerate(overlays):
                job_spec = dict(spec)
                env_values = {**spec.get("env", {}), **overlay}
                if env_values:
                    job_spec["env"] = env_values
                if "name" in spec:
                    job_spec["name"] = f"{spec['name']}-{index}"
                job = self._create(env, job_spec, at, webhook_secret=secret, group=group, index=index)
                group.job_ids.append(job.id)
            jobs = [self.to_wire(self._jobs[i], at) for i in group.job_ids]
            return {**self.group_to_wire(group, at), "jobs": jobs, "webhook_secret": secret}

    # ----- reading -----
    def find(self, env: Environment, job_id: str) -> Job:
        """A job of this environment, settled; 404 otherwise."""
        self.settle()
        with self._world.lock:
            job = self._jobs.get(job_id)
        if job is None or job.environment is not env:
            raise ApiProblem(404, "not_found", f"Job '{job_id}' not found")
        return job

    def find_group(self, env: Environment, group_id: str) -> Group:
        self.settle()
        with self._world.lock:
            group = self._groups.get(group_id)
        if group is None or group.environment is not env:
            raise ApiProblem(404, "not_found", f"Job group '{group_id}' not found")
        return group

    def matching(self, env: Environment, keep: Any) -> list[Job]:
        """The environment's jobs that ``keep(job)`` accepts, newest first."""
        self.settle()
        with self._world.lock:
            found = [j for j in self._jobs.values() if j.environment is env and keep(j)]
        return sorted(found, key=lambda j: (j.created_at, j.seq), reverse=True)

    def is_live(self, job_id: str) -> bool:
        """Whether a job is still live (used by schedules with ``overlap: skip``)."""
        now = self._world.clock.now()
        with self._world.lock:
            job = self._jobs.get(job_id)
            if job is None:
                return False
            if job.group_id is None:
                self._advance(job, now)
            return job.is_live

    def to_wire(self, job: Job, now: float, *, created: bool = False) -> dict[str, Any]:
        """The Job model; ``webhook_secret`` only in the response that created the job."""
        spec = job.spec
        attempt = job.attempts[-1] if job.attempts else None
        gpu_type, gpu_count = (attempt.gpu_type, attempt.gpu_count) if attempt else job.candidates[0]
        util_avg, mem_peak = gpu_summary(job, now)
        costs = [c for c in (a.cost_usd(now) for a in job.attempts) if c is not None]
        wire: dict[str, Any] = {
            "id": job.id,
            "name": job.name,
            "status": job.status,
            "command": spec["command"],
            "gpu_type": gpu_type,
            "gpu_count": gpu_count,
            "gpu_candidates": [{"gpu_type": g, "gpu_count": n} for g, n in job.candidates],
            "template": spec.get("template"),
            "image": spec.get("image"),
            "env_keys": sorted(spec.get("env", {})),
            "storage_id": spec.get("storage_id"),
            "max_runtime_minutes": spec["max_runtime_minutes"],
            "capacity_wait_minutes": spec.get("capacity_wait_minutes", 30),
            "queue_reason": self._queue_reason(job),
            "next_attempt_at": iso(job.next_ready_at)
            if job.attempts and job.status == "queued" and job.next_ready_at
            else None,
            "attempt": max(len(job.attempts), 1),
            "max_retries": spec.get("max_retries", 0),
            "retry_on": spec.get("retry_on", []),
            "retry_exit_codes": spec.get("retry_exit_codes", []),
            "attempts": [a.to_wire(now) for a in job.attempts],
            "exit_code": job.exit_code,
            "error": job.error,
            "instance_id": attempt.instance_id if attempt and attempt.ended_at is None else None,
            "environment_id": job.environment.id,
            "tags": spec.get("tags", {}),
            "group_id": job.group_id,
            "job_index": job.job_index,
            "rerun_of": job.rerun_of,
            "webhook_url": mask_webhook(spec["webhook_url"]) if "webhook_url" in spec else None,
            "webhook_events": spec.get("webhook_events", ["finished"] if "webhook_url" in spec else []),
            "created_at": iso(job.created_at),
            "started_at": next((iso(a.running_at) for a in job.attempts if a.running_at is not None), None),
            "ended_at": iso(job.ended_at) if job.ended_at is not None else None,
            "cost_per_hour": attempt.cost_per_hour if attempt else None,
            "cost_usd": round(sum(costs), 6) if costs else None,
            "log_bytes": log_bytes(job, now),
            "logs_truncated": job.dropped_log_lines > 0,
            "code": job.code,
            "allow_cpu_container": spec.get("allow_cpu_container", False),
            "image_registry_auth": spec.get("image_registry_auth"),
            "artifacts_count": len(job.artifacts),
            "gpu_util_avg": util_avg,
            "gpu_mem_peak_mb": mem_peak,
        }
        if created and job.webhook_secret is not None:
            wire["webhook_secret"] = job.webhook_secret
        return wire

    @staticmethod
    def _queue_reason(job: Job) -> str | None:
        if job.status != "queued":
            return None
        if job.queue_reason is not None:
            return job.queue_reason
        if not job.has_slot:
            return "max_parallel"
        return None if job.usable_candidates() else "no_capacity"

    def group_to_wire(self, group: Group, now: float) -> dict[str, Any]:
        jobs = [self._jobs[i] for i in group.job_ids if i in self._jobs]
        counts: dict[str, int] = dict.fromkeys(JOB_STATUSES, 0)
        for job in jobs:
            counts[job.status] = counts.get(job.status, 0) + 1
        costs = [c for j in jobs for c in (a.cost_usd(now) for a in j.attempts) if c is not None]
        return {
            "id": group.id,
            "count": group.count,
            "max_parallel": group.max_parallel,
            "status_counts": counts,
            "cost_usd": round(sum(costs), 6) if costs else None,
            "created_at": iso(group.created_at),
        }

    # ----- actions of the API -----
    def cancel(self, job: Job) -> None:
        """Cancel a live job; a cancelled one stays as it is; one that ended otherwise is a 409."""
        with self._world.lock:
            if job.status == "cancelled":
                return
            if not job.is_live:
                raise ApiProblem(409, "conflict", f"Job '{job.id}' already ended with status '{job.status}'")
            end_job(job, self._world.clock.now(), Outcome("cancelled"), self.weights_bytes)
            self._charge(job)

    def cancel_group(self, group: Group) -> None:
        with self._world.lock:
            for job_id in group.job_ids:
                job = self._jobs.get(job_id)
                if job is not None and job.is_live:
                    self.cancel(job)

    def delete(self, job: Job) -> None:
        """Delete: forget a finished job with its logs and artifacts; a live one is a 409."""
        with self._world.lock:
            if job.is_live:
                raise ApiProblem(
                    409, "conflict", f"Job '{job.id}' is {job.status}; cancel it before deleting it"
                )
            self._jobs.pop(job.id, None)

    def artifact(self, job: Job, path: str) -> Artifact:
        with self._world.lock:
            artifact = job.artifacts.get(path)
        if artifact is None:
            raise ApiProblem(404, "not_found", f"Job '{job.id}' has no artifact '{path}'")
        return artifact

    def artifact_for_download(self, job_id: str, path: str) -> Artifact:
        """The artifact behind a signed URL; gone (deleted job) is the storage's 404."""
        with self._world.lock:
            job = self._jobs.get(job_id)
            artifact = job.artifacts.get(path) if job is not None else None
        if artifact is None:
            raise SignedUrlRefused(404, "NoSuchKey", "The specified key does not exist")
        return artifact

    # ----- control methods for tests -----
    def job(self, job_id: str) -> Job:
        """The settled job record, in any environment (KeyError when unknown)."""
        self.settle()
        with self._world.lock:
            return self._jobs[job_id]

    def wire(self, job_id: str) -> dict[str, Any]:
        """What getting the job would answer now."""
        job = self.job(job_id)
        return self.to_wire(job, self._world.clock.now())

    def finish(self, job_id: str, exit_code: int = 0) -> None:
        """End a live job now with ``exit_code`` (0 → succeeded, else failed), without retries."""
        job = self.job(job_id)
        now = self._world.clock.now()
        with self._world.lock:
            if not job.is_live:
                raise ValueError(f"job {job_id} already ended ({job.status})")
            self._ensure_running(job, now)
            end_job(job, now, Outcome.of_exit(exit_code), self.weights_bytes)
            self._charge(job)

    def set_status(self, job_id: str, status: str, *, queue_reason: str | None = None) -> None:
        """Force a status now. A live status is held (no further automatic steps) until
        ``resume()``; a final one ends the job (``succeeded`` exits 0, ``failed`` exits 1)."""
        if status not in JOB_STATUSES:
            raise ValueError(f"status must be one of {JOB_STATUSES}, got {status!r}")
        job = self.job(job_id)
        now = self._world.clock.now()
        with self._world.lock:
            if status in FINAL_STATUSES:
                if job.is_live:
                    self._ensure_running(job, now)
                forced = {"succeeded": Outcome.of_exit(0), "failed": Outcome.of_exit(1)}
                end_job(job, now, forced.get(status, Outcome(status)), self.weights_bytes)
                self._charge(job)
                return
            job.frozen, job.queue_reason = True, queue_reason
            if status == "queued":
                job.status = "queued"
                return
            attempt = job.current or launch(job, now, self._world.new_id)
            if status == "running" and attempt.running_at is None:
                run(job, attempt, now)
            job.status = status

    def resume(self, job_id: str) -> None:
        """Let a held job continue on fake time; its next step comes no earlier than now."""
        job = self.job(job_id)
        with self._world.lock:
            job.frozen, job.queue_reason = False, None
            job.not_before = self._world.clock.now()
            if job.status == "queued" and job.has_slot and job.next_ready_at is None:
                job.next_ready_at = job.not_before

    def _ensure_running(self, job: Job, now: float) -> None:
        attempt = job.current or launch(job, now, self._world.new_id)
        if attempt.running_at is None:
            run(job, attempt, now)

    def emit_log(self, job_id: str, text: str) -> None:
        """Append output to a live job's log now (``text`` is one chunk; add the newline)."""
        job = self.job(job_id)
        with self._world.lock:
            if not job.is_live:
                raise ValueError(f"job {job_id} already ended ({job.status})")
            job.extra_logs.append((self._world.clock.now(), text))

    def drop_logs(self, job_id: str, count: int) -> None:
        """Replace the first ``count`` log lines with one marker chunk (``truncated: true``)."""
        job = self.job(job_id)
        with self._world.lock:
            job.dropped_log_lines = min(count, len(visible_lines(job, self._world.clock.now())))

    def add_artifact(
        self, job_id: str, path: str, content: bytes | None = None, *, size: int | None = None
    ) -> None:
        """Give a job an artifact now: these bytes, or ``size`` generated bytes."""
        if (content is None) == (size is None):
            raise ValueError("give exactly one of content and size")
        job = self.job(job_id)
        artifact = (
            Artifact.of_bytes(path, content) if content is not None else Artifact(path, 0, f"{job_id}:{path}")
        )
        if size is not None:
            artifact.resize(size)
        with self._world.lock:
            job.artifacts[path] = artifact

    def set_artifact_size(self, job_id: str, path: str, size: int) -> None:
        """Serve ``size`` generated bytes for this artifact (created if missing), e.g. 1 GiB."""
        job = self.job(job_id)
        with self._world.lock:
            artifact = job.artifacts.get(path)
        if artifact is None:
            self.add_artifact(job_id, path, size=size)
        else:
            artifact.resize(size)

    def corrupt_artifact(self, job_id: str, path: str) -> None:
        """Serve bytes that do not match the listed sha256 (same length, first byte flipped)."""
        job = self.job(job_id)
        with self._world.lock:
            job.artifacts[path].corrupt = True
