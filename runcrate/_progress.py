"""Byte counts of a transfer (an upload, a download, the files of ``download_all``), told to the
caller's ``on_progress`` as they grow.

``on_progress(bytes_done, bytes_total)`` is called after each piece sent or written, with the bytes
done so far and the total when it is known (else ``None``); the last call says ``bytes_total``
bytes, and an empty file is told once, as done. One :class:`Progress` may count several files in
a row (their bytes add up). An attempt retried from the start counts its file again from where that
file began, but the callback is told only counts beyond the largest it has seen, so what it sees
never goes back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from runcrate._callbacks import async_notify, notify

__all__ = ["OnProgress", "Progress", "progress_of"]

OnProgress = Callable[[int, int | None], Any]
"""``on_progress(bytes_done, bytes_total)``; on ``AsyncRuncrate`` it may be an async function."""

_NAME = "on_progress"


class Progress:
    """The running count of one or more files moving, and the callback to tell."""

    def __init__(self, callback: OnProgress, total: int | None) -> None:
        self._callback = callback
        self.total = total
        self._done = 0  # the files finished, plus what the current attempt has moved
        self._file_start = 0  # the files finished before the current one
        self._told = -1  # the largest count told so far

    def learn_total(self, response: httpx.Response) -> None:
        """Without a known total, take the body's ``Content-Length`` (when it counts the bytes as
        they will be written: no ``Content-Encoding``)."""
        length = response.headers.get("content-length", "")
        encoded = response.headers.get("content-encoding", "identity").strip().lower() != "identity"
        if self.total is None and not encoded and length.isascii() and length.isdigit():
            self.total = int(length)

    def restart_file(self) -> None:
        """An attempt at the current file begins: forget what an earlier attempt had counted of it."""
        self._done = self._file_start

    def _moved(self, size: int) -> bool:
        """Count ``size`` more bytes; True when the count is news to the callback."""
        self._done += size
        if self._done <= self._told:
            return False
        self._told = self._done
        return True

    def _finished(self) -> bool:
        """The current file is complete (the next counts on from here); True when that is news."""
        self._file_start = self._done
        return self._moved(0)

    async def async_add(self, size: int) -> None:
        if self._moved(size):
            await async_notify(_NAME, self._callback, self._done, self.total)

    def add(self, size: int) -> None:
        if self._moved(size):
            notify(_NAME, self._callback, self._done, self.total)

    async def async_file_done(self) -> None:
        if self._finished():
            await async_notify(_NAME, self._callback, self._done, self.total)

    def file_done(self) -> None:
        if self._finished():
            notify(_NAME, self._callback, self._done, self.total)


def progress_of(callback: OnProgress | None, total: int | None) -> Progress | None:
    """A :class:`Progress` telling ``callback``, or None (nothing to count) without one."""
    return None if callback is None else Progress(callback, total)
