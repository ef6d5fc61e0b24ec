"""Running peer scripts round-robin, one fresh process per peer per round, and reading their JSON.

Round-robin rather than each peer alone in sequence: a burst of outside load (the machine is
shared) then lands on one round of every peer instead of on every round of one peer, and the
per-round ratios show it as spread. The order rotates from round to round, so no peer always runs
first (on a cold cache) or right after the heaviest one.
"""

from __future__ import annotations

import json
import shlex
import subprocess
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks._results import Cell, Figures, NotMeasured
from benchmarks._venvs import REPO, PeerEnv, env_name

PEERS_DIR = Path(__file__).resolve().parent / "peers"
RUN_TIMEOUT_SECONDS = 900


@dataclass(frozen=True)
class Outcome:
    """One peer's results, one JSON object per round, or why there are none."""

    command: str
    results: tuple[dict[str, Any], ...] = ()
    reason: str = ""
    label: str = "not measured"

    def figures(self, key: str) -> Cell:
        """The values under ``key``, in round order (a list in one result adds several)."""
        if self.reason:
            return NotMeasured(self.reason, self.label)
        values: list[float] = []
        for result in self.results:
            value = result.get(key)
            if value is None:
                return NotMeasured(f"the script reported no {key!r}")
            values += [float(v) for v in value] if isinstance(value, list) else [float(value)]
        return Figures(tuple(values))

    def constant(self, key: str) -> Any:
        """A value every round reports alike (a count of chunks, say); None if they differ."""
        seen = {json.dumps(result.get(key)) for result in self.results}
        return json.loads(seen.pop()) if len(seen) == 1 else None


def relative(path: Path) -> Path:
    """``path`` relative to the repository when it is inside it (commands in the report stay short
    and reproduce in any clone)."""
    try:
        return path.resolve().relative_to(REPO)
    except ValueError:
        return path


def command_line(env: PeerEnv, script: str, config: dict[str, Any]) -> list[str]:
    python = (
        env.python if env.python is not None else Path(".cache/bench-venvs") / env.peer.name / "bin/python"
    )
    return [
        str(relative(python)),
        "-E",
        "-s",
        str(relative(PEERS_DIR / script)),
        json.dumps(config, sort_keys=True),
    ]


def schedule(peers: Sequence[str], rounds: int) -> Iterator[str]:
    """Every peer once per round; each round starts one peer further along than the last."""
    for number in range(rounds):
        shift = number % len(peers) if peers else 0
        yield from [*peers[shift:], *peers[:shift]]


def _run_once(argv: list[str]) -> tuple[dict[str, Any] | None, str]:
    """Run one peer process; its last stdout line is the result."""
    try:
        done = subprocess.run(
            argv, check=False, cwd=REPO, capture_output=True, text=True, timeout=RUN_TIMEOUT_SECONDS
        )
    except subprocess.TimeoutExpired:
        return None, f"timed out after {RUN_TIMEOUT_SECONDS} s"
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        tail = " | ".join(done.stderr.strip().splitlines()[-3:])
        return None, f"exit {done.returncode}: {tail}"
    try:
        result: dict[str, Any] = json.loads(lines[-1])
    except ValueError:
        return None, f"unreadable output: {lines[-1][:200]}"
    return result, ""


def run_rounds(
    envs: dict[str, PeerEnv],
    peers: Sequence[str],
    script: str,
    config: dict[str, Any],
    rounds: int,
    *,
    pending: dict[str, str] | None = None,
) -> dict[str, Outcome]:
    """Run ``peers/<script>_<peer>.py`` for every peer, ``rounds`` times round-robin.

    ``pending`` names peers whose script may not exist yet (work planned elsewhere), with the
    reason shown as "not available"; any other missing script is an error in the harness.
    """
    pending = pending or {}
    scripts = {peer: f"{script}_{peer}.py" for peer in peers}
    commands = {peer: shlex.join(command_line(envs[env_name(peer)], scripts[peer], config)) for peer in peers}
    results: dict[str, list[dict[str, Any]]] = {peer: [] for peer in peers}
    failed: dict[str, Outcome] = {}
    for peer in peers:
        env = envs[env_name(peer)]
        if not (PEERS_DIR / scripts[peer]).exists():
            if peer not in pending:
                raise FileNotFoundError(PEERS_DIR / scripts[peer])
            failed[peer] = Outcome("", reason=pending[peer], label="not available")
        elif not env.ok:
            failed[peer] = Outcome(commands[peer], reason=f"not installed: {env.reason}")
    for peer in schedule([p for p in peers if p not in failed], rounds):
        if peer in failed:
            continue
        result, reason = _run_once(command_line(envs[env_name(peer)], scripts[peer], config))
        if result is None:
            print(f"[bench] {script}_{peer} failed: {reason}", file=sys.stderr, flush=True)
            failed[peer] = Outcome(commands[peer], reason=reason)
        else:
            results[peer].append(result)
    return {peer: failed.get(peer) or Outcome(commands[peer], tuple(results[peer])) for peer in peers}
