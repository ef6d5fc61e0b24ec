"""Shared by the concurrency peer scripts: a batch of concurrent GETs, and its figures.

Apart from ``_common`` so that the other peer scripts do not import ``asyncio`` (it would add to
every peer's start-up and peak memory).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any

from _common import current_rss_mib, peak_rss_mib


def gather_batch(get: Callable[[str], Awaitable[object]], calls: int) -> Callable[[], Awaitable[int]]:
    """A batch: ``calls`` concurrent ``get(instance_id)``, awaited together."""

    async def batch() -> int:
        ids = [f"inst-{number}" for number in range(calls)]
        await asyncio.gather(*(get(instance_id) for instance_id in ids))
        return len(ids)

    return batch


async def concurrency_figures(batch: Callable[[], Awaitable[int]], *, warmup: int) -> dict[str, Any]:
    """Wall throughput and CPU of one batch after ``warmup`` batches, and the memory it took."""
    before = current_rss_mib()
    for _ in range(warmup):
        await batch()
    wall, start = time.perf_counter(), time.process_time()
    count = await batch()
    cpu = time.process_time() - start
    rate = count / (time.perf_counter() - wall)
    peak = peak_rss_mib()
    return {"calls_per_s": rate, "cpu_s": cpu, "peak_rss_mib": peak, "added_mib": peak - before}
