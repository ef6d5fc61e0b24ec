"""What every benchmark module gets: the peer environments, the recorded data, and the run sizes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks._peers import Outcome, run_rounds
from benchmarks._results import Row
from benchmarks._venvs import PeerEnv

API_KEY = "rc_live_" + "0123456789abcdef" * 2
"""A key in the documented format; in-process transports and the replay server accept any."""


@dataclass
class Context:
    envs: dict[str, PeerEnv]
    data: Path
    """The recorded responses, relative to the repository (peer processes run there)."""
    quick: bool

    def size(self, full: int, quick: int) -> int:
        return quick if self.quick else full

    def rounds(
        self,
        peers: Sequence[str],
        script: str,
        config: dict[str, Any],
        rounds: int,
        *,
        pending: dict[str, str] | None = None,
    ) -> dict[str, Outcome]:
        """Run ``<script>_<peer>.py`` for each peer, round-robin, a fresh process each time."""
        return run_rounds(self.envs, peers, script, config, rounds, pending=pending)

    def fill(self, row: Row, outcomes: dict[str, Outcome], key: str) -> Row:
        """Put each peer's figures under ``key`` (and its command) into ``row``."""
        for peer, outcome in outcomes.items():
            row.cells[peer] = outcome.figures(key)
            row.commands[peer] = outcome.command
        return row
