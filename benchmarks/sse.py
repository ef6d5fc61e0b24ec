"""Our SSE decoder (``runcrate/_sse.py``) against ``httpx-sse`` 0.4.3 on the same bytes (DESIGN.md).

Both decoders read the same ``httpx.Response`` body, in the same pieces; the figure is CPU time to
decode every event (no JSON parsing). The recorded 10,000-event chat stream is fed one event per
piece and in 64 KiB pieces; the 16 MiB event in 64 KiB pieces.
"""

from __future__ import annotations

from benchmarks._context import Context
from benchmarks._results import Row, Section

KEY = "sse"
INPUTS = (
    ("events_per_event", "10,000 events, one piece per event"),
    ("events_64k", "10,000 events, 64 KiB pieces"),
    ("big_64k", "one 16 MiB event, 64 KiB pieces"),
)


def run(ctx: Context) -> Section:
    rounds = ctx.size(5, 3)
    section = Section(
        KEY,
        "SSE decoder: ours vs httpx-sse",
        f"CPU ms to decode: {rounds} rounds, each a fresh process (in our environment) that decodes "
        "every input with each decoder in turn, once to warm up and once measured.",
    )
    config = {"data": str(ctx.data), "warmup": 1, "big_mib": 16}
    outcome = ctx.rounds(["ours"], "sse", config, rounds)["ours"]
    for key, label in INPUTS:
        row = Row(KEY, label, "ms CPU", "lower")
        row.cells["ours"] = outcome.figures(f"ours.{key}")
        row.cells["httpx_sse"] = outcome.figures(f"httpx_sse.{key}")
        row.commands["ours"] = row.commands["httpx_sse"] = outcome.command
        section.rows.append(row)
    return section
