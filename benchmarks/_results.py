"""What a benchmark produces: rows of per-peer figures, their ratios, and the bars they answer to.

Peers run round-robin, one fresh process per peer per round, so a peer's figures are one value
per round and the i-th values of two peers were taken minutes apart at most. Ratios are therefore
taken round by round, and a verdict is only "met" or "missed" when every round agrees: a spread
that straddles the bar is "inconclusive".
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from typing import Literal

PEER_ORDER = ("ours", "ours_aiohttp", "httpx", "aiohttp", "official", "openai", "httpx_sse")


@dataclass(frozen=True)
class Figures:
    """A set of figures: one per round (after each process's own warm-up), or per-round ratios."""

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
    label: str = "not measured"
    """"not available" for a subject that does not exist yet (not a failure)."""


Cell = Figures | NotMeasured


def ratios(ours: Figures, theirs: Figures) -> Figures | None:
    """Ours ÷ theirs, round by round when both ran the same rounds, else every pairing."""
    if 0 in theirs.values:
        return None
    if len(ours.values) == len(theirs.values):
        return Figures(tuple(a / b for a, b in zip(ours.values, theirs.values, strict=True)))
    return Figures(tuple(a / b for a in ours.values for b in theirs.values))


Status = Literal["met", "missed", "inconclusive", "not measured", "not available"]


@dataclass(frozen=True)
class Verdict:
    status: Status
    figures: Figures | None = None
    """The figures judged: the subject's own, or its per-round ratios to the peer."""


@dataclass(frozen=True)
class Bar:
    """A target: on the subject's own figures, or on its ratio to a peer (subject ÷ peer)."""

    text: str
    op: Literal["<=", ">=", "<"]
    limit: float
    against: str | None = None
    """A peer name, or None for a bar on the subject's own figures."""
    subject: str = "ours"

    def holds(self, value: float) -> bool:
        if self.op == "<=":
            return value <= self.limit
        if self.op == ">=":
            return value >= self.limit
        return value < self.limit

    def judge(self, row: Row) -> Verdict:
        """Met or missed when every round agrees; inconclusive when the rounds straddle the limit."""
        for peer in (self.subject, self.against):
            cell = row.cells.get(peer) if peer else None
            if isinstance(cell, NotMeasured):
                return Verdict(cell.label if cell.label == "not available" else "not measured")
        figures = row.ratio(self.subject, self.against) if self.against else row.figures(self.subject)
        if figures is None:
            return Verdict("not measured")
        held = [self.holds(value) for value in figures.values]
        if all(held):
            return Verdict("met", figures)
        if not any(held):
            return Verdict("missed", figures)
        return Verdict("inconclusive", figures)


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

    def figures(self, peer: str) -> Figures | None:
        cell = self.cells.get(peer)
        return cell if isinstance(cell, Figures) else None

    def median(self, peer: str) -> float | None:
        figures = self.figures(peer)
        return None if figures is None else figures.median

    def ratio(self, subject: str, peer: str) -> Figures | None:
        """The subject's figures divided by the peer's, round by round."""
        mine, theirs = self.figures(subject), self.figures(peer)
        if mine is None or theirs is None:
            return None
        return ratios(mine, theirs)


@dataclass
class Section:
    key: str
    title: str
    method: str
    """How the figures were taken (the text under the section's table)."""
    rows: list[Row] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    """Further lines for the report (e.g. a linearity check)."""
    load: tuple[tuple[float, ...], tuple[float, ...]] | None = None
    """The load average (1, 5, 15 min) when the section started and when it ended."""
