"""A list shared by the server thread and the test thread."""

from __future__ import annotations

import threading
from typing import Generic, TypeVar

T = TypeVar("T")


class LockedList(Generic[T]):
    """Items appended by the server's thread and read (or cleared) by the test's, safely."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._items: list[T] = []

    def append(self, item: T) -> None:
        with self._lock:
            self._items.append(item)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def all(self) -> list[T]:
        with self._lock:
            return list(self._items)
