"""Deadlines: the one kind of time limit the SDK keeps, for an attempt, a stream's silence or a waiter.

A :class:`Deadline` is a point in time on a clock. Whatever runs under it gets what is left: an
attempt's httpx timeouts are cut to the time left (:meth:`Deadline.cap`), a waiter's sleep too
(:meth:`Deadline.cut`), and a body still being read when the deadline passes is stopped:

* in the async client by a cancel scope (:func:`async_guard`);
* in the sync client, whose blocking reads httpx bounds only one by one, by shutting the
  connection's socket from the watchdog thread (:func:`sync_guard`). Where there is no socket of
  its own to shut (HTTP/2 shares one connection; a custom transport may have none), each read is
  still cut to the time left when the attempt started.

A waiter makes its deadline the *current* one (:meth:`Deadline.applied`) around the requests it
sends; the transport then never lets an attempt or a wait between retries run past it.
"""

from __future__ import annotations

import builtins
import contextlib
import math
import socket
import time
from collections.abc import Callable, Generator
from contextvars import ContextVar
from typing import cast

import httpx

from runcrate._watchdog import Alarm, watchdog

__all__ = [
    "Backoff",
    "DEADLINE_EXTENSION",
    "Deadline",
    "DeadlineExceeded",
    "async_guard",
    "check_in_time",
    "check_seconds",
    "current_deadline",
    "own_socket",
    "sending_under",
    "sync_guard",
    "time_left_for_io",
]

DEADLINE_EXTENSION = "runcrate_deadline"
"""Where the transport leaves an attempt's deadline on its response, for bodies read after it returns."""

_CURRENT: ContextVar[Deadline | None] = ContextVar("runcrate_deadline", default=None)
_SENDING: ContextVar[Deadline | None] = ContextVar("runcrate_sending", default=None)


class DeadlineExceeded(httpx.TimeoutException):
    """An attempt (or a stream's silence) outlasted its deadline; the transport reports it as
    :class:`~runcrate.TimeoutError` and retries it like any other timeout."""


class Deadline:
    """``seconds`` from now on ``clock`` (``None``: never). :meth:`restart` moves it ``seconds`` on."""

    __slots__ = ("_at", "clock", "seconds")

    def __init__(self, seconds: float | None, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.seconds = seconds
        self.clock = clock
        self._at = None if seconds is None else clock() + seconds

    @classmethod
    def for_wait(cls, name: str, seconds: object, *, clock: Callable[[], float]) -> Deadline:
        """A waiter's deadline from its ``timeout`` argument: positive seconds, or ``None`` for none."""
        if seconds is not None and not _is_seconds(seconds):
            raise ValueError(
                f"{name} must be a positive number of seconds (or None for no limit), got {seconds!r}"
            )
        return cls(cast("float | None", seconds), clock=clock)

    def restart(self) -> None:
        """Start counting the same number of seconds again from now (a stream's idle timer)."""
        if self.seconds is not None:
            self._at = self.clock() + self.seconds

    def remaining(self) -> float | None:
        """Seconds left (negative once passed); ``None`` without a limit."""
        return None if self._at is None else self._at - self.clock()

    def passed(self) -> bool:
        remaining = self.remaining()
        return remaining is not None and remaining <= 0

    def cut(self, seconds: float) -> float:
        """``seconds``, or less when fewer are left (never negative)."""
        remaining = self.remaining()
        return seconds if remaining is None else max(0.0, min(seconds, remaining))

    def cap(self, timeout: httpx.Timeout) -> httpx.Timeout:
        """``timeout`` with each phase cut to the time left (a phase without a limit gets the time left)."""
        remaining = self.remaining()
        if remaining is None:
            return timeout
        left = max(remaining, 0.0)

        def capped(phase: float | None) -> float:
            return left if phase is None else min(phase, left)

        return httpx.Timeout(
            connect=capped(timeout.connect),
            read=capped(timeout.read),
            write=capped(timeout.write),
            pool=capped(timeout.pool),
        )

    def earliest(self, other: Deadline | None) -> Deadline:
        """Whichever of the two ends first (``self`` on a tie or when ``other`` is ``None``)."""
        if other is None or other._at is None:
            return self
        if self._at is None:
            return other
        return other if other.remaining() < self.remaining() else self  # type: ignore[operator]

    @contextlib.contextmanager
    def applied(self) -> Generator[None]:
        """Make this the current deadline of every request sent inside the block (the earlier one
        wins when a deadline is already current)."""
        token = _CURRENT.set(self.earliest(_CURRENT.get()))
        try:
            yield
        finally:
            _CURRENT.reset(token)

    @contextlib.contextmanager
    def bounding(self, expired: Callable[[], Exception]) -> Generator[None]:
        """:meth:`applied` for a waiter: a ``TimeoutError`` out of the block once this deadline has
        passed becomes ``expired()`` (the waiter's own error, chained to it)."""
        try:
            with self.applied():
                yield
        except builtins.TimeoutError as error:
            if not self.passed():
                raise
            raise expired() from error

    def __repr__(self) -> str:
        return f"<Deadline {self.seconds} s, {self.remaining()} s left>"


def _is_seconds(value: object) -> bool:
    return (
        isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value) and value > 0
    )


def check_seconds(name: str, value: object) -> None:
    """A waiter's interval argument must be a positive, finite number of seconds."""
    if not _is_seconds(value):
        raise ValueError(f"{name} must be a positive number of seconds, got {value!r}")


class Backoff:
    """A backing-off waiter's waits between polls: ``poll_interval``, doubling up to
    ``max_poll_interval`` (both checked: positive seconds, the first no larger than the second)."""

    def __init__(self, poll_interval: float, max_poll_interval: float) -> None:
        check_seconds("poll_interval", poll_interval)  # a caller's values, whatever their annotation
        check_seconds("max_poll_interval", max_poll_interval)
        if max_poll_interval < poll_interval:
            raise ValueError(
                f"max_poll_interval ({max_poll_interval!r}) must be >= poll_interval ({poll_interval!r})"
            )
        self._next = poll_interval
        self._max = max_poll_interval

    def next(self) -> float:
        """The wait before the next poll."""
        wait = self._next
        self._next = min(wait * 2, self._max)
        return wait


def current_deadline() -> Deadline | None:
    """The deadline a waiter set around the current request, if any."""
    return _CURRENT.get()


@contextlib.contextmanager
def sending_under(deadline: Deadline) -> Generator[None]:
    """Socket waits of the sync client's own pool inside the block end by ``deadline``: sending a
    request and reading its status line and headers (see :mod:`runcrate._deadline_backend`)."""
    token = _SENDING.set(deadline)
    try:
        yield
    finally:
        _SENDING.reset(token)


def time_left_for_io() -> float | None:
    """Seconds a socket wait may take under :func:`sending_under` (never negative); ``None`` outside."""
    deadline = _SENDING.get()
    remaining = None if deadline is None else deadline.remaining()
    return None if remaining is None else max(remaining, 0.0)


def exceeded(deadline: Deadline, what: str) -> DeadlineExceeded:
    return DeadlineExceeded(f"{what} took longer than {deadline.seconds:g} s")


def own_socket(response: httpx.Response) -> socket.socket | None:
    """The response's socket when the connection is its alone (HTTP/1.1), else ``None``."""
    if response.extensions.get("http_version", b"HTTP/1.1") != b"HTTP/1.1":
        return None
    stream = response.extensions.get("network_stream")
    get_extra_info = getattr(stream, "get_extra_info", None)
    sock = get_extra_info("socket") if callable(get_extra_info) else None
    return sock if isinstance(sock, socket.socket) else None


@contextlib.contextmanager
def sync_guard(response: httpx.Response, deadline: Deadline | None, what: str) -> Generator[Alarm | None]:
    """Reads of ``response`` inside the block stop at ``deadline`` with :class:`DeadlineExceeded`
    (whatever failed after the watchdog shut the socket, or seemed to succeed, failed because of it).

    Yields the alarm (``None`` when nothing can be armed), whose deadline may be restarted.
    """
    sock = own_socket(response)
    if deadline is None or deadline.remaining() is None or sock is None:
        yield None
        return
    alarm = Alarm(deadline, sock)
    watchdog.watch(alarm)
    try:
        yield alarm
    except Exception as exc:  # a read failing, or a body cut short failing to parse
        if alarm.fired:
            raise exceeded(deadline, what) from exc
        raise
    else:
        if alarm.fired:  # a body that ends when the connection closes looked complete
            raise exceeded(deadline, what)
    finally:
        alarm.cancel()


def check_in_time(response: httpx.Response, what: str) -> None:
    """Raise :class:`DeadlineExceeded` if the deadline of the attempt that read ``response`` has
    passed: a body cut short by the watchdog may look complete when its end is the connection's."""
    deadline = response.extensions.get(DEADLINE_EXTENSION)
    if isinstance(deadline, Deadline) and deadline.passed():
        raise exceeded(deadline, what)


@contextlib.contextmanager
def async_guard(deadline: Deadline | None, what: str) -> Generator[None]:
    """Awaits inside the block are cancelled at ``deadline``, which then raises :class:`DeadlineExceeded`."""
    remaining = None if deadline is None else deadline.remaining()
    if remaining is None:
        yield
        return
    assert deadline is not None
    import anyio  # noqa: PLC0415 (async calls only: a sync client does not import it)

    with anyio.move_on_after(max(remaining, 0.0)) as scope:
        yield
    if scope.cancelled_caught:
        raise exceeded(deadline, what)
