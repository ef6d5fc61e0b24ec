"""3. Streaming: a 10,000-chunk chat completion consumed as chunks, and single large events.

The stream was recorded from the fake server and is replayed in process, one piece per event as
a server flushing per token sends it (a Python server would dominate the figure otherwise). Big
events (4, 16, 32 MiB) arrive in 64 KiB pieces; the time per MiB must not grow with the size.
Every consumer reads each chunk's ``choices[0].delta.content`` as users do (typed attribute or
dict key), and the harness checks that every peer read the same chunks and characters.
"""

from __future__ import annotations

from benchmarks._context import API_KEY, Context
from benchmarks._peers import Outcome
from benchmarks._results import Bar, Figures, Row, Section

KEY = "streaming"
PEERS = ("ours", "httpx", "official", "openai")
SIZES_MIB = (4, 16, 32)


def run(ctx: Context) -> Section:
    rounds = ctx.size(5, 3)
    section = Section(
        KEY,
        "Streaming",
        f"Client CPU time: {rounds} rounds, each a fresh process per peer that consumes each input once "
        "to warm up, then once measured. Ours (`chat.completions.create(stream=True)`, which also "
        "assembles the final completion as it goes) and openai yield typed chunks; raw httpx "
        "(`iter_lines` + `json.loads`) and runcrate-sdk yield dicts. Every consumer reads "
        "`choices[0].delta.content` of each chunk (attribute or key) and counts its characters.",
    )
    config = {"data": str(ctx.data), "api_key": API_KEY, "warmup": 1, "sizes": list(SIZES_MIB)}
    outcomes = ctx.rounds(PEERS, "stream", config, rounds)
    section.rows.append(
        ctx.fill(
            Row(
                KEY,
                "10,000-chunk chat stream, chunks per CPU second",
                "chunks/s",
                "higher",
                bars=[
                    Bar("≥ 1.0x raw httpx iter_lines + json.loads", ">=", 1.0, "httpx"),
                    Bar("≥ 8x openai", ">=", 8.0, "openai"),
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
    section.extra += [_same_content(outcomes), "", *_linearity(section.rows[1:])]
    return section


def _same_content(outcomes: dict[str, Outcome]) -> str:
    """Whether every peer read the same chunks and the same content (else the race is unfair)."""
    keys = ("chunks", "characters", *(f"big_{mib}_characters" for mib in SIZES_MIB))
    read = {
        peer: tuple(outcome.constant(key) for key in keys)
        for peer, outcome in outcomes.items()
        if outcome.results
    }
    if len(set(read.values())) == 1:
        chunks, characters, *_ = next(iter(read.values()))
        return (
            f"Every peer read the same content: {chunks:,} chunks, {characters:,} characters of "
            "`delta.content`."
        )
    shown = "; ".join(f"{peer}: {dict(zip(keys, values, strict=True))}" for peer, values in read.items())
    return f"**The peers did not read the same content** (so the figures do not compare): {shown}"


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
