"""runcrate._datetimes: aware date-times only, one parser, errors naming the parameter."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from runcrate._datetimes import parse_datetime, to_iso, to_utc_z

PLUS_TWO = timezone(timedelta(hours=2))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-10-21T01:00:00Z", datetime(2026, 10, 21, 1, tzinfo=UTC)),
        ("2026-10-21T01:00:00z", datetime(2026, 10, 21, 1, tzinfo=UTC)),
        ("2026-10-21T03:00:00+02:00", datetime(2026, 10, 21, 1, tzinfo=UTC)),
        ("2026-10-21 03:00:00.250+02:00", datetime(2026, 10, 21, 1, 0, 0, 250000, tzinfo=UTC)),
        (datetime(2026, 10, 21, 3, tzinfo=PLUS_TWO), datetime(2026, 10, 21, 1, tzinfo=UTC)),
    ],
)
def test_parse_datetime_accepts_aware_values(value: datetime | str, expected: datetime) -> None:
    parsed = parse_datetime(value, name="when")
    assert parsed == expected
    assert parsed.utcoffset() is not None


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (datetime(2026, 10, 21, 1), "when must carry a time zone"),
        ("2026-10-21T01:00:00", "when must carry a time zone"),
        ("2026-10-21", "when must carry a time zone"),
        ("next tuesday", "when must be an ISO-8601 date-time"),
        (1_790_000_000, "when must be an aware datetime or an ISO-8601 string"),
        (date(2026, 10, 21), "when must be an aware datetime or an ISO-8601 string"),
    ],
)
def test_parse_datetime_rejects_what_could_mean_any_instant(value: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_datetime(value, name="when")  # type: ignore[arg-type]


def test_to_utc_z_sends_utc_with_milliseconds_and_z() -> None:
    assert to_utc_z("2026-10-21T03:00:00+02:00", name="run_at") == "2026-10-21T01:00:00.000Z"
    assert to_utc_z(datetime(2026, 10, 21, 1, 2, 3, 999999, tzinfo=UTC), name="run_at") == (
        "2026-10-21T01:02:03.999Z"
    )
    assert to_utc_z(datetime(999, 1, 2, tzinfo=UTC), name="run_at") == "0999-01-02T00:00:00.000Z"
    with pytest.raises(ValueError, match="run_at must carry a time zone"):
        to_utc_z(datetime(2026, 10, 21), name="run_at")


def test_to_iso_keeps_dates_as_dates_and_date_times_aware() -> None:
    assert to_iso(date(2026, 10, 1), name="from") == "2026-10-01"
    assert to_iso("2026-10-01", name="from") == "2026-10-01"
    assert to_iso("2026-10-01T00:00:00Z", name="from") == "2026-10-01T00:00:00+00:00"
    assert to_iso(datetime(2026, 10, 1, tzinfo=PLUS_TWO), name="from") == "2026-10-01T00:00:00+02:00"
    with pytest.raises(ValueError, match="to must carry a time zone"):
        to_iso(datetime(2026, 10, 1), name="to")
    with pytest.raises(ValueError, match="to must carry a time zone"):
        to_iso("2026-10-01T00:00:00", name="to")
    with pytest.raises(ValueError, match="to must be a date, an aware datetime or an ISO-8601 string"):
        to_iso(20261001, name="to")  # type: ignore[arg-type]
