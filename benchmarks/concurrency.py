"""5. Concurrency: 1,000 concurrent ``instances.get`` through an async client on a bounded pool.

All peers talk to the replay server over loopback (one process, recorded answers written in one
go), each with a pool of at most 50 connections, so the figure is the client's. Throughput is
wall-clock calls per second of a batch of 1,000; CPU is the client process's CPU for that batch;
memory is the process's own peak and how much the batches added to it. Raw aiohttp shows what
the HTTP layer costs without httpcore; our aiohttp transport is measured once it exists.
"""

from __future__ import annotations

from benchmarks._context import API_KEY, Context
from benchmarks._replay import ReplayServer
from benchmarks._results import Bar, Row, Section

KEY = "concurrency"
PEERS = ("ours", "ours_aiohttp", "httpx", "aiohttp", "official")
POOL = 50
CPU_BAR = Bar("ours on aiohttp ≥ 3x less CPU than raw httpx (≤ 0.33x)", "<=", 1 / 3, "httpx", "ours_aiohttp")


def run(ctx: Context) -> Section:
    calls, rounds = ctx.size(1000, 300), ctx.size(3, 2)
    section = Section(
        KEY,
        "Async concurrency",
        f"{calls} concurrent calls per batch, pool of {POOL} connections; {rounds} rounds, each a fresh "
        "process per peer that runs one warm-up batch, then one measured batch; replay server over "
        "loopback.",
    )
    with ReplayServer(ctx.data) as replay:
        config = {"url": replay.url, "api_key": API_KEY, "calls": calls, "pool": POOL, "warmup": 1}
        outcomes = ctx.rounds(PEERS, "concurrency", config, rounds)
    throughput = Bar("≥ 0.9x raw httpx", ">=", 0.9, "httpx")
    section.rows += [
        ctx.fill(
            Row(KEY, f"{calls:,} concurrent GETs: throughput", "calls/s", "higher", bars=[throughput]),
            outcomes,
            "calls_per_s",
        ),
        ctx.fill(
            Row(KEY, f"{calls:,} concurrent GETs: client CPU per batch", "s CPU", "lower", bars=[CPU_BAR]),
            outcomes,
            "cpu_s",
        ),
        ctx.fill(Row(KEY, "memory added by the batches", "MiB", "lower"), outcomes, "added_mib"),
        ctx.fill(Row(KEY, "peak RSS (the process's own VmHWM)", "MiB", "lower"), outcomes, "peak_rss_mib"),
    ]
    return section
