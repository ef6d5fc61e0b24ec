"""1. Import cost: fresh interpreters, wall time and ``-X importtime`` totals.

Each figure is one fresh process per run, peers round-robin so that machine noise spreads evenly.
"Construct and touch" builds a client and reaches the chat and instances surfaces, which is where
a lazy package pays for what it deferred; its bar compares it with ``import httpx`` alone.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import time

from benchmarks._context import API_KEY, Context
from benchmarks._peers import relative, schedule
from benchmarks._results import Bar, Figures, NotMeasured, Row, Section
from benchmarks._venvs import CACHE

NEUTRAL_DIR = CACHE / "bench-tmp"
"""Where the probes run: ``-c`` puts the working directory first on ``sys.path``, and in the
repository that would make ``import runcrate`` find our package in every environment."""

KEY = "imports"
IMPORT = {
    "ours": "import runcrate",
    "httpx": "import httpx",
    "official": "import runcrate",
    "openai": "import openai",
}
TOUCH = {
    "ours": (f"import runcrate; c = runcrate.Runcrate(api_key={API_KEY!r}); c.chat.completions; c.instances"),
    "httpx": "import httpx",
    "official": (
        f"import runcrate; c = runcrate.Runcrate(api_key={API_KEY!r}); c.chat.completions; c.instances"
    ),
    "openai": f"import openai; c = openai.OpenAI(api_key={API_KEY!r}); c.chat.completions",
}
BAR = Bar("≤ 1.3x `import httpx`", "<=", 1.3, "httpx")


def _argv(ctx: Context, peer: str, code: str, *, importtime: bool = False) -> list[str] | None:
    """The probe's command, its interpreter relative to where it runs (any clone can repeat it)."""
    python = ctx.envs[peer].python
    if python is None:
        return None
    interpreter = os.path.relpath(python, NEUTRAL_DIR)
    return [interpreter, "-E", "-s", *(["-X", "importtime"] if importtime else []), "-c", code]


def _wall_ms(argv: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, cwd=NEUTRAL_DIR, check=True, capture_output=True)
    return (time.perf_counter() - start) * 1000


def _importtime_ms(argv: list[str]) -> float:
    done = subprocess.run(argv, cwd=NEUTRAL_DIR, check=True, capture_output=True, text=True)
    total = 0
    for line in done.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            self_us = line.removeprefix("import time:").split("|")[0].strip()
            if self_us.isdigit():
                total += int(self_us)
    return total / 1000


def _row(
    ctx: Context, name: str, *, unit: str, snippets: dict[str, str], measure: str, bars: list[Bar]
) -> Row:
    runs, warmup = ctx.size(7, 5), 2
    row = Row(KEY, name, unit, "lower", bars=bars)
    argvs = {
        peer: _argv(ctx, peer, code, importtime=measure == "importtime") for peer, code in snippets.items()
    }
    taken: dict[str, list[float]] = {peer: [] for peer in snippets}
    failed: dict[str, str] = {}
    probe = _importtime_ms if measure == "importtime" else _wall_ms
    NEUTRAL_DIR.mkdir(parents=True, exist_ok=True)
    peers = [peer for peer, argv in argvs.items() if argv is not None]
    for number, peer in enumerate(schedule(peers, warmup + runs)):
        if peer in failed:
            continue
        try:
            value = probe(argvs[peer] or [])
        except subprocess.CalledProcessError as exc:
            failed[peer] = f"exit {exc.returncode}: {(exc.stderr or b'')[-200:]!r}"
            continue
        if number >= warmup * len(peers):
            taken[peer].append(value)
    for peer, argv in argvs.items():
        row.commands[peer] = f"cd {relative(NEUTRAL_DIR)} && {shlex.join(argv)}" if argv else ""
        if argv is None:
            row.cells[peer] = NotMeasured(f"not installed: {ctx.envs[peer].reason}")
        elif peer in failed:
            row.cells[peer] = NotMeasured(failed[peer])
        else:
            row.cells[peer] = Figures(tuple(taken[peer]))
    return row


def run(ctx: Context) -> Section:
    section = Section(
        KEY,
        "Import",
        f"Fresh processes, {ctx.size(7, 5)} rounds after 2 warm-up rounds, peers round-robin. Wall time "
        "includes interpreter start-up (see the `python -c pass` row); `-X importtime` totals add up the "
        "`self` column of every module imported. The construct-and-touch bar compares with `import httpx` "
        "alone, as the bar says (raw httpx's cell in that row is `import httpx`).",
    )
    empty = dict.fromkeys(IMPORT, "pass")
    section.rows += [
        _row(
            ctx,
            "`python -c pass` (interpreter start-up, context)",
            unit="ms wall",
            snippets=empty,
            measure="wall",
            bars=[],
        ),
        _row(ctx, "`import` (wall)", unit="ms wall", snippets=IMPORT, measure="wall", bars=[BAR]),
        _row(
            ctx,
            "`import` (`-X importtime` total)",
            unit="ms",
            snippets=IMPORT,
            measure="importtime",
            bars=[BAR],
        ),
        _row(
            ctx,
            "construct a client, touch chat and instances (wall)",
            unit="ms wall",
            snippets=TOUCH,
            measure="wall",
            bars=[BAR],
        ),
        _row(
            ctx,
            "construct a client, touch chat and instances (`-X importtime`)",
            unit="ms",
            snippets=TOUCH,
            measure="importtime",
            bars=[BAR],
        ),
    ]
    return section
