"""The watchdog thread: shuts a socket whose deadline has passed, which ends a blocking read in it.

httpx bounds each socket read of the sync client on its own, so a server that sends one byte just
before every read timeout keeps a call alive forever. One daemon thread per process (started on
first use, gone when nothing is watched) sleeps until the earliest deadline it watches; when an
alarm's deadline has moved on (a stream's idle timer restarts on every event), it sleeps again
instead of firing. Arming, restarting and cancelling cost a few microseconds: no thread per call.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
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

    __slots__ = ("cancelled", "deadline", "fired", "sock")

    def __init__(self, deadline: Deadline, sock: socket.socket) -> None:
        self.deadline = deadline
        self.sock = sock
        self.cancelled = False
        self.fired = False

    def cancel(self) -> None:
        self.cancelled = True

    def fire(self) -> None:
        self.fired = True
        # The base class's shutdown: on a TLS socket it ends the blocked read without touching the
        # TLS state the reading thread is using.
        with contextlib.suppress(OSError):
            socket.socket.shutdown(self.sock, socket.SHUT_RDWR)


class _Watchdog:
    def __init__(self) -> None:
        self._reset()
        os.register_at_fork(after_in_child=self._reset)  # a forked child has no watchdog thread

    def _reset(self) -> None:
        self._wake = threading.Condition()
        self._due: list[tuple[float, int, Alarm]] = []
        self._order = itertools.count()
        self._thread: threading.Thread | None = None

    def watch(self, alarm: Alarm) -> None:
        remaining = alarm.deadline.remaining()
        if remaining is None:
            return
        with self._wake:
            heapq.heappush(self._due, (time.monotonic() + remaining, next(self._order), alarm))
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="runcrate-watchdog", daemon=True)
                self._thread.start()
            elif self._due[0][2] is alarm:
                self._wake.notify()

    def _run(self) -> None:
        while True:
            with self._wake:
                if not self._due:
                    self._thread = None
                    return
                due, _, alarm = self._due[0]
                delay = due - time.monotonic()
                if delay > 0:
                    self._wake.wait(delay)
                    continue
                heapq.heappop(self._due)
                if alarm.cancelled:
                    continue
                remaining = alarm.deadline.remaining()
                if remaining is not None and remaining > 0:  # restarted meanwhile: watch it again
                    heapq.heappush(self._due, (time.monotonic() + remaining, next(self._order), alarm))
                    continue
            alarm.fire()


watchdog = _Watchdog()
