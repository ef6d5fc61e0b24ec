"""The watchdog thread: shuts a socket whose deadline has passed, which ends a blocking read in it.

httpx bounds each socket read of the sync client on its own, so a server that sends one byte just
before every read timeout keeps a call alive forever. One daemon thread per process (started on
first use, gone when nothing is watched) sleeps until the earliest deadline it watches; when an
alarm's deadline has moved on (a stream's idle timer restarts on every event), it sleeps again
instead of firing. Arming, restarting and cancelling cost a few microseconds: no thread per call,
and no wake-up per call.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import math
import os
import socket
import threading
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from runcrate._deadline import Deadline

__all__ = ["Alarm", "watchdog"]


class Alarm:
    """Shut ``sock`` once ``deadline`` has passed, unless cancelled first."""

    __slots__ = ("armed", "cancelled", "deadline", "fired", "sock")

    def __init__(self, deadline: Deadline, sock: socket.socket) -> None:
        self.deadline = deadline
        self.sock: socket.socket | None = sock
        self.armed = False
        self.cancelled = False
        self.fired = False

    def cancel(self) -> None:
        """Disarm (safe to call more than once); the socket is no longer referenced."""
        watchdog.forget(self)

    def _fire(self) -> None:
        self.fired = True
        # The base class's shutdown: on a TLS socket it ends the blocked read without touching the
        # TLS state the reading thread is using.
        with contextlib.suppress(OSError):
            socket.socket.shutdown(self.sock, socket.SHUT_RDWR)  # type: ignore[arg-type]


class _Watchdog:
    """The alarms in a heap by due time, and the one thread that sleeps until the first is due.

    A call disarms its alarm long before it is due, so cancelled alarms are dropped from the heap
    as soon as they outnumber the armed ones (at once when none is left), and the thread is woken
    only for an alarm due earlier than it already sleeps: calls one after another never wake it.
    """

    def __init__(self) -> None:
        self._reset()
        os.register_at_fork(after_in_child=self._reset)  # a forked child has no watchdog thread

    def _reset(self) -> None:
        self._wake = threading.Condition()
        self._due: list[tuple[float, int, Alarm]] = []
        self._armed = 0
        self._order = itertools.count()
        self._thread: threading.Thread | None = None
        self._sleeping_until = math.inf

    def watch(self, alarm: Alarm) -> None:
        remaining = alarm.deadline.remaining()
        if remaining is None:
            return
        due = time.monotonic() + remaining
        with self._wake:
            heapq.heappush(self._due, (due, next(self._order), alarm))
            alarm.armed = True
            self._armed += 1
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="runcrate-watchdog", daemon=True)
                self._thread.start()
            elif due < self._sleeping_until:
                self._wake.notify()

    def forget(self, alarm: Alarm) -> None:
        with self._wake:
            if alarm.cancelled:
                return
            alarm.cancelled = True
            alarm.sock = None
            if not alarm.armed:
                return
            alarm.armed = False
            self._armed -= 1
            if not self._armed:
                self._due.clear()
            elif len(self._due) > 2 * self._armed:
                self._due = [entry for entry in self._due if not entry[2].cancelled]
                heapq.heapify(self._due)

    def _run(self) -> None:
        with self._wake:
            while True:
                while self._due and self._due[0][2].cancelled:
                    heapq.heappop(self._due)
                if not self._due:
                    self._thread = None
                    return
                due, _, alarm = self._due[0]
                delay = due - time.monotonic()
                if delay > 0:
                    self._sleeping_until = due
                    self._wake.wait(delay)
                    self._sleeping_until = math.inf
                    continue
                heapq.heappop(self._due)
                remaining = alarm.deadline.remaining()
                if remaining is not None and remaining > 0:  # restarted meanwhile: watch it again
                    heapq.heappush(self._due, (time.monotonic() + remaining, next(self._order), alarm))
                    continue
                # Under the lock: a call that finished meanwhile has cancelled it, and a call that
                # cancels now waits for the shutdown, so a pooled connection is never shut later.
                alarm.armed = False
                self._armed -= 1
                alarm._fire()


watchdog = _Watchdog()
