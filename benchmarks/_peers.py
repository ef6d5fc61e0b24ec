"""Running a peer script in its own environment and reading the JSON it prints."""

from __future__ import annotations

import json
import shlex
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks._results import Figures, NotMeasured
from benchmarks._venvs import REPO, PeerEnv

PEERS_DIR = Path(__file__).resolve().parent / "peers"
RUN_TIMEOUT_SECONDS = 900


@dataclass(frozen=True)
class Outcome:
    command: str
    result: dict[str, Any] | None
    reason: str = ""

    def figures(self, key: str) -> Figures | NotMeasured:
        if self.result is None:
            return NotMeasured(self.reason)
        value = self.result.get(key)
        if value is None:
            return NotMeasured(f"the script reported no {key!r}")
        values = value if isinstance(value, list) else [value]
        return Figures(tuple(float(v) for v in values))


def relative(path: Path) -> str:
    try:
        return str(path.relative_to(REPO))
    except ValueError:
        return str(path)


def command_line(env: PeerEnv, script: str, config: dict[str, Any]) -> list[str]:
    python = (
        env.python if env.python is not None else Path(".cache/bench-venvs") / env.peer.name / "bin/python"
    )
    return [relative(python), "-E", "-s", relative(PEERS_DIR / script), json.dumps(config, sort_keys=True)]


def run_script(env: PeerEnv, script: str, config: dict[str, Any]) -> Outcome:
    """Run ``benchmarks/peers/<script>`` with the peer's python; its last stdout line is the result."""
    argv = command_line(env, script, config)
    command = shlex.join(argv)
    if not env.ok:
        return Outcome(command, None, f"not installed: {env.reason}")
    try:
        done = subprocess.run(
            argv, check=False, cwd=REPO, capture_output=True, text=True, timeout=RUN_TIMEOUT_SECONDS
        )
    except subprocess.TimeoutExpired:
        return Outcome(command, None, f"timed out after {RUN_TIMEOUT_SECONDS} s")
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        tail = " | ".join(done.stderr.strip().splitlines()[-3:])
        return Outcome(command, None, f"exit {done.returncode}: {tail}")
    try:
        result: dict[str, Any] = json.loads(lines[-1])
    except ValueError:
        return Outcome(command, None, f"unreadable output: {lines[-1][:200]}")
    return Outcome(command, result)
