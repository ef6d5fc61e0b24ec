"""Raw and binary responses.

``with_raw_response`` views wrap a method with :func:`to_raw_response_wrapper`: the engine records
the HTTP response of the method's one API call, and the wrapper returns a :class:`RawResponse`
(status, headers, request id) whose ``parse()`` gives what the method returned. Binary bodies (audio,
video, artifacts) come back as :class:`BinaryResponse` / :class:`AsyncBinaryResponse`, streamed
rather than buffered.
"""

from __future__ import annotations

import functools
import os
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextvars import ContextVar
from pathlib import Path
from types import TracebackType
from typing import Generic, ParamSpec, Self, TypeVar

import httpx

from runcrate._deadline import DEADLINE_EXTENSION, Deadline, async_guard, check_in_time, sync_guard
from runcrate._errors import request_id_from
from runcrate._files import AtomicFile
from runcrate._progress import Progress
from runcrate._transport import transport_error

__all__ = [
    "AsyncBinaryResponse",
    "AsyncOpenedResponse",
    "BinaryResponse",
    "OpenedResponse",
    "RawResponse",
    "asave_response",
    "async_to_raw_response_wrapper",
    "in_raw_call",
    "record_response",
    "save_response",
    "to_raw_response_wrapper",
]

_T = TypeVar("_T")
_P = ParamSpec("_P")
_B = TypeVar("_B", bound="BinaryResponse")
_AB = TypeVar("_AB", bound="AsyncBinaryResponse")

_BODY = "the body"
_RECORDED: ContextVar[list[httpx.Response] | None] = ContextVar("runcrate_raw_response", default=None)


def record_response(response: httpx.Response) -> None:
    """The engine calls this with every API response it hands on: inside a ``with_raw_response``
    call, the first one is kept for the raw response."""
    recorded = _RECORDED.get()
    if recorded is not None and not recorded:
        recorded.append(response)


def in_raw_call() -> bool:
    """True inside a ``with_raw_response`` call (for a method that would make more than one call)."""
    return _RECORDED.get() is not None


def _raw(method: Callable[..., object], recorded: list[httpx.Response], result: _T) -> RawResponse[_T]:
    if not recorded:
        raise RuntimeError(f"{method.__qualname__} made no API call, so it has no raw response")
    return RawResponse(recorded[0], lambda: result)


def to_raw_response_wrapper(method: Callable[_P, _T]) -> Callable[_P, RawResponse[_T]]:
    """Wrap a resource method that makes one API call so that it returns a :class:`RawResponse`."""

    @functools.wraps(method)
    def wrapped(*args: _P.args, **kwargs: _P.kwargs) -> RawResponse[_T]:
        recorded: list[httpx.Response] = []
        token = _RECORDED.set(recorded)
        try:
            result = method(*args, **kwargs)
        finally:
            _RECORDED.reset(token)
        return _raw(method, recorded, result)

    return wrapped


def async_to_raw_response_wrapper(
    method: Callable[_P, Awaitable[_T]],
) -> Callable[_P, Awaitable[RawResponse[_T]]]:
    """The async twin of :func:`to_raw_response_wrapper`."""

    @functools.wraps(method)
    async def wrapped(*args: _P.args, **kwargs: _P.kwargs) -> RawResponse[_T]:
        recorded: list[httpx.Response] = []
        token = _RECORDED.set(recorded)
        try:
            result = await method(*args, **kwargs)
        finally:
            _RECORDED.reset(token)
        return _raw(method, recorded, result)

    return wrapped


class RawResponse(Generic[_T]):
    """The HTTP response of a call, before parsing. Error statuses have already raised."""

    def __init__(self, http_response: httpx.Response, parse: Callable[[], _T]) -> None:
        self.http_response = http_response
        self._parse = parse
        self._parsed: tuple[_T] | None = None

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        return request_id_from(self.http_response.headers)

    def parse(self) -> _T:
        """What the method returns normally (parsed once, then cached)."""
        if self._parsed is None:
            self._parsed = (self._parse(),)
        return self._parsed[0]

    def __repr__(self) -> str:
        return (
            f"<RawResponse [{self.status_code}] {self.http_response.request.method} {self.http_response.url}>"
        )


def save_response(
    response: httpx.Response,
    path: str | os.PathLike[str],
    *,
    sha256: str | None,
    progress: Progress | None = None,
) -> Path:
    """Stream a response body to ``path`` atomically and close the response, counting the bytes in
    ``progress`` as they are written; httpx errors propagate unchanged, so that a transport retrying
    the whole transfer can classify them."""
    if progress is not None:
        progress.learn_total(response)
        progress.restart_file()
    try:
        with AtomicFile(path, sha256=sha256) as target:
            for chunk in response.iter_bytes():
                target.write(chunk)
                if progress is not None:
                    progress.add(len(chunk))
            check_in_time(response, _BODY)  # never rename a body the deadline cut into place
    finally:
        response.close()
    if progress is not None:
        progress.file_done()
    return target.target


async def asave_response(
    response: httpx.Response,
    path: str | os.PathLike[str],
    *,
    sha256: str | None,
    progress: Progress | None = None,
) -> Path:
    """The async twin of :func:`save_response`; file writes run in a worker thread, and an async
    ``on_progress`` is awaited."""
    import anyio.to_thread  # noqa: PLC0415 (async downloads only: a sync client does not import it)

    if progress is not None:
        progress.learn_total(response)
        progress.restart_file()
    target = AtomicFile(path, sha256=sha256)
    try:
        await anyio.to_thread.run_sync(target.__enter__)
        try:
            async for chunk in response.aiter_bytes():
                await anyio.to_thread.run_sync(target.write, chunk)
                if progress is not None:
                    await progress.async_add(len(chunk))
            check_in_time(response, _BODY)
        except BaseException as exc:
            target.__exit__(type(exc), exc, exc.__traceback__)  # inline: must run even when cancelled
            raise
        await anyio.to_thread.run_sync(target.__exit__, None, None, None)
    finally:
        await response.aclose()
    if progress is not None:
        await progress.async_file_done()
    return target.target


class _BinaryBase:
    def __init__(self, response: httpx.Response) -> None:
        self.response = response

    @property
    def status_code(self) -> int:
        return self.response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.response.headers

    @property
    def content_type(self) -> str | None:
        value = self.response.headers.get("content-type")
        return None if value is None else str(value)

    @property
    def request_id(self) -> str | None:
        return request_id_from(self.response.headers)

    def _failed(self, exc: httpx.HTTPError | httpx.StreamError) -> Exception:
        if isinstance(exc, httpx.StreamError):  # read twice, or after its ``with`` block released it
            return RuntimeError(
                "The response body was already read or released: read it once (iter_bytes(), read() or "
                "write_to_file()), inside the with_streaming_response block that opened it."
            )
        return transport_error(exc, self.response.request)

    @property
    def _deadline(self) -> Deadline | None:
        """The call's deadline, which ``read()`` and ``write_to_file()`` keep (``iter_bytes`` goes at
        the caller's pace: each read waits at most the read timeout)."""
        deadline = self.response.extensions.get(DEADLINE_EXTENSION)
        return deadline if isinstance(deadline, Deadline) else None


class BinaryResponse(_BinaryBase):
    """A streamed binary body (audio, video, artifact). Read it once: iterate, ``read()`` or save it."""

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The body in chunks as they arrive; the connection is released at the end (or on break)."""
        try:
            yield from self.response.iter_bytes(chunk_size)
        except (httpx.HTTPError, httpx.StreamError) as exc:
            raise self._failed(exc) from exc
        finally:
            self.response.close()

    def read(self) -> bytes:
        """The whole body in memory, read before the call's deadline."""
        try:
            with sync_guard(self.response, self._deadline, _BODY):
                return self.response.read()
        except (httpx.HTTPError, httpx.StreamError) as exc:
            raise self._failed(exc) from exc
        finally:
            self.response.close()

    def write_to_file(self, path: str | os.PathLike[str], *, sha256: str | None = None) -> Path:
        """Stream the body to ``path`` atomically before the call's deadline; with ``sha256`` (hex),
        verify it before renaming."""
        try:
            with sync_guard(self.response, self._deadline, _BODY):
                return save_response(self.response, path, sha256=sha256)
        except (httpx.HTTPError, httpx.StreamError) as exc:
            raise self._failed(exc) from exc

    def close(self) -> None:
        self.response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncBinaryResponse(_BinaryBase):
    """The async twin of :class:`BinaryResponse`; file writes run in a worker thread."""

    async def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The body in chunks as they arrive; the connection is released at the end (or on close)."""
        try:
            async for chunk in self.response.aiter_bytes(chunk_size):
                yield chunk
        except (httpx.HTTPError, httpx.StreamError) as exc:
            raise self._failed(exc) from exc
        finally:
            await self.response.aclose()

    async def read(self) -> bytes:
        """See :meth:`BinaryResponse.read`."""
        try:
            with async_guard(self._deadline, _BODY):
                return await self.response.aread()
        except (httpx.HTTPError, httpx.StreamError) as exc:
            raise self._failed(exc) from exc
        finally:
            await self.response.aclose()

    async def write_to_file(self, path: str | os.PathLike[str], *, sha256: str | None = None) -> Path:
        """See :meth:`BinaryResponse.write_to_file`."""
        try:
            with async_guard(self._deadline, _BODY):
                return await asave_response(self.response, path, sha256=sha256)
        except (httpx.HTTPError, httpx.StreamError) as exc:
            raise self._failed(exc) from exc

    async def close(self) -> None:
        await self.response.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()


class OpenedResponse(Generic[_B]):
    """What ``with_streaming_response`` methods return: ``with ... as response:`` opens the call and
    gives its streamed response (``iter_bytes()``, ``read()``, ``write_to_file()``, ``status_code``,
    ``headers``, ``request_id``), released when the block ends."""

    def __init__(self, open_response: Callable[[], _B]) -> None:
        self._open = open_response
        self._response: _B | None = None

    def __enter__(self) -> _B:
        self._response = self._open()
        return self._response

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._response is not None:
            self._response.close()


class AsyncOpenedResponse(Generic[_AB]):
    """The async twin of :class:`OpenedResponse`: ``async with ... as response:``."""

    def __init__(self, open_response: Callable[[], Awaitable[_AB]]) -> None:
        self._open = open_response
        self._response: _AB | None = None

    async def __aenter__(self) -> _AB:
        self._response = await self._open()
        return self._response

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._response is not None:
            await self._response.close()
