"""The sync client's network backend: no socket read or write outlasts the current attempt's deadline.

The sync client reads with blocking sockets, and httpx bounds each read by itself. Once a response has
started, the watchdog shuts its socket at the deadline (:func:`runcrate._deadline.sync_guard`); before
that, the SDK does not know which socket the attempt uses (a pooled connection may serve it). So the
pool of the client the SDK creates reads and writes through :class:`DeadlineBackend`, whose streams cut
each wait to the time left of the attempt being sent (:func:`runcrate._deadline.sending_under`): a
server that drips its status line and headers a byte at a time cannot hold a call past its timeout.
Outside an SDK call the streams pass every timeout through unchanged.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import httpcore
import httpx
from httpcore._backends.base import SOCKET_OPTION

from runcrate._deadline import time_left_for_io

__all__ = ["DeadlineBackend", "install_deadline_backend", "keep_deadlines"]


_SHORTEST_WAIT = 0.001
"""A wait once the deadline has passed: a timeout of zero would make the socket non-blocking, whose
error reads as a dropped connection instead of a timeout."""


def _cut(timeout: float | None) -> float | None:
    """``timeout``, or the attempt's time left when that is shorter."""
    left = time_left_for_io()
    if left is None:
        return timeout
    left = max(left, _SHORTEST_WAIT)
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    __slots__ = ("_stream",)

    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _cut(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _cut(timeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(self._stream.start_tls(ssl_context, server_hostname, _cut(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    """Wraps a pool's network backend: its connections' streams keep the current attempt's deadline."""

    __slots__ = ("_backend",)

    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._backend.connect_tcp(host, port, _cut(timeout), local_address, socket_options)
        return _DeadlineStream(stream)

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(self._backend.connect_unix_socket(path, _cut(timeout), socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


def install_deadline_backend(http: httpx.Client) -> None:
    """Give the pools of a client the SDK created (its transport and any proxy mounts) a
    :class:`DeadlineBackend` (see :func:`keep_deadlines`)."""
    state = vars(http)
    for transport in (state.get("_transport"), *state.get("_mounts", {}).values()):
        keep_deadlines(transport)


def keep_deadlines(transport: object) -> None:
    """Give a transport's pool a :class:`DeadlineBackend`. httpx does not expose a pool's network
    backend, so it is reached by attribute; a transport without httpcore's pool is left alone (its
    reads are then each cut to the time left when the attempt started)."""
    pool = getattr(transport, "_pool", None)
    pool_state: dict[str, Any] = vars(pool) if hasattr(pool, "__dict__") else {}
    backend = pool_state.get("_network_backend")
    if isinstance(backend, httpcore.NetworkBackend) and not isinstance(backend, DeadlineBackend):
        pool_state["_network_backend"] = DeadlineBackend(backend)
