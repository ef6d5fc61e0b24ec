"""What a job produces while it runs: log lines and GPU metrics, derived from its attempts.

Nothing is stored per line or per sample: both are computed from the attempts' times, so a job
that runs for a week of fake time costs nothing until someone reads it. Each attempt writes a
header line when it starts running, then (for a normal command) a step line every second for
10 s and a closing line at 12 s; a failing command writes 3 steps and an error line;
``sleep infinity`` writes nothing after the header. Lines added with ``emit_log`` join in time
order. ``seq`` numbers lines from 1 in that order, and the log cursor is the last ``seq`` read.
"""

from __future__ import annotations

import math
import zlib
from dataclasses import dataclass
from typing import Any

from runcrate.testing._jobs.lifecycle import Attempt, Job
from runcrate.testing._server.clock import iso

STEP_LINES = 10
FAILING_STEP_LINES = 3
CLOSING_LINE_AFTER = 12.0
SAMPLE_SECONDS = 10
MAX_AUTO_POINTS = 360
_GPU_MEMORY_MB = {"H100": 81559.0, "A100": 81920.0, "L40S": 46068.0, "RTX4090": 24564.0}
_DEFAULT_GPU_MEMORY_MB = 81920.0


@dataclass(frozen=True)
class LogLine:
    seq: int
    ts: float
    text: str

    def to_wire(self) -> dict[str, Any]:
        return {"seq": self.seq, "ts": iso(self.ts), "text": self.text}


def _attempt_lines(job: Job, attempt: Attempt) -> list[tuple[float, str]]:
    start = attempt.running_at
    assert start is not None
    lines = [
        (
            start,
            f"[runcrate] attempt {attempt.number} running on {attempt.gpu_type} x{attempt.gpu_count}"
            f" in {attempt.region}\n",
        )
    ]
    if job.plan.runs_forever:
        return lines
    failing = job.plan.exit_code != 0 and not job.plan.machine_failure
    steps = FAILING_STEP_LINES if failing else STEP_LINES
    lines += [(start + k, f"step {k}/{STEP_LINES} loss={2.0 / (k + 1):.4f}\n") for k in range(1, steps + 1)]
    closing = (
        f"error: training failed (exit status {job.plan.exit_code})\n"
        if failing
        else "saved outputs/result.json and model/weights.bin\n"
    )
    lines.append((start + CLOSING_LINE_AFTER, closing))
    return lines


def visible_lines(job: Job, now: float) -> list[LogLine]:
    """Every line written by ``now``, in order, numbered from 1."""
    timed: list[tuple[float, int, int, str]] = []
    for attempt in job.attempts:
        if attempt.running_at is None:
            continue
        end = now if attempt.ended_at is None else min(now, attempt.ended_at)
        timed += [(ts, 0, i, text) for i, (ts, text) in enumerate(_attempt_lines(job, attempt)) if ts <= end]
    timed += [(ts, 1, i, text) for i, (ts, text) in enumerate(job.extra_logs) if ts <= now]
    timed.sort()
    return [LogLine(seq, ts, text) for seq, (ts, _, _, text) in enumerate(timed, start=1)]


def log_bytes(job: Job, now: float) -> int:
    return sum(len(line.text.encode()) for line in visible_lines(job, now))


def read_logs(job: Job, now: float, after: int, limit: int | None) -> dict[str, Any]:
    """A page of the log: lines after ``after``; the first ``dropped`` lines become one marker chunk."""
    lines = visible_lines(job, now)
    dropped = job.dropped_log_lines
    chunks: list[dict[str, Any]] = []
    cursor = after
    if dropped and after < dropped:
        chunks.append({"seq": None, "ts": None, "text": f"[... {dropped} earlier lines dropped ...]\n"})
        cursor = dropped
    chunks += [line.to_wire() for line in lines if line.seq > cursor]
    if limit is not None:
        chunks = chunks[:limit]
    for chunk in chunks:
        if chunk["seq"] is not None:
            cursor = max(cursor, chunk["seq"])
    last = max(len(lines), dropped)
    return {
        "job_id": job.id,
        "status": job.status,
        "chunks": chunks,
        "cursor": cursor,
        "truncated": dropped > 0,
        "done": not job.is_live and cursor >= last,
    }


# ----- metrics -----
def _gpu_memory(gpu_type: str) -> float:
    key = "".join(c for c in gpu_type.upper() if c.isalnum())
    return next((mb for name, mb in _GPU_MEMORY_MB.items() if key.startswith(name)), _DEFAULT_GPU_MEMORY_MB)


def _auto_step(job: Job, now: float) -> int:
    span = sum(_running_span(a, now) for a in job.attempts)
    if span <= SAMPLE_SECONDS * MAX_AUTO_POINTS:
        return SAMPLE_SECONDS
    return 60 * math.ceil(span / (60 * MAX_AUTO_POINTS))


def _running_span(attempt: Attempt, now: float) -> float:
    if attempt.running_at is None:
        return 0.0
    end = now if attempt.ended_at is None else attempt.ended_at
    return max(end - attempt.running_at, 0.0)


def metric_points(job: Job, now: float, step: int | None) -> list[dict[str, Any]]:
    """One point per ``step`` seconds of running time (the server picks the step when absent)."""
    step = step or _auto_step(job, now)
    points: list[dict[str, Any]] = []
    for attempt in job.attempts:
        if attempt.running_at is None:
            continue
        total = _gpu_memory(attempt.gpu_type)
        buckets = math.ceil(_running_span(attempt, now) / step)
        for index in range(buckets):
            at = attempt.running_at + index * step
            gpus: list[dict[str, float]] = []
            for gpu in range(attempt.gpu_count):
                noise = zlib.crc32(f"{job.id}:{attempt.number}:{index}:{step}:{gpu}".encode())
                gpus.append(
                    {
                        "util": float(55 + noise % 40),
                        "mem_used_mb": round(total * (0.5 + (noise % 400) / 1000), 1),
                        "mem_total_mb": total,
                    }
                )
            points.append({"at": iso(at), "gpus": gpus})
    return points


def gpu_summary(job: Job, now: float) -> tuple[float | None, float | None]:
    """``gpu_util_avg`` and ``gpu_mem_peak_mb`` over the job's samples (None before it ran)."""
    samples = [gpu for point in metric_points(job, now, None) for gpu in point["gpus"]]
    if not samples:
        return None, None
    return (
        round(sum(s["util"] for s in samples) / len(samples), 2),
        max(s["mem_used_mb"] for s in samples),
    )
