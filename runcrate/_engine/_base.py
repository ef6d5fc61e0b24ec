"""What both engines share and do without I/O: their state, and preparing API and signed-URL calls."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar

import httpx

from runcrate._config import ClientConfig, validate_max_retries, validate_timeout
from runcrate._deadline import Deadline
from runcrate._files import UploadBody
from runcrate._transport import (
    AsyncTransport,
    PreparedCall,
    SyncTransport,
    attempt_limit,
    prepare,
    prepare_signed,
)
from runcrate._types import NOT_GIVEN, Endpoint, NotGiven, RequestOptions, TimeoutValue

if TYPE_CHECKING:
    from runcrate._generated.types import RequestParts

__all__ = [
    "DOWNLOAD_TIMEOUT",
    "UPLOAD_TIMEOUT",
    "EngineBase",
    "async_run_blocking",
    "run_blocking",
    "upload_headers",
]

_T = TypeVar("_T")
_H = TypeVar("_H", httpx.Client, httpx.AsyncClient)
_Tr = TypeVar("_Tr", SyncTransport, AsyncTransport)

DOWNLOAD_TIMEOUT = httpx.Timeout(60.0)
"""Signed downloads without a ``timeout``: no limit on the whole transfer (its size is not known
beforehand), but 60 s at most to connect and between two reads."""
UPLOAD_TIMEOUT = httpx.Timeout(60.0, write=600.0, read=120.0)
"""Signed uploads (up to 1 GB) without a ``timeout``: no limit on the whole transfer, 600 s per write."""
_DEFAULT_OPTIONS = RequestOptions()


class EngineBase(Generic[_H, _Tr]):
    """A client's configuration, connection pool and transport, and the calls built from them."""

    def __init__(self, config: ClientConfig, http: _H, transport: _Tr) -> None:
        self.config = config
        self.http: _H = http
        self.transport: _Tr = transport

    def evolve(self, config: ClientConfig) -> Self:
        """An engine with another configuration, sharing this one's connection pool."""
        return type(self)(config, self.http, self.transport.copy())

    def monotonic(self) -> float:
        """The transport's clock (tests replace it)."""
        return self.transport.timing.monotonic()

    def call_deadline(self, timeout: object) -> Deadline:
        """One deadline over the several requests of one call (listing, link, transfer): the caller's
        ``timeout`` bounds them together, as it bounds a single request."""
        given = None if isinstance(timeout, NotGiven) else validate_timeout(timeout)
        seconds = None if given is None else attempt_limit(given)
        return Deadline(seconds, clock=self.transport.timing.monotonic)

    def deadline(self, name: str, seconds: object) -> Deadline:
        """A waiter's deadline on the transport's clock, from its argument ``name`` (positive seconds,
        or ``None`` for none)."""
        return Deadline.for_wait(name, seconds, clock=self.transport.timing.monotonic)

    def prepare(
        self,
        endpoint: Endpoint[Any],
        args: tuple[Any, ...],
        kwargs: Mapping[str, Any],
        options: RequestOptions | None,
        *,
        accept: str | None = "application/json",
        stream: bool = False,
        idle_timeout: float | NotGiven | None = NOT_GIVEN,
    ) -> PreparedCall:
        """Build one API call from an endpoint's arguments and the per-call options (a ``stream``
        waits at most ``idle_timeout`` for each event)."""
        parts: RequestParts = endpoint.build_request(*args, **kwargs)
        return prepare(
            self.http,
            self.config,
            endpoint.OPERATION,
            parts,
            options or _DEFAULT_OPTIONS,
            accept=accept,
            stream=stream,
            idle_timeout=idle_timeout,
        )

    def prepare_signed(
        self,
        method: str,
        url: str,
        *,
        timeout: TimeoutValue | NotGiven,
        max_retries: int | NotGiven,
        default_timeout: httpx.Timeout,
        error_code: str,
        content: Any = None,
        headers: Mapping[str, str] | None = None,
    ) -> PreparedCall:
        """Build a transfer to a signed storage URL (no API key, no environment).

        The caller's ``timeout`` bounds each attempt as a whole; without one, ``default_timeout``
        bounds each phase only (a transfer's size is not known beforehand).
        """
        given = None if isinstance(timeout, NotGiven) else validate_timeout(timeout)
        return prepare_signed(
            self.http,
            method,
            url,
            timeout=default_timeout if given is None else given,
            attempt_limit=None if given is None else attempt_limit(given),
            max_retries=(
                self.config.max_retries
                if isinstance(max_retries, NotGiven)
                else validate_max_retries(max_retries)
            ),
            content=content,
            headers=headers,
            error_code=error_code,
        )

    def prepare_download(
        self, url: str, *, timeout: TimeoutValue | NotGiven, max_retries: int | NotGiven
    ) -> PreparedCall:
        """A GET of a signed storage URL (``signed_download``, ``download_to_file``)."""
        return self.prepare_signed(
            "GET",
            url,
            timeout=timeout,
            max_retries=max_retries,
            default_timeout=DOWNLOAD_TIMEOUT,
            error_code="download_failed",
        )


def upload_headers(
    body: UploadBody, content_type: str | None, headers: Mapping[str, str] | None
) -> dict[str, str]:
    """An upload's headers: its content type and, when known, its length (object stores refuse chunks)."""
    result = {"Content-Type": content_type or "application/octet-stream"}
    if body.length is not None:
        result["Content-Length"] = str(body.length)
    result.update(headers or {})
    return result


def run_blocking(function: Callable[..., _T], *args: Any) -> _T:
    """Blocking work on the sync engine: run it here."""
    return function(*args)


async def async_run_blocking(function: Callable[..., _T], *args: Any) -> _T:
    """Blocking work on the async engine: run it in a worker thread."""
    import asyncio  # noqa: PLC0415 (imported on use: it is most of a sync client's import time)

    return await asyncio.to_thread(function, *args)
