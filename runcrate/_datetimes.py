"""Date-times in request parameters: aware values only, one ISO-8601 parser, errors naming the parameter.

A date-time the API receives must say which instant it means, so a naive ``datetime`` (or a string
without an offset) is refused instead of being read in the machine's local time zone. Strings are
parsed with ``datetime.fromisoformat`` (the same rules on every supported Python, 3.11+), plus a
trailing lowercase ``z``.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import cast

__all__ = ["parse_datetime", "to_iso", "to_utc_z"]


def _from_string(value: str, name: str) -> datetime:
    text = value.strip()
    if text.endswith("z"):
        text = text[:-1] + "Z"
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(
            f"{name} must be an ISO-8601 date-time with a UTC offset or Z "
            f"(e.g. '2026-10-21T01:00:00Z'), got {value!r}"
        ) from None


def parse_datetime(value: datetime | str, *, name: str) -> datetime:
    """``value`` as an aware ``datetime``; a naive value or another type raises ``ValueError`` naming it."""
    given = cast(object, value)  # checked at run time too: callers pass what users give
    if isinstance(given, str):
        moment = _from_string(given, name)
    elif isinstance(given, datetime):
        moment = given
    else:
        raise ValueError(
            f"{name} must be an aware datetime or an ISO-8601 string with an offset, "
            f"got {type(value).__name__}"
        )
    if moment.utcoffset() is None:
        raise ValueError(
            f"{name} must carry a time zone (an aware datetime, or a string ending in Z or +HH:MM); "
            f"got the naive value {value!r}, which could mean any instant"
        )
    return moment


def to_utc_z(value: datetime | str, *, name: str) -> str:
    """UTC with millisecond precision and a ``Z`` suffix, e.g. ``2026-10-21T01:00:00.000Z``.

    Sub-millisecond digits are dropped (not rounded, so the result never moves to the next second).
    """
    moment = parse_datetime(value, name=name).astimezone(UTC).replace(tzinfo=None)
    return moment.isoformat(timespec="milliseconds") + "Z"


def to_iso(value: date | datetime | str, *, name: str) -> str:
    """A date (``YYYY-MM-DD``) or an aware date-time as ISO-8601 text, for date parameters that take both.

    A ``date``, or a string that is a date alone, stays a date; anything with a time must be aware
    and keeps its offset.
    """
    given = cast(object, value)  # checked at run time too: callers pass what users give
    if isinstance(given, datetime):
        return parse_datetime(given, name=name).isoformat()
    if isinstance(given, date):
        return given.isoformat()
    if isinstance(given, str):
        try:
            return date.fromisoformat(given.strip()).isoformat()
        except ValueError:
            return parse_datetime(given, name=name).isoformat()
    raise ValueError(
        f"{name} must be a date, an aware datetime or an ISO-8601 string, got {type(value).__name__}"
    )
