"""5. Concurrency: 1,000 concurrent ``instances.get`` through an async client on a bounded pool.

All peers talk to the replay server over loopback (one process, recorded answers written in one
go), each with a pool of at most 50 connections, so the figure is the client's. Throughput is
wall-clock calls per second per batch of 1,000; memory is the growth of peak RSS over the batches.
"""

from __future__ import annotations

from benchmarks._context import API_KEY, Context
from benchmarks._replay import ReplayServer
from benchmarks._results import Bar, Row, Section

KEY = "concurrency"
PEERS = ("ours", "httpx", "official")
POOL = 50


def run(ctx: Context) -> Section:
    calls, runs = ctx.size(1000, 300), 2
    section = Section(
        KEY,
        "Async concurrency",
        f"{calls} concurrent calls per batch, pool of {POOL} connections, {runs} batches after a warm-up "
        "batch; replay server over loopback.",
    )
    with ReplayServer(ctx.data) as replay:
        config = {
            "url": replay.url,
            "api_key": API_KEY,
            "calls": calls,
            "pool": POOL,
            "runs": runs,
            "warmup": 1,
        }
        outcomes = ctx.run_peers(PEERS, "concurrency", config)
    bar = Bar("≥ 0.9x raw httpx", ">=", 0.9, "httpx")
    section.rows += [
        ctx.fill(
            Row(KEY, f"{calls} concurrent GETs: throughput", "calls/s", "higher", bars=[bar]),
            outcomes,
            "calls_per_s",
        ),
        ctx.fill(
            Row(KEY, f"{calls} concurrent GETs: client CPU per batch", "s CPU", "lower"), outcomes, "cpu_s"
        ),
        ctx.fill(Row(KEY, "memory added by the batches", "MiB", "lower"), outcomes, "added_mib"),
        ctx.fill(Row(KEY, "peak RSS", "MiB", "lower"), outcomes, "peak_rss_mib"),
    ]
    return section
