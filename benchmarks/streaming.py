"""3. Streaming: a 10,000-chunk chat completion consumed as chunks, and single large events.

The stream was recorded from the fake server and is replayed in process, one piece per event as
a server flushing per token sends it (a Python server would dominate the figure otherwise). Big
events (4, 16, 32 MiB) arrive in 64 KiB pieces; the time per MiB must not grow with the size.
"""

from __future__ import annotations

from benchmarks._context import API_KEY, Context
from benchmarks._results import Bar, Figures, Row, Section

KEY = "streaming"
PEERS = ("ours", "httpx", "official", "openai")
SIZES_MIB = (4, 16, 32)


def run(ctx: Context) -> Section:
    runs = ctx.size(5, 3)
    section = Section(
        KEY,
        "Streaming",
        f"Client CPU time, {runs} runs after a warm-up. Ours (`chat.completions.create(stream=True)`, which "
        "also assembles the final completion as it goes) and openai yield typed chunks; raw httpx "
        "(`iter_lines` + `json.loads`) and runcrate-sdk yield dicts.",
    )
    config = {"data": str(ctx.data), "api_key": API_KEY, "runs": runs, "warmup": 1, "sizes": list(SIZES_MIB)}
    outcomes = ctx.run_peers(PEERS, "stream", config)
    section.rows.append(
        ctx.fill(
            Row(
                KEY,
                "10,000-chunk chat stream, chunks per CPU second",
                "chunks/s",
                "higher",
                bars=[
                    Bar("≥ 0.7x raw httpx iter_lines + json.loads", ">=", 0.7, "httpx"),
                    Bar("≥ 5x openai", ">=", 5.0, "openai"),
                ],
            ),
            outcomes,
            "chunks_per_s",
        )
    )
    for mib in SIZES_MIB:
        bars = [Bar("well under a second", "<", 0.5)] if mib == 16 else []
        row = Row(KEY, f"one {mib} MiB event (64 KiB pieces)", "s CPU", "lower", bars=bars)
        section.rows.append(ctx.fill(row, outcomes, f"big_{mib}"))
    section.extra += _linearity(section.rows[1:])
    return section


def _linearity(rows: list[Row]) -> list[str]:
    """Seconds per MiB at each size: flat means linear."""
    lines = ["Seconds per MiB of event (flat across sizes = linear):", ""]
    for peer in PEERS:
        per_mib = []
        for row, mib in zip(rows, SIZES_MIB, strict=True):
            cell = row.cells.get(peer)
            if isinstance(cell, Figures):
                per_mib.append(f"{mib} MiB: {cell.median / mib * 1000:.1f} ms/MiB")
        if per_mib:
            lines.append(f"- {peer}: " + ", ".join(per_mib))
    return lines
