"""4. Memory: peak RSS while a video and a job artifact download to disk, at two sizes.

The fake server (spec validation off) generates the bytes lazily in the harness process; each
download runs in a fresh peer process, which reports its own peak RSS (``ru_maxrss``) and its RSS
before the download began. The same peak at both sizes means memory does not grow with the body.
"""

from __future__ import annotations

from pathlib import Path

import httpx

from benchmarks._context import Context
from benchmarks._results import Bar, Figures, Row, Section
from benchmarks._venvs import CACHE
from runcrate.testing import FakeRuncrate

KEY = "downloads"
PEERS = ("ours", "httpx", "official")
ARTIFACT = "out/model.bin"
MIB = 1024 * 1024


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
    section = Section(
        KEY,
        "Memory while downloading",
        "Peak RSS of the client process, one fresh process and one run per download (peak RSS repeats "
        "within 1 MiB from run to run; the RSS before the download began is under 50 MiB for every "
        "peer). runcrate-sdk returns a video as `bytes`; it streams an artifact to the file given as `to=`.",
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
                    "target": str(target),
                }
                bars = [Bar("< 100 MiB", "<", 100)] if mib == sizes[-1] else []
                row = Row(KEY, f"{kind}, {_size(mib)} to disk", "MiB peak RSS", "lower", bars=bars)
                outcomes = ctx.run_peers(PEERS, "download", config)
                section.rows.append(ctx.fill(row, outcomes, "peak_rss_mib"))
                section.extra.append(_timing(row, outcomes, mib))
    section.extra.insert(0, "Wall seconds per download (context; the fake server shares the machine):\n")
    section.extra += ["", *_growth(section.rows, sizes)]
    Path(target).unlink(missing_ok=True)
    return section


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


def _timing(row: Row, outcomes: dict, mib: int) -> str:
    parts = []
    for peer, outcome in outcomes.items():
        seconds = outcome.figures("seconds")
        if isinstance(seconds, Figures):
            parts.append(f"{peer} {seconds.median:.1f} s")
    return f"- {row.name}: " + ", ".join(parts)
