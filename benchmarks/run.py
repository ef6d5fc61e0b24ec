"""Entry point: ``python -m benchmarks.run [--quick] [--only NAME ...]`` writes ``docs/benchmarks.md``.

Sets up one virtual environment per peer (``benchmarks/_venvs.py``), records the fake server's
responses once (``benchmarks/_fixtures.py``), runs each measurement module, and writes the report.
A peer that cannot be installed is reported as "not measured" with the reason.
"""

from __future__ import annotations

import argparse
import datetime
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks import concurrency, decoding, downloads, imports, per_request, sse, streaming
from benchmarks._context import Context
from benchmarks._fixtures import record
from benchmarks._peers import relative
from benchmarks._report import write
from benchmarks._results import Section
from benchmarks._venvs import REPO, ensure_all

BENCHMARKS: dict[str, Callable[[Context], Section]] = {
    imports.KEY: imports.run,
    per_request.KEY: per_request.run,
    streaming.KEY: streaming.run,
    sse.KEY: sse.run,
    downloads.KEY: downloads.run,
    concurrency.KEY: concurrency.run,
    decoding.KEY: decoding.run,
}
DEFAULT_OUTPUT = REPO / "docs" / "benchmarks.md"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer runs and smaller sizes (development)")
    parser.add_argument(
        "--only", action="append", choices=sorted(BENCHMARKS), help="run just these (repeatable)"
    )
    parser.add_argument(
        "--output", type=Path, default=DEFAULT_OUTPUT, help="report path (default docs/benchmarks.md)"
    )
    args = parser.parse_args(argv)
    started = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    first_load = os.getloadavg()
    envs = ensure_all()
    for env in envs.values():
        if not env.ok:
            print(f"[bench] {env.peer.label} is not measured: {env.reason}", file=sys.stderr)
    ctx = Context(envs=envs, data=relative(record()), quick=args.quick)
    sections = []
    for name in args.only or list(BENCHMARKS):
        begun, load = time.perf_counter(), os.getloadavg()
        print(f"[bench] {name} ... (load average {load[0]:.2f})", flush=True)
        section = BENCHMARKS[name](ctx)
        section.load = (load, os.getloadavg())
        sections.append(section)
        print(f"[bench] {name} took {time.perf_counter() - begun:.0f} s", flush=True)
    command = "python -m benchmarks.run" + (" --quick" if args.quick else "")
    command += "".join(f" --only {name}" for name in args.only or [])
    loads = (first_load, os.getloadavg())
    write(sections, envs, command=command, started=started, loads=loads, quick=args.quick, path=args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
