"""An ``httpx`` transport that sends requests with aiohttp (``pip install runcrate-client[aiohttp]``).

httpcore's async pool costs several times the CPU of aiohttp's under hundreds of concurrent calls
(see ``docs/benchmarks.md``). This transport goes under ``httpx.AsyncClient``, so everything above it
(retries, deadlines, streams, error mapping) is the SDK's one policy, unchanged: it only turns an
``httpx.Request`` into an aiohttp request and aiohttp's answer and failures back into httpx's.

aiohttp runs on asyncio only, and its session belongs to the event loop that first uses it.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import aiohttp
import httpx
from yarl import URL

__all__ = ["AiohttpTransport"]

DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20, keepalive_expiry=5.0)
"""The same pool bounds as httpx's own default."""

_SKIPPED_HEADERS = frozenset((b"transfer-encoding",))
"""httpx marks an unsized body ``chunked``; aiohttp frames such a body itself and refuses the header."""
_AUTO_HEADERS = ("Accept", "Accept-Encoding", "Content-Type", "User-Agent")
"""Headers aiohttp would add when absent: httpx already decided them (a caller may have removed one)."""


def _transport_error(exc: Exception, request: httpx.Request) -> httpx.TransportError:
    """The httpx failure that means what aiohttp's ``exc`` means (the retry policy reads httpx's kinds)."""
    message = str(exc) or type(exc).__name__
    error: type[httpx.TransportError]
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        error = httpx.ConnectTimeout  # a pooled connection or a new one, not had in time: nothing sent
    elif isinstance(exc, aiohttp.ClientConnectorError):
        error = httpx.ConnectError
    elif isinstance(exc, asyncio.TimeoutError):  # aiohttp's read timeouts subclass it
        error = httpx.ReadTimeout
    elif isinstance(exc, aiohttp.ServerDisconnectedError | aiohttp.ClientPayloadError):
        error = httpx.RemoteProtocolError
    elif isinstance(exc, aiohttp.ClientOSError | aiohttp.ClientConnectionResetError):
        error = httpx.ReadError
    else:
        error = httpx.NetworkError
    return error(message, request=request)


_FAILURES = (aiohttp.ClientError, asyncio.TimeoutError)


async def _drop_empty_length(
    request: aiohttp.ClientRequest, send: Callable[[aiohttp.ClientRequest], Awaitable[aiohttp.ClientResponse]]
) -> aiohttp.ClientResponse:
    """Drop the ``Content-Length: 0`` aiohttp gives a body-less DELETE: httpx sends none, as HTTP asks
    of a request without content whose method does not expect any (RFC 9110, section 8.6)."""
    request.headers.popall("Content-Length", None)
    return await send(request)


_NO_EMPTY_LENGTH = (_drop_empty_length,)
_BODYLESS_METHODS = frozenset(("GET", "HEAD", "OPTIONS", "TRACE", "CONNECT"))
"""Methods aiohttp already sends without a ``Content-Length`` when they have no body."""


def _unannounced(request: httpx.Request, body: object) -> bool:
    """A body-less request that httpx sends without a length but aiohttp would give one."""
    return (
        body is None and request.method not in _BODYLESS_METHODS and "content-length" not in request.headers
    )


class _Body(httpx.AsyncByteStream):
    """An aiohttp response body as httpx reads it; closing it releases (or drops) the connection."""

    def __init__(self, response: aiohttp.ClientResponse, request: httpx.Request) -> None:
        self._response = response
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._response.content.iter_any():
                yield chunk
        except _FAILURES as exc:
            raise _transport_error(exc, self._request) from exc

    async def aclose(self) -> None:
        # A body read to its end leaves a reusable connection; any other is closed with its socket.
        if self._response.content.at_eof():
            self._response.release()
        else:
            self._response.close()


class AiohttpTransport(httpx.AsyncBaseTransport):
    """Send ``httpx.AsyncClient`` requests over one ``aiohttp.ClientSession``.

    ``limits`` bounds the pool as httpx's do (``max_connections``, ``keepalive_expiry``; aiohttp keeps
    every idle connection, so ``max_keepalive_connections`` has no counterpart); ``verify`` is
    ``True``, ``False`` or an ``ssl.SSLContext``. Each request's httpx timeouts map to aiohttp's:
    ``connect`` to its socket connect, ``pool`` to the wait for a connection, ``read`` to each read
    (aiohttp has no write timeout: the SDK's attempt deadline bounds writes). Proxy settings from
    the environment are not read; pass an ``httpx.AsyncClient`` of your own to use a proxy.
    """

    def __init__(
        self, *, limits: httpx.Limits = DEFAULT_LIMITS, verify: ssl.SSLContext | bool = True
    ) -> None:
        self._limits = limits
        self._verify = verify
        self._session: aiohttp.ClientSession | None = None

    def _open_session(self) -> aiohttp.ClientSession:
        connector = aiohttp.TCPConnector(
            limit=self._limits.max_connections or 0,
            keepalive_timeout=self._limits.keepalive_expiry,
            ssl=self._verify,
        )
        session = aiohttp.ClientSession(
            connector=connector,
            cookie_jar=aiohttp.DummyCookieJar(),  # httpx keeps the cookies
            auto_decompress=False,  # httpx decodes the body
            skip_auto_headers=_AUTO_HEADERS,
            trust_env=False,  # would let ~/.netrc replace the Authorization header
        )
        # aiohttp sends a GET, PUT or DELETE again at once when its connection drops; the SDK's retry
        # policy decides that (with its backoff and attempt count), so aiohttp must not.
        session._retry_connection = False
        return session

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        session = self._session
        if session is None or session.closed:
            session = self._session = self._open_session()
        timeout = request.extensions.get("timeout", {})
        body = _body(request)
        try:
            response = await session.request(
                request.method,
                URL(str(request.url), encoded=True),
                headers=_headers(request),
                data=body,
                allow_redirects=False,
                middlewares=_NO_EMPTY_LENGTH if _unannounced(request, body) else None,
                timeout=aiohttp.ClientTimeout(
                    connect=timeout.get("pool"),
                    sock_connect=timeout.get("connect"),
                    sock_read=timeout.get("read"),
                ),
            )
        except _FAILURES as exc:
            raise _transport_error(exc, request) from exc
        return httpx.Response(
            response.status,
            headers=response.raw_headers,
            stream=_Body(response, request),
            extensions={"http_version": b"HTTP/1.1", "reason_phrase": (response.reason or "").encode()},
        )

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None


def _headers(request: httpx.Request) -> list[tuple[str, str]]:
    return [
        (name.decode("latin-1"), value.decode("latin-1"))
        for name, value in request.headers.raw
        if name.lower() not in _SKIPPED_HEADERS
    ]


def _body(request: httpx.Request) -> Any:
    """The request body for aiohttp: its bytes when httpx holds them, else its stream (sent again from
    the start on a retry: httpx rewinds multipart files)."""
    try:
        content = request.content
    except httpx.RequestNotRead:
        return request.stream
    return content or None
