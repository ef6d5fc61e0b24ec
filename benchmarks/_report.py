"""Writes ``docs/benchmarks.md``: machine, versions, one table per measurement, bars, and commands."""

from __future__ import annotations

import datetime
import os
import platform
from pathlib import Path

from benchmarks._results import PEER_ORDER, Figures, NotMeasured, Row, Section
from benchmarks._venvs import PEERS, PeerEnv

TIMES = "\u00d7"
DASH = "\u2013"
NOTES = Path(__file__).resolve().parent / "notes.md"
LABELS = {**{name: peer.label for name, peer in PEERS.items()}, "httpx_sse": "httpx-sse 0.4.3"}


def _number(value: float) -> str:
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    if value >= 1:
        return f"{value:.2f}"
    return f"{value:.3g}"


def _cell(row: Row, peer: str) -> str:
    cell = row.cells.get(peer)
    if cell is None:
        return "—"
    if isinstance(cell, NotMeasured):
        return "not measured¹"
    assert isinstance(cell, Figures)
    if len(cell.values) == 1:
        return _number(cell.median)
    return f"{_number(cell.median)} ({_number(cell.low)}{DASH}{_number(cell.high)})"


def _ratio(row: Row, peer: str) -> str:
    value = row.ratio(peer)
    return "—" if value is None else f"{value:.2f}{TIMES}"


def _verdict(row: Row) -> str:
    parts = []
    for bar in row.bars:
        met = bar.met(row)
        mark = "n/a" if met is None else ("**met**" if met else "**missed**")
        parts.append(f"{bar.text}: {mark}")
    return "; ".join(parts) or "—"


def _peers_in(section: Section) -> list[str]:
    present = {peer for row in section.rows for peer in row.cells}
    return [peer for peer in PEER_ORDER if peer in present]


def _table(section: Section) -> list[str]:
    peers = _peers_in(section)
    others = [peer for peer in peers if peer != "ours"]
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
        (LABELS[peer], cell.reason)
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


def _machine() -> list[str]:
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
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    return [
        f"- CPU: {model}, {os.cpu_count()} logical cores; memory {memory}",
        f"- OS: {platform.platform()}",
        f"- Python: {platform.python_implementation()} {platform.python_version()}",
        f"- Load average when the run started: {load}",
    ]


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
    lines = ["| measurement | bar | ours ÷ peer (or ours) | verdict |", "|---|---|---|---|"]
    for section in sections:
        for row in section.rows:
            for bar in row.bars:
                value = row.ratio(bar.against) if bar.against else row.median("ours")
                shown = "—" if value is None else (f"{value:.2f}{TIMES}" if bar.against else _number(value))
                met = bar.met(row)
                verdict = "not measured" if met is None else ("met" if met else "**missed**")
                lines.append(f"| {section.title}: {row.name} | {bar.text} | {shown} | {verdict} |")
    return lines


def write(
    sections: list[Section], envs: dict[str, PeerEnv], *, command: str, started: str, quick: bool, path: Path
) -> None:
    now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    out = [
        "# Benchmarks",
        "",
        f"Generated by `{command}` (started {started}, finished {now}"
        + (", **quick mode: fewer runs, smaller sizes**" if quick else "")
        + "). Do not edit by hand: the analysis comes from `benchmarks/notes.md`.",
        "",
        "The machine is shared and noisy: absolute figures are context, the ratios are the result. "
        "Every figure is the median of several runs after a warm-up, with the lowest and highest run in "
        "brackets. Each peer runs in its own virtual environment (our SDK and `runcrate-sdk` both import "
        'as `runcrate`), all pinned to the same httpx and all with `sniffio` installed (see "Found on the '
        'way").',
        "",
        "## Machine",
        "",
        *_machine(),
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
        out += [f"## {section.title}", "", section.method, "", *_table(section), ""]
        if section.extra:
            out += [*section.extra, ""]
        if reasons := _not_measured(section):
            out += [*reasons, ""]
        out += [*_commands(section), ""]
    if NOTES.exists():
        out += [NOTES.read_text().strip(), ""]
    path.write_text("\n".join(out))
    print(f"[bench] wrote {path}", flush=True)
