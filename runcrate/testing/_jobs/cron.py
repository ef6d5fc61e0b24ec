"""Five-field cron expressions for schedules: parsing, the 15-minute rule and the next run time.

Fields: minute, hour, day of month, month (``jan``-``dec`` too), day of week (0-7, 0 and 7 are
Sunday, ``sun``-``sat`` too). Each is ``*`` or a comma list of ``n``, ``a-b``, ``*/s``, ``a-b/s``
or ``a/s``. As in classic cron, when both day fields are restricted a day matching either runs.
The "runs at least 15 minutes apart" rule is checked on the minute field only: its values,
taken around the hour, must be at least 15 apart (``*/15`` passes, ``*/10`` and ``0,5`` fail).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

MIN_GAP_MINUTES = 15
SEARCH_DAYS = 5 * 366  # long enough for 29 February
_MONTHS = {
    name: i
    for i, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1
    )
}
_WEEKDAYS = {name: i for i, name in enumerate(("sun", "mon", "tue", "wed", "thu", "fri", "sat"))}
_FIELDS: tuple[tuple[str, int, int, dict[str, int]], ...] = (
    ("minute", 0, 59, {}),
    ("hour", 0, 23, {}),
    ("day of month", 1, 31, {}),
    ("month", 1, 12, _MONTHS),
    ("day of week", 0, 7, _WEEKDAYS),
)


class CronError(ValueError):
    """A cron expression the schedule routes refuse; the message says why."""


def _value(text: str, name: str, low: int, high: int, names: dict[str, int]) -> int:
    value = names.get(text.lower()) if text.lower() in names else int(text) if text.isdigit() else None
    if value is None or not low <= value <= high:
        raise CronError(f"{name} value {text!r} is not between {low} and {high}")
    return value


def _field(text: str, name: str, low: int, high: int, names: dict[str, int]) -> frozenset[int]:
    values: set[int] = set()
    for part in text.split(","):
        span, _, step_text = part.partition("/")
        step = int(step_text) if step_text.isdigit() and int(step_text) > 0 else None
        if step_text and step is None:
            raise CronError(f"{name} step {step_text!r} is not a positive integer")
        if span == "*":
            first, last = low, high
        elif "-" in span:
            start, _, end = span.partition("-")
            first, last = _value(start, name, low, high, names), _value(end, name, low, high, names)
        else:
            first = _value(span, name, low, high, names)
            last = high if step else first
        if first > last:
            raise CronError(f"{name} range {span!r} runs backwards")
        values.update(range(first, last + 1, step or 1))
    return frozenset(values)


@dataclass(frozen=True)
class Cron:
    minutes: frozenset[int]
    hours: frozenset[int]
    days: frozenset[int]
    months: frozenset[int]
    weekdays: frozenset[int]
    days_restricted: bool
    weekdays_restricted: bool

    @classmethod
    def parse(cls, text: str) -> Cron:
        """Parse and check an expression (CronError names the field at fault)."""
        parts = text.split()
        if len(parts) != len(_FIELDS):
            raise CronError(f"cron needs 5 fields (minute hour day month weekday), got {len(parts)}")
        minutes, hours, days, months, weekdays = (
            _field(part, *spec) for part, spec in zip(parts, _FIELDS, strict=True)
        )
        cron = cls(
            minutes,
            hours,
            days,
            months,
            frozenset(d % 7 for d in weekdays),
            days_restricted=parts[2] != "*",
            weekdays_restricted=parts[4] != "*",
        )
        cron._check_gap()
        return cron

    def _check_gap(self) -> None:
        ordered = sorted(self.minutes)
        gaps = [b - a for a, b in pairwise(ordered)] + [ordered[0] + 60 - ordered[-1]]
        if len(ordered) > 1 and min(gaps) < MIN_GAP_MINUTES:
            raise CronError(f"runs must be at least {MIN_GAP_MINUTES} minutes apart")

    def _runs_on(self, day: date) -> bool:
        if day.month not in self.months:
            return False
        on_day = day.day in self.days
        on_weekday = day.isoweekday() % 7 in self.weekdays
        if self.days_restricted and self.weekdays_restricted:
            return on_day or on_weekday
        return on_day and on_weekday

    def next_after(self, timestamp: float, timezone: str) -> float | None:
        """The first run strictly after ``timestamp`` (epoch seconds), read in ``timezone``."""
        zone = ZoneInfo(timezone)
        start = datetime.fromtimestamp(timestamp, zone).replace(second=0, microsecond=0) + timedelta(
            minutes=1
        )
        for offset in range(SEARCH_DAYS):
            day = start.date() + timedelta(days=offset)
            if not self._runs_on(day):
                continue
            for hour in sorted(self.hours):
                for minute in sorted(self.minutes):
                    moment = datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone)
                    if moment >= start:
                        return moment.timestamp()
        return None
