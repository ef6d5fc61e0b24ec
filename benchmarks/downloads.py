"""4. Memory: peak RSS while a video and a job artifact download to disk, at two sizes.

The fake server (spec validation off) generates the bytes lazily in the harness process; each
download runs in a fresh peer process, round-robin, which reports its own peak RSS: the
high-water mark of its own address space (``VmHWM``), not ``ru_maxrss``, which a child inherits
from the harness that spawned it (the section shows both on a probe). The same peak at both sizes
means memory does not grow with the body.
"""

from __future__ import annotations

from pathlib import Path

import httpx

from benchmarks._context import Context
from benchmarks._peers import Outcome, relative
from benchmarks._results import Bar, Figures, Row, Section
from benchmarks._venvs import CACHE
from benchmarks.peers._common import peak_rss_mib
from runcrate.testing import FakeRuncrate

KEY = "downloads"
PEERS = ("ours", "httpx", "official")
ARTIFACT = "out/model.bin"
MIB = 1024 * 1024
PROBE_MIB = 4


def _prepare(fake: FakeRuncrate) -> tuple[str, str]:
    """A completed video job and a job with an artifact; returns their ids."""
    with httpx.Client(base_url=fake.url, headers={"Authorization": f"Bearer {fake.api_key}"}) as api:
        video = api.post("/v1/videos", json={"model": "bench-video", "prompt": "a benchmark"})
        video.raise_for_status()
        job = api.post(
            "/api/v1/jobs", json={"command": "train", "gpu_type": "H100", "max_runtime_minutes": 5}
        )
        job.raise_for_status()
    fake.clock.advance(120)
    return str(video.json()["id"]), str(job.json()["data"]["id"])


def run(ctx: Context) -> Section:
    sizes = (ctx.size(256, 64), ctx.size(1024, 256))
    rounds = ctx.size(3, 2)
    section = Section(
        KEY,
        "Memory while downloading",
        f"Peak RSS of the client process (its own `VmHWM`): {rounds} rounds, each a fresh process per "
        "peer and download. runcrate-sdk returns a video as `bytes`; it streams an artifact to the file "
        "given as `to=`.",
    )
    target = CACHE / "bench-tmp" / "download.bin"
    target.parent.mkdir(parents=True, exist_ok=True)
    with FakeRuncrate(validate=False) as fake:
        video_id, job_id = _prepare(fake)
        for kind in ("video", "artifact"):
            for mib in sizes:
                fake.world.component("inference").settings.video_size_bytes = mib * MIB
                fake.world.component("jobs").set_artifact_size(job_id, ARTIFACT, mib * MIB)
                config = {
                    "url": fake.url,
                    "api_key": fake.api_key,
                    "kind": kind,
                    "video_id": video_id,
                    "job_id": job_id,
                    "path": ARTIFACT,
                    "target": str(relative(target)),
                }
                bars = []
                if mib == sizes[-1]:
                    bars = [Bar("< 100 MiB", "<", 100), Bar("≤ 1.15x raw httpx", "<=", 1.15, "httpx")]
                row = Row(KEY, f"{kind}, {_size(mib)} to disk", "MiB peak RSS", "lower", bars=bars)
                outcomes = ctx.rounds(PEERS, "download", config, rounds)
                section.rows.append(ctx.fill(row, outcomes, "peak_rss_mib"))
                section.extra.append(_timing(row, outcomes))
        section.extra.insert(0, "Wall seconds per download (context; the fake server shares the machine):\n")
        section.extra += ["", *_growth(section.rows, sizes), "", _probe(ctx)]
    Path(target).unlink(missing_ok=True)
    return section


def _probe(ctx: Context) -> str:
    """Both peak readings in one small child of this harness: which one is the child's own."""
    harness_peak = peak_rss_mib()
    outcome = ctx.rounds(["httpx"], "memory", {"allocate_mib": PROBE_MIB}, 1)["httpx"]
    if not outcome.results:
        return f"Memory reading check: not measured ({outcome.reason})."
    own, inherited = outcome.results[0]["vmhwm_mib"], outcome.results[0]["ru_maxrss_mib"]
    finding = (
        "the harness's peak, not the child's: Linux carries `ru_maxrss` over from the spawning process"
        if abs(inherited - harness_peak) < 1 < harness_peak - own
        else "here the child's own peak was not below the harness's, so this probe cannot tell them apart"
    )
    return (
        f"Memory reading check: this harness, whose own peak is {harness_peak:.0f} MiB, spawned "
        f"`{outcome.command}` (it touches {PROBE_MIB} MiB). The child's own high-water mark (`VmHWM`, "
        f"what this section reports) is {own:.0f} MiB; `ru_maxrss` (what earlier reports "
        f"used) reads {inherited:.0f} MiB: {finding}."
    )


def _growth(rows: list[Row], sizes: tuple[int, int]) -> list[str]:
    """Our peak at the larger size minus the smaller: near zero means memory does not grow with the body."""
    lines = []
    for small, large in zip(rows[::2], rows[1::2], strict=True):
        low, high = small.median("ours"), large.median("ours")
        if low is not None and high is not None:
            kind = small.name.split(",")[0]
            lines.append(
                f"- ours, {kind}: peak at {_size(sizes[1])} minus peak at {_size(sizes[0])} = "
                f"{high - low:+.1f} MiB ({'size-independent' if abs(high - low) < 10 else 'grows with size'})"
            )
    return lines


def _size(mib: int) -> str:
    return f"{mib // 1024} GiB" if mib >= 1024 else f"{mib} MiB"


def _timing(row: Row, outcomes: dict[str, Outcome]) -> str:
    parts = []
    for peer, outcome in outcomes.items():
        seconds = outcome.figures("seconds")
        if isinstance(seconds, Figures):
            parts.append(f"{peer} {seconds.median:.1f} s")
    return f"- {row.name}: " + ", ".join(parts)
