"""What a benchmark produces: rows of per-peer figures, their ratios, and the bar each row answers to."""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from typing import Literal

PEER_ORDER = ("ours", "httpx", "official", "openai", "httpx_sse")


@dataclass(frozen=True)
class Figures:
    """One peer's figures for one row, one value per run (after warm-up)."""

    values: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    @property
    def low(self) -> float:
        return min(self.values)

    @property
    def high(self) -> float:
        return max(self.values)


@dataclass(frozen=True)
class NotMeasured:
    reason: str


Cell = Figures | NotMeasured


@dataclass(frozen=True)
class Bar:
    """A target for our figure: relative to a peer's (ratio ours ÷ peer) or absolute."""

    text: str
    op: Literal["<=", ">=", "<"]
    limit: float
    against: str | None = None
    """A peer name, or None for a bar on our own median."""

    def met(self, row: Row) -> bool | None:
        value = row.ratio(self.against) if self.against else row.median("ours")
        if value is None:
            return None
        if self.op == "<=":
            return value <= self.limit
        if self.op == ">=":
            return value >= self.limit
        return value < self.limit


@dataclass
class Row:
    section: str
    name: str
    unit: str
    better: Literal["lower", "higher"]
    cells: dict[str, Cell] = field(default_factory=dict)
    commands: dict[str, str] = field(default_factory=dict)
    bars: list[Bar] = field(default_factory=list)
    note: str = ""

    def median(self, peer: str) -> float | None:
        cell = self.cells.get(peer)
        return cell.median if isinstance(cell, Figures) else None

    def ratio(self, peer: str) -> float | None:
        """Our median divided by the peer's."""
        ours, theirs = self.median("ours"), self.median(peer)
        if ours is None or theirs is None or theirs == 0:
            return None
        return ours / theirs


@dataclass
class Section:
    key: str
    title: str
    method: str
    """How the figures were taken (the text under the section's table)."""
    rows: list[Row] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    """Further lines for the report (e.g. a linearity check)."""
