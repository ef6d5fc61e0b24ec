"""The connection pool a client builds for itself: httpx's default transport, built on the first request.

httpx builds its default transport, and with it the TLS context (loading the CA bundle) and httpcore,
when the ``httpx.Client`` is constructed: about as much CPU as ``import httpx`` itself. A client that
is constructed and configured but has not sent anything yet does not need them, so the SDK's own
``httpx.Client`` gets this stand-in, which builds the same transport (httpx's defaults) when the
first request goes out. Proxies from the environment are unaffected: httpx mounts those itself.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import httpx

__all__ = ["AsyncDeferredTransport", "DeferredPool", "DeferredTransport"]


class DeferredTransport(httpx.BaseTransport):
    """``httpx.HTTPTransport()``, built once on the first request (threads may share a client);
    ``setup`` is given it before it sends anything."""

    def __init__(self, setup: Callable[[httpx.HTTPTransport], None] | None = None) -> None:
        self._transport: httpx.HTTPTransport | None = None
        self._setup = setup
        self._lock = threading.Lock()

    def _built(self) -> httpx.HTTPTransport:
        with self._lock:
            if self._transport is None:
                transport = httpx.HTTPTransport()
                if self._setup is not None:
                    self._setup(transport)
                self._transport = transport
            return self._transport

    def build(self) -> httpx.HTTPTransport:
        """The transport, built now if it was not yet."""
        return self._transport or self._built()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.build().handle_request(request)

    def close(self) -> None:
        with self._lock:
            if self._transport is not None:
                self._transport.close()


class AsyncDeferredTransport(httpx.AsyncBaseTransport):
    """``httpx.AsyncHTTPTransport()``, built once on the first request.

    Building it never awaits, so two tasks cannot both build one.
    """

    def __init__(self) -> None:
        self._transport: httpx.AsyncHTTPTransport | None = None

    def build(self) -> httpx.AsyncHTTPTransport:
        """The transport, built now if it was not yet."""
        if self._transport is None:
            self._transport = httpx.AsyncHTTPTransport()
        return self._transport

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.build().handle_async_request(request)

    async def aclose(self) -> None:
        if self._transport is not None:
            await self._transport.aclose()


DeferredPool = DeferredTransport | AsyncDeferredTransport
