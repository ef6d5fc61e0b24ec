"""The breaking-change gates: what changed in the spec and in the public Python API, and whether
CHANGELOG.md records every breaking change.

    python -m tools.api_gate check            # make api-gate (part of make check)
    python -m tools.api_gate diff [--base REV] # make api-diff [BASE=REV]
    python -m tools.api_gate baseline         # make api-baseline (when cutting a release)

The baseline is ``api/last-release/``: the spec and the public-API snapshot of the newest release in
CHANGELOG.md, stored in the repository. The gate therefore needs no git history, tags or network
and runs the same on a shallow clone in CI as on a laptop. Only ``diff --base REV`` reads git, and
says so when REV is not in the clone.
"""

from __future__ import annotations

import argparse
import itertools
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tools import changelog, public_api, spec_diff

PROJECT = Path(__file__).resolve().parent.parent
SPEC = Path("openapi/runcrate.yaml")
CHANGELOG = Path("CHANGELOG.md")
BASELINE = Path("api/last-release")
BASELINE_SPEC = BASELINE / "runcrate.yaml"
BASELINE_PYTHON = BASELINE / "python-api.json"
POLICY = "docs/versioning.md"


@dataclass(frozen=True)
class Change:
    surface: str
    """``spec`` or ``python``."""
    identifier: str
    """What the changelog names: an operation (``DELETE /ssh-keys/{id}``) or a Python path."""
    explanation: str


def snapshot(root: Path) -> dict[str, Any]:
    """The public-API snapshot of the tree at ``root``, taken in a fresh interpreter."""
    with tempfile.TemporaryDirectory(prefix="api-") as scratch:
        out = Path(scratch) / "python-api.json"
        run = subprocess.run(
            [sys.executable, "-m", "tools.public_api", str(root), str(out)],
            cwd=PROJECT,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        if run.returncode != 0:
            raise RuntimeError(f"snapshot of {root} failed:\n{run.stdout}{run.stderr}")
        result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
        return result


@dataclass(frozen=True)
class Comparison:
    """What changed from a base (the last release, or a git revision) to the tree at ``root``."""

    label: str
    spec: spec_diff.SpecDiff
    changes: list[Change]
    """The breaking changes of both surfaces, as CHANGELOG.md must name them."""
    base_python: dict[str, Any]
    current: dict[str, Any]


def compare(root: Path, base: str | None = None) -> Comparison:
    """Run Optic and griffe once: the comparison both the gate and the report are made from."""
    with tempfile.TemporaryDirectory(prefix="api-base-") as scratch:
        if base is None:
            label = "the last release (api/last-release)"
            base_spec = root / BASELINE_SPEC
            base_python = json.loads((root / BASELINE_PYTHON).read_text(encoding="utf-8"))
        else:
            label = base
            tree = Path(scratch)
            _extract(root, base, tree)
            base_spec = tree / SPEC
            base_python = snapshot(tree)
        spec = spec_diff.diff(base_spec, root / SPEC)
    current = snapshot(root)
    changes = [Change("spec", b.operation, f"{b.rule}: {b.error}") for b in spec.breakages]
    changes += [
        Change("python", b.path, b.explanation)
        for b in public_api.breakages(base_python["objects"], current["objects"])
    ]
    return Comparison(label, spec, _unique(changes), base_python, current)


def _unique(changes: list[Change]) -> list[Change]:
    return sorted(set(changes), key=lambda c: (c.surface, c.identifier, c.explanation))


def check(root: Path) -> list[str]:
    """The gate: every problem found, as the message that tells how to fix it (empty when green)."""
    return problems(root, compare(root))


def problems(root: Path, comparison: Comparison) -> list[str]:
    """The gate's verdict on a comparison with the last release, by the CHANGELOG.md at ``root``."""
    try:
        sections = changelog.parse((root / CHANGELOG).read_text(encoding="utf-8"))
        pending = changelog.unreleased(sections)
        released = changelog.releases(sections)
    except changelog.ChangelogError as error:
        return [str(error)]
    found: list[str] = []
    spec, changes, current = comparison.spec, comparison.changes, comparison.current
    baseline_python = comparison.base_python
    newest = released[0].name if released else None
    if current["version"] != newest:
        found.append(
            f"runcrate/_version.py says {current['version']}, but the newest release in CHANGELOG.md is "
            f"{newest}. A release bumps the version and turns '## [Unreleased]' into "
            f"'## [{current['version']}] - YYYY-MM-DD' in the same commit ({POLICY})."
        )
    if baseline_python["version"] != newest:
        found.append(
            f"{BASELINE} holds the API of {baseline_python['version']}, but the newest release in "
            f"CHANGELOG.md is {newest}: run `make api-baseline` in the release commit ({POLICY})."
        )
    for newer, older in itertools.pairwise(released):
        if newer.breaking_entries and not changelog.allows_breaking(older.name, newer.name):
            found.append(
                f"CHANGELOG.md:{newer.line}: {newer.name} has breaking entries, so after {older.name} "
                f"it must raise MAJOR (MINOR while MAJOR is 0) ({POLICY})."
            )
    if spec.unreadable:
        found.append(
            "Optic cannot read part of openapi/runcrate.yaml, so changes there would go unseen. "
            "Restructure it without changing its meaning (each allOf member must be an object schema "
            "that carries its own properties):\n  " + "\n  ".join(spec.unreadable)
        )
    unrecorded = [
        change for change in changes if not changelog.is_recorded(change.identifier, pending.recorded)
    ]
    if unrecorded:
        found.append(_unrecorded_message(unrecorded))
    return found


def _unrecorded_message(unrecorded: list[Change]) -> str:
    grouped: dict[tuple[str, str], list[str]] = {}
    for change in unrecorded:
        grouped.setdefault((change.surface, change.identifier), []).append(change.explanation)
    width = max(len(identifier) for _, identifier in grouped) + 2
    lines = [
        f"{len(grouped)} breaking change(s) since the last release are not recorded in CHANGELOG.md:",
        "",
    ]
    for (surface, identifier), explanations in grouped.items():
        more = f" (and {len(explanations) - 1} more)" if len(explanations) > 1 else ""
        lines.append(f"  {surface:<6}  {'`' + identifier + '`':<{width}}  {explanations[0]}{more}")
    lines += [
        "",
        "Record each one in CHANGELOG.md under '## [Unreleased]', in a list item that starts with",
        "**Breaking** and names it in backticks (one item may name several; `*` matches one path",
        "segment), saying what changed and what users do instead. Under '### Changed' or '### Removed':",
        "",
        *(
            f"- **Breaking**: `{identifier}`: <what changed; what to do instead>."
            for _, identifier in grouped
        ),
        "",
        "`make api-diff` lists every change. If a change is not meant to break users, undo it.",
        f"The rule: {POLICY}.",
    ]
    return "\n".join(lines)


def diff(root: Path, base: str | None) -> str:
    """A report of what changed from ``base`` (a git revision; default the last release)."""
    return report(compare(root, base))


def report(comparison: Comparison) -> str:
    """What ``make api-diff`` prints: every change of both surfaces, breaking ones named."""
    label, spec, changes = comparison.label, comparison.spec, comparison.changes
    added = _added(comparison.base_python["objects"], comparison.current["objects"])
    out = [f"# Spec: {label} -> working tree (Optic)", "", spec.report.rstrip(), ""]
    out += [f"# Python API: {label} -> working tree (griffe)", ""]
    out += [f"added    {path}" for path in added] or ["added    nothing"]
    python_changes = [c for c in changes if c.surface == "python"]
    out += [f"BREAKING {c.identifier}: {c.explanation}" for c in python_changes] or ["breaking nothing"]
    out += ["", "# Breaking changes, as CHANGELOG.md names them", ""]
    out += [f"{c.surface:<6}  `{c.identifier}`  {c.explanation}" for c in changes] or ["none"]
    if spec.warnings:
        out += ["", "Optic could not read (changes there are not shown):", *spec.warnings]
    return "\n".join(out) + "\n"


def _added(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """New public paths whose parent already existed (the children of a new class are implied)."""
    return [
        path for path in public_api.additions(old, new) if path.rpartition(".")[0] in old or "." not in path
    ]


def _extract(root: Path, revision: str, into: Path) -> None:
    """The package and spec of a revision, from git (no checkout, no worktree left behind)."""
    archive = into / "base.tar"
    run = subprocess.run(
        [
            "git",
            "-C",
            str(root),
            "archive",
            "--format=tar",
            "-o",
            str(archive),
            revision,
            "runcrate",
            "openapi",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if run.returncode != 0:
        raise SystemExit(
            f"api-diff: cannot read {revision!r} from git ({run.stderr.strip()}). In a shallow clone, "
            f"fetch it first: git fetch --unshallow (or git fetch origin {revision})."
        )
    with tarfile.open(archive) as tar:
        tar.extractall(into, filter="data")


def baseline(root: Path) -> None:
    """Store the current spec and public API as the last release's (run in the release commit)."""
    (root / BASELINE).mkdir(parents=True, exist_ok=True)
    shutil.copyfile(root / SPEC, root / BASELINE_SPEC)
    (root / BASELINE_PYTHON).write_text(public_api.dumps(snapshot(root)), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.api_gate", description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=["check", "diff", "baseline"])
    parser.add_argument("--base", help="git revision to compare with (diff; default: the last release)")
    parser.add_argument("--root", type=Path, default=PROJECT, help="the project tree (default: this one)")
    args = parser.parse_args(argv)
    root = args.root.resolve()
    if args.command == "diff":
        sys.stdout.write(diff(root, args.base or None))
        return 0
    if args.command == "baseline":
        baseline(root)
        return 0
    problems = check(root)
    if problems:
        sys.stderr.write("api-gate: FAILED\n\n" + "\n\n".join(problems) + "\n")
        return 1
    sys.stdout.write("api-gate: every breaking change since the last release is recorded in CHANGELOG.md\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
