"""1. Import cost: fresh interpreters, wall time and ``-X importtime`` totals.

Each figure is one fresh process per run, peers interleaved so that machine noise spreads evenly.
"Construct and touch" builds a client and reaches the chat and instances surfaces, which is where
a lazy package pays for what it deferred.
"""

from __future__ import annotations

import shlex
import subprocess
import time

from benchmarks._context import API_KEY, Context
from benchmarks._peers import relative
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
    "httpx": "import httpx; c = httpx.Client()",
    "official": (
        f"import runcrate; c = runcrate.Runcrate(api_key={API_KEY!r}); c.chat.completions; c.instances"
    ),
    "openai": f"import openai; c = openai.OpenAI(api_key={API_KEY!r}); c.chat.completions",
}
BAR = Bar("≤ 1.3x httpx", "<=", 1.3, "httpx")


def _argv(ctx: Context, peer: str, code: str, *, importtime: bool = False) -> list[str] | None:
    python = ctx.envs[peer].python
    if python is None:
        return None
    return [str(python), "-E", "-s", *(["-X", "importtime"] if importtime else []), "-c", code]


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
    for attempt in range(warmup + runs):
        for peer, argv in argvs.items():
            if argv is None or peer in failed:
                continue
            try:
                value = probe(argv)
            except subprocess.CalledProcessError as exc:
                failed[peer] = f"exit {exc.returncode}: {(exc.stderr or b'')[-200:]!r}"
                continue
            if attempt >= warmup:
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
        f"Fresh processes, {ctx.size(7, 5)} runs after 2 warm-ups, peers interleaved. Wall time includes "
        "interpreter start-up (see the `python -c pass` row); `-X importtime` totals add up the `self` "
        "column of every module imported.",
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
