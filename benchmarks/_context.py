"""What every benchmark module gets: the peer environments, the recorded data, and the run sizes."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks._peers import Outcome, run_script
from benchmarks._results import Row
from benchmarks._venvs import PeerEnv

API_KEY = "rc_live_" + "0123456789abcdef" * 2
"""A key in the documented format; in-process transports and the replay server accept any."""


@dataclass
class Context:
    envs: dict[str, PeerEnv]
    data: Path
    quick: bool

    def size(self, full: int, quick: int) -> int:
        return quick if self.quick else full

    def run(self, peer: str, script: str, config: dict[str, Any]) -> Outcome:
        return run_script(self.envs[peer], script, config)

    def fill(self, row: Row, outcomes: dict[str, Outcome], key: str) -> Row:
        """Put each peer's figures under ``key`` (and its command) into ``row``."""
        for peer, outcome in outcomes.items():
            row.cells[peer] = outcome.figures(key)
            row.commands[peer] = outcome.command
        return row

    def run_peers(self, peers: Iterable[str], script: str, config: dict[str, Any]) -> dict[str, Outcome]:
        """Run ``<script>_<peer>.py`` for each peer with the same settings."""
        return {peer: self.run(peer, f"{script}_{peer}.py", config) for peer in peers}
