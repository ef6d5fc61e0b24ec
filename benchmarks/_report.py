"""Writes ``docs/benchmarks.md``: machine, versions, one table per measurement, bars, and commands."""

from __future__ import annotations

import datetime
import os
import platform
from collections.abc import Callable
from pathlib import Path

from benchmarks._results import PEER_ORDER, Bar, Figures, NotMeasured, Row, Section
from benchmarks._venvs import LABELS, PeerEnv

TIMES = "\u00d7"
DASH = "\u2013"
NOTES = Path(__file__).resolve().parent / "notes.md"
Load = tuple[float, ...]


def _number(value: float) -> str:
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    if value >= 1:
        return f"{value:.2f}"
    return f"{value:.3g}"


def _times(value: float) -> str:
    return f"{value:.2f}{TIMES}"


def _spread(figures: Figures, number: Callable[[float], str] = _number) -> str:
    """The median, then the lowest and highest round in brackets."""
    if len(figures.values) == 1:
        return number(figures.median)
    return f"{number(figures.median)} ({number(figures.low)}{DASH}{number(figures.high)})"


def _cell(row: Row, peer: str) -> str:
    cell = row.cells.get(peer)
    if cell is None:
        return "—"
    if isinstance(cell, NotMeasured):
        return f"{cell.label}¹"
    return _spread(cell)


def _ratio(row: Row, peer: str) -> str:
    ratio = row.ratio("ours", peer)
    return "—" if ratio is None else _spread(ratio, _times)


def _judged(bar: Bar, row: Row) -> tuple[str, str]:
    """The figure a bar judges (with its spread) and the verdict's word."""
    verdict = bar.judge(row)
    shown = "—" if verdict.figures is None else _spread(verdict.figures, _times if bar.against else _number)
    word = (
        verdict.status
        if verdict.status in ("met", "not measured", "not available")
        else f"**{verdict.status}**"
    )
    return shown, word


def _verdict(row: Row) -> str:
    parts = []
    for bar in row.bars:
        shown, word = _judged(bar, row)
        parts.append(f"{bar.text}: {shown} {word}")
    return "; ".join(parts) or "—"


def _peers_in(section: Section) -> list[str]:
    present = {peer for row in section.rows for peer in row.cells}
    return [peer for peer in PEER_ORDER if peer in present]


def _table(section: Section) -> list[str]:
    peers = _peers_in(section)
    others = [peer for peer in peers if peer not in ("ours", "ours_aiohttp")]
    header = ["measurement", "unit", *(LABELS[p] for p in peers), *(f"ours ÷ {LABELS[p]}" for p in others)]
    header.append("bar")
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in section.rows:
        cells = [row.name, f"{row.unit} ({row.better} is better)"]
        cells += [_cell(row, peer) for peer in peers]
        cells += [_ratio(row, peer) for peer in others]
        cells.append(_verdict(row))
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def _not_measured(section: Section) -> list[str]:
    reasons = {
        (LABELS[peer], f"{cell.label}: {cell.reason}")
        for row in section.rows
        for peer, cell in row.cells.items()
        if isinstance(cell, NotMeasured)
    }
    return [f"¹ {label}: {reason}" for label, reason in sorted(reasons)]


def _commands(section: Section) -> list[str]:
    lines = ["<details><summary>Exact commands</summary>", ""]
    for row in section.rows:
        lines.append(f"- {row.name}")
        for peer in PEER_ORDER:
            command = row.commands.get(peer)
            if command:
                lines.append(f"  - {LABELS[peer]}: `{command}`")
    lines += ["", "</details>"]
    return lines


def _load(load: Load) -> str:
    return ", ".join(f"{value:.2f}" for value in load)


def _machine(loads: tuple[Load, Load]) -> list[str]:
    model = "unknown"
    memory = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                break
    except OSError:
        pass
    cores = os.cpu_count() or 1
    lines = [
        f"- CPU: {model}, {cores} logical cores; memory {memory}",
        f"- OS: {platform.platform()}",
        f"- Python: {platform.python_implementation()} {platform.python_version()}",
        f"- Load average (1, 5, 15 min) when the run started: {_load(loads[0])}; when it ended: "
        f"{_load(loads[1])}",
    ]
    if loads[0][0] > cores / 2:
        lines.append(
            f"- **Loaded machine**: other work competed for the {cores} cores (the 1-minute load was above "
            "half the cores before this run added its own). Absolute figures are inflated and noisy; the "
            "ratios, taken round by round, and the inconclusive verdicts are what to trust."
        )
    return lines


def _versions(envs: dict[str, PeerEnv]) -> list[str]:
    lines = []
    for name in PEER_ORDER:
        env = envs.get(name)
        if env is None:
            continue
        if env.ok and env.versions:
            listed = ", ".join(f"{dist} {version}" for dist, version in env.versions.items())
            lines.append(f"- {env.peer.label} (`.cache/bench-venvs/{name}`): {listed}")
        else:
            lines.append(f"- {env.peer.label}: not installed ({env.reason})")
    return lines


def _summary(sections: list[Section]) -> list[str]:
    lines = [
        "| measurement | bar | figure judged: median (lowest-highest round) | verdict |",
        "|---|---|---|---|",
    ]
    for section in sections:
        for row in section.rows:
            for bar in row.bars:
                shown, word = _judged(bar, row)
                lines.append(f"| {section.title}: {row.name} | {bar.text} | {shown} | {word} |")
    return lines


def write(
    sections: list[Section],
    envs: dict[str, PeerEnv],
    *,
    command: str,
    started: str,
    loads: tuple[Load, Load],
    quick: bool,
    path: Path,
) -> None:
    now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    out = [
        "# Benchmarks",
        "",
        f"Generated by `{command}` (started {started}, finished {now}"
        + (", **quick mode: fewer rounds, smaller sizes**" if quick else "")
        + "). Do not edit by hand: the analysis comes from `benchmarks/notes.md`.",
        "",
        "The machine is shared and noisy: absolute figures are context, the ratios are the result. Peers "
        "run round-robin, each round a fresh process per peer (the order rotates from round to round), so "
        "outside load falls on one round of every peer rather than on one peer. Every figure is the median "
        "of the rounds, with the lowest and highest round in brackets; a ratio is taken round by round "
        "(ours in round *i* ÷ the peer in round *i*). A bar is **met** or **missed** only when every round "
        "agrees; rounds on both sides of it make it **inconclusive**. Each peer runs in its own virtual "
        "environment (our SDK and `runcrate-sdk` both import as `runcrate`), all pinned to the same httpx "
        'and all with `sniffio` installed (see "Found on the way").',
        "",
        "## Machine",
        "",
        *_machine(loads),
        "",
        "## Versions",
        "",
        *_versions(envs),
        "",
        "## Bars",
        "",
        *_summary(sections),
        "",
    ]
    for section in sections:
        out += [f"## {section.title}", "", section.method]
        if section.load is not None:
            out += [
                "",
                f"Load average during this section: {_load(section.load[0])} → {_load(section.load[1])}.",
            ]
        out += ["", *_table(section), ""]
        if section.extra:
            out += [*section.extra, ""]
        if reasons := _not_measured(section):
            out += [*reasons, ""]
        out += [*_commands(section), ""]
    if NOTES.exists():
        out += [NOTES.read_text().strip(), ""]
    path.write_text("\n".join(out))
    print(f"[bench] wrote {path}", flush=True)
