"""What changed between two versions of the OpenAPI spec, and which changes break clients (Optic).

Optic 1.0.9 compares the two files with its breaking-changes ruleset (``tools/optic-standard.yml``):
removed operations, parameters or response properties, new required request fields or
parameters, changed types, narrowed request or widened response enums, removed status codes.
Open enums (``anyOf`` of the known values and ``string``) can gain values without a break.

It runs offline: telemetry and the update check are off, and it runs in a scratch directory with
``CI=true``, where it writes its results as JSON (``ci-run-details.json``) besides printing the
report for people.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
OPTIC = PROJECT / "node_modules" / ".bin" / "optic"
STANDARD = Path(__file__).resolve().parent / "optic-standard.yml"
BASE_NAME = "base/runcrate.yaml"
HEAD_NAME = "openapi/runcrate.yaml"
_METHODS = {"GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"}


@dataclass(frozen=True)
class SpecBreakage:
    """One failed breaking-change rule; ``operation`` (``GET /instances``) is its changelog identifier."""

    operation: str
    where: str
    rule: str
    error: str


@dataclass(frozen=True)
class SpecDiff:
    report: str
    """Optic's own report: every change, operation by operation, breaking ones marked."""
    breakages: list[SpecBreakage]
    warnings: list[str]
    """What Optic could not read in either spec (and anything else it said on stderr)."""
    unreadable: list[str]
    """The warnings about the new spec: changes in those parts would go unseen."""


def diff(base: Path, head: Path) -> SpecDiff:
    """Compare ``base`` (the older spec) with ``head`` (the newer one).

    Both are copied into a scratch directory as ``base/runcrate.yaml`` and ``openapi/runcrate.yaml``,
    so that Optic's messages name the head by its path in the repository.
    """
    if not OPTIC.exists():
        raise RuntimeError(f"{OPTIC} is missing: run `make install`")
    with tempfile.TemporaryDirectory(prefix="optic-") as scratch:
        work = Path(scratch)
        for source, target in ((base, BASE_NAME), (head, HEAD_NAME)):
            (work / target).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, work / target)
        env = {
            **os.environ,
            "CI": "true",
            "OPTIC_TELEMETRY_LEVEL": "off",
            "NO_UPDATE_NOTIFIER": "1",
            "FORCE_COLOR": "0",
        }
        command = [str(OPTIC), "diff", BASE_NAME, HEAD_NAME, "--check", "--standard", str(STANDARD)]
        run = subprocess.run(
            command, cwd=work, env=env, capture_output=True, text=True, timeout=300, check=False
        )
        details = work / "ci-run-details.json"
        if not details.exists():
            raise RuntimeError(
                f"optic diff wrote no results (exit {run.returncode}):\n{run.stdout}{run.stderr}"
            )
        data = json.loads(details.read_text(encoding="utf-8"))
    if data["failed"]:
        raise RuntimeError(f"optic diff could not compare the specs: {data['failed']}")
    breakages = [
        SpecBreakage(_operation(result["where"]), result["where"], result["name"], result["error"])
        for completed in data["completed"]
        for result in completed["comparison"]["results"]
        if not result["passed"] and not result["exempted"]
    ]
    # Optic logs what it cannot read (an allOf member it drops, ...) on stderr, one line each.
    warnings = [line for line in run.stderr.splitlines() if line.strip()]
    return SpecDiff(
        report=run.stdout,
        breakages=breakages,
        warnings=warnings,
        unreadable=[line for line in warnings if f" at {HEAD_NAME}:" in line],
    )


def _operation(where: str) -> str:
    method, _, rest = where.partition(" ")
    if method in _METHODS:
        return f"{method} {rest.partition(' ')[0]}"
    return where
