"""The retry policy, free of I/O: told what happened, it answers "retry after N seconds" or "stop".

The sync and async transports both drive a :class:`RetryController`; neither decides anything itself.
The policy is the table in ``docs/transport.md``.
"""

from __future__ import annotations

import enum
import math
import random
import time
from collections.abc import Callable
from datetime import UTC
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, NamedTuple

import httpx

if TYPE_CHECKING:
    from runcrate._deadline import Deadline

__all__ = [
    "BACKOFF_INITIAL",
    "BACKOFF_MAX",
    "BACKOFF_JITTER",
    "IN_PROGRESS_BUDGET",
    "IN_PROGRESS_MIN_WAIT",
    "RETRY_AFTER_CAP",
    "Failure",
    "Retry",
    "RetryClass",
    "RetryController",
    "Stop",
    "backoff_delay",
    "parse_retry_after",
]

BACKOFF_INITIAL = 0.5
"""Seconds before the first retry without a ``Retry-After``; doubled for each further retry."""
BACKOFF_MAX = 8.0
"""Upper bound of the exponential backoff, before jitter."""
BACKOFF_JITTER = 0.25
"""The backoff is multiplied by a uniform factor in [1 - 0.25, 1 + 0.25]."""
RETRY_AFTER_CAP = 60.0
"""The longest server-requested wait the SDK sleeps through; a longer one raises at once."""
IN_PROGRESS_MIN_WAIT = 3.0
"""Minimum wait before asking again after 409 ``idempotency_in_progress``."""
IN_PROGRESS_BUDGET = 150.0
"""How long (from the first attempt) a call keeps asking while its idempotency key is in progress:
longer than the slowest deduplicated route (a job submit may take 135 s)."""

IN_PROGRESS_REASON = "idempotency_in_progress"
NEVER_RETRIED_CODE = "launch_refused"


class RetryClass(enum.Enum):
    """How safe it is to send a request again."""

    REPEATABLE = "repeatable"
    """Reads, PUT/PATCH/DELETE, POSTs marked idempotent, and inference: repeating has no extra effect."""
    UNSAFE = "unsafe"
    """Other infrastructure POSTs (billed creates): retried only when provably not acted on."""


class Failure(enum.Enum):
    """A request that got no response."""

    NOT_SENT = "connection failed"
    """The request never left: connect error, connect timeout, pool timeout."""
    TIMEOUT = "timed out"
    """Sent (perhaps partly) but no answer in time."""
    DROPPED = "connection dropped"
    """The connection broke after the request was sent."""


def classify_failure(exc: httpx.TransportError) -> Failure:
    if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout):
        return Failure.NOT_SENT
    if isinstance(exc, httpx.TimeoutException):
        return Failure.TIMEOUT
    return Failure.DROPPED


class Retry(NamedTuple):
    wait: float
    reason: str


class Stop(NamedTuple):
    """Do not retry; ``retry_after`` is set when the server asked for a wait longer than the cap."""

    retry_after: float | None = None


Decision = Retry | Stop

_REPEATABLE_STATUSES = frozenset({408, 429, *range(500, 600)})
_UNSAFE_STATUSES = frozenset({429, 503})


def backoff_delay(retry_index: int, rand: Callable[[], float] = random.random) -> float:
    """``min(0.5 * 2**n, 8) * (1 ± 25 %)`` for the n-th retry (0-based)."""
    base = min(BACKOFF_INITIAL * 2.0 ** min(retry_index, 32), BACKOFF_MAX)
    return base * (1.0 + BACKOFF_JITTER * (2.0 * rand() - 1.0))


def _finite_non_negative(value: float) -> float | None:
    return value if math.isfinite(value) and value >= 0 else None


def parse_retry_after(headers: httpx.Headers, now: Callable[[], float] = time.time) -> float | None:
    """Seconds to wait from ``retry-after-ms``, else ``Retry-After`` (seconds or an HTTP date).

    Non-finite or negative values are ignored (``None``); a date in the past means 0.
    """
    raw_ms = headers.get("retry-after-ms")
    if raw_ms:
        try:
            seconds = _finite_non_negative(float(raw_ms) / 1000.0)
        except ValueError:
            seconds = None
        if seconds is not None:
            return seconds
    raw = headers.get("retry-after")
    if not raw:
        return None
    try:
        return _finite_non_negative(float(raw))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # HTTP dates are GMT; "-0000" or no zone parses as naive
        when = when.replace(tzinfo=UTC)
    return max(0.0, when.timestamp() - now())


class RetryController:
    """One logical call's retry state: feed it each outcome, follow its decision.

    ``max_retries`` bounds error retries; the 409 ``idempotency_in_progress`` re-asks are bounded by
    ``in_progress_budget`` seconds instead, and happen only when the call sent an idempotency key.
    No retry is made whose wait would end after ``deadline`` (a waiter's).
    """

    __slots__ = (
        "attempts",
        "clock",
        "deadline",
        "in_progress_asks",
        "in_progress_budget",
        "max_retries",
        "rand",
        "retries",
        "retry_class",
        "sent_idempotency_key",
        "started",
        "wall_clock",
    )

    def __init__(
        self,
        *,
        retry_class: RetryClass,
        max_retries: int,
        sent_idempotency_key: bool,
        clock: Callable[[], float] = time.monotonic,
        rand: Callable[[], float] = random.random,
        wall_clock: Callable[[], float] = time.time,
        in_progress_budget: float = IN_PROGRESS_BUDGET,
        deadline: Deadline | None = None,
    ) -> None:
        self.retry_class = retry_class
        self.max_retries = max_retries
        self.sent_idempotency_key = sent_idempotency_key
        self.clock = clock
        self.rand = rand
        self.wall_clock = wall_clock
        self.in_progress_budget = in_progress_budget
        self.deadline = deadline
        self.retries = 0
        """Error retries made so far."""
        self.in_progress_asks = 0
        self.attempts = 1
        self.started = clock()

    def after_response(
        self, status: int, headers: httpx.Headers, code: str | None, reason: str | None
    ) -> Decision:
        """Decide after an error response (``code`` and ``details.reason`` from its body, if any)."""
        retry_after = parse_retry_after(headers, self.wall_clock)
        if retry_after is not None and retry_after > RETRY_AFTER_CAP:
            return Stop(retry_after=retry_after)
        if status == 409 and self.sent_idempotency_key and (reason or "").lower() == IN_PROGRESS_REASON:
            return self._in_progress(retry_after)
        if (code or "").lower() == NEVER_RETRIED_CODE:
            return Stop()
        allowed = _REPEATABLE_STATUSES if self.retry_class is RetryClass.REPEATABLE else _UNSAFE_STATUSES
        if status not in allowed:
            return Stop()
        return self._counted(retry_after, f"HTTP {status}")

    def after_failure(self, failure: Failure) -> Decision:
        """Decide after a request that got no response."""
        if self.retry_class is RetryClass.UNSAFE and failure is not Failure.NOT_SENT:
            return Stop()
        return self._counted(None, failure.value)

    def _counted(self, retry_after: float | None, reason: str) -> Decision:
        if self.retries >= self.max_retries:
            return Stop()
        wait = retry_after if retry_after is not None else backoff_delay(self.retries, self.rand)
        if not self._fits(wait):
            return Stop()
        self.retries += 1
        self.attempts += 1
        return Retry(wait=wait, reason=reason)

    def _in_progress(self, retry_after: float | None) -> Decision:
        base = retry_after if retry_after is not None else backoff_delay(self.in_progress_asks, self.rand)
        wait = max(base, IN_PROGRESS_MIN_WAIT)
        if self.clock() - self.started + wait > self.in_progress_budget or not self._fits(wait):
            return Stop()
        self.in_progress_asks += 1
        self.attempts += 1
        return Retry(wait=wait, reason=f"409 {IN_PROGRESS_REASON}")

    def _fits(self, wait: float) -> bool:
        """A retry after ``wait`` seconds would still start before the deadline."""
        remaining = None if self.deadline is None else self.deadline.remaining()
        return remaining is None or wait < remaining
