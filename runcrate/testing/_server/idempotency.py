"""Replaying responses for repeated ``Idempotency-Key`` headers, as the real server does for 24 h."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from starlette.responses import Response

from runcrate.testing._server.clock import Clock
from runcrate.testing._server.http import ApiProblem

RETENTION_SECONDS = 24 * 3600


def in_progress() -> ApiProblem:
    """The documented 409 for a key whose first request has not finished."""
    return ApiProblem(
        409,
        "conflict",
        "A request with this Idempotency-Key is still being processed; retry shortly",
        details={"reason": "idempotency_in_progress"},
        headers={"Retry-After": "1"},
    )


@dataclass(frozen=True)
class _Snapshot:
    """The parts of a finished response needed to send it again."""

    status: int
    body: bytes
    raw_headers: list[tuple[bytes, bytes]]

    def replay(self) -> Response:
        response = Response(content=self.body, status_code=self.status)
        response.raw_headers = list(self.raw_headers)
        return response


@dataclass
class _Entry:
    created_at: float
    snapshot: _Snapshot | None  # None while the first request runs


class IdempotencyStore:
    """Keys per scope; a key seen within 24 h (fake time) gets the stored response back."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._entries: dict[tuple[str, str], _Entry] = {}
        self._held: dict[str, int] = {}

    def reset(self) -> None:
        with self._lock:
            self._entries.clear()
            self._held.clear()

    def hold(self, key: str, times: int = 1) -> None:
        """Answer the next ``times`` requests carrying ``key`` with 409 ``idempotency_in_progress``."""
        with self._lock:
            self._held[key] = times

    def check_held(self, key: str) -> None:
        with self._lock:
            left = self._held.get(key, 0)
            if left > 0:
                self._held[key] = left - 1
                raise in_progress()

    def run(self, scope: str, key: str, produce: Callable[[], Response]) -> Response:
        now = self._clock.now()
        with self._lock:
            self._entries = {k: e for k, e in self._entries.items() if now - e.created_at < RETENTION_SECONDS}
            entry = self._entries.get((scope, key))
            if entry is not None:
                if entry.snapshot is None:
                    raise in_progress()
                return entry.snapshot.replay()
            entry = _Entry(now, None)
            self._entries[(scope, key)] = entry
        try:
            response = produce()
        except BaseException:
            with self._lock:
                self._entries.pop((scope, key), None)
            raise
        body = getattr(response, "body", None)
        with self._lock:
            if isinstance(body, bytes):
                entry.snapshot = _Snapshot(response.status_code, body, list(response.raw_headers))
            else:  # a streamed body cannot be replayed; forget the key
                self._entries.pop((scope, key), None)
        return response
