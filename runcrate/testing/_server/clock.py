"""A controllable clock, so tests advance the fake server's time instead of sleeping."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime


class Clock:
    """Monotonic fake time: real time scaled by ``speed``, plus explicit jumps.

    Every state machine in the fake server (instances provisioning, video and batch jobs)
    reads time from here, so ``advance(seconds)`` moves them all at once.
    """

    def __init__(self, *, speed: float = 1.0, start: datetime | None = None) -> None:
        self._lock = threading.Lock()
        self._speed = speed
        self._offset = 0.0
        self._real_anchor = time.monotonic()
        self._epoch = (start or datetime.now(UTC)).timestamp()

    def now(self) -> float:
        """Seconds since the Unix epoch, in fake time."""
        with self._lock:
            return self._epoch + (time.monotonic() - self._real_anchor) * self._speed + self._offset

    def now_datetime(self) -> datetime:
        return datetime.fromtimestamp(self.now(), UTC)

    @property
    def speed(self) -> float:
        """Fake seconds per real second."""
        with self._lock:
            return self._speed

    def advance(self, seconds: float) -> None:
        """Jump fake time forward."""
        if seconds < 0:
            raise ValueError(f"seconds must be >= 0, got {seconds!r}")
        with self._lock:
            self._offset += seconds

    def set_speed(self, speed: float) -> None:
        """Change how many fake seconds pass per real second (without a jump)."""
        if speed < 0:
            raise ValueError(f"speed must be >= 0, got {speed!r}")
        with self._lock:
            real_now = time.monotonic()
            self._offset += (real_now - self._real_anchor) * self._speed
            self._real_anchor = real_now
            self._speed = speed


def iso(timestamp: float) -> str:
    """RFC 3339 UTC with milliseconds and a ``Z`` suffix, as the API sends timestamps."""
    return datetime.fromtimestamp(timestamp, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def parse_timestamp(raw: object) -> float:
    """An ISO-8601 date-time with an offset (or ``Z``) as epoch seconds; ValueError says why not."""
    if not isinstance(raw, str):
        raise ValueError("must be an ISO-8601 date-time string")
    try:
        moment = datetime.fromisoformat(raw)
    except ValueError:
        raise ValueError(f"must be an ISO-8601 date-time, got {raw!r}") from None
    if moment.tzinfo is None:
        raise ValueError("must carry a UTC offset or Z")
    return moment.timestamp()
