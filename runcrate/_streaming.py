"""Typed server-sent event streams: ``Stream[T]`` and ``AsyncStream[T]``.

Both shells feed bytes to one :class:`ChunkDecoder`, which turns SSE events into typed chunks and
decides when the stream has ended: ``[DONE]`` ends it; an ``error`` event or a chunk with a top-level
``error`` object raises the matching :class:`~runcrate.ApiError`; the body ending (or breaking) before
``[DONE]`` raises :class:`~runcrate.ConnectionError`; no complete event within the idle timeout
raises :class:`~runcrate.TimeoutError`, however many bytes of a partial line or ``: ping`` comments
trickle in meanwhile (the sync shell has the watchdog shut the socket when the idle deadline passes,
the async one cancels the read). The connection is released whenever iteration stops.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import AsyncIterator, Callable, Iterator
from types import TracebackType
from typing import Any, Generic, Self, TypeVar, cast

import httpx

from runcrate._deadline import Deadline, async_guard, own_socket
from runcrate._errors import (
    ApiError,
    ConnectionError,
    RuncrateError,
    TimeoutError,
    api_error_from_payload,
    as_mapping,
    invalid_response,
    request_id_from,
)
from runcrate._json import loads
from runcrate._sse import ServerSentEvent, SSEDecoder
from runcrate._transport import IDLE_EXTENSION, describe, transport_error
from runcrate._watchdog import Alarm, watchdog

__all__ = ["AsyncStream", "ChunkDecoder", "Stream"]

_T = TypeVar("_T")

DONE = "[DONE]"
_NEXT_EVENT = "the next event"


def _idle_seconds(request: httpx.Request) -> float | None:
    """The stream's idle timeout (set when the call was prepared; else its read timeout)."""
    extensions = request.extensions
    if IDLE_EXTENSION in extensions:
        idle: float | None = extensions[IDLE_EXTENSION]
        return idle
    read: float | None = extensions.get("timeout", {}).get("read")
    return read


class ChunkDecoder(Generic[_T]):
    """Bytes in, typed chunks out; raises when the stream carries an error or ends too early."""

    def __init__(self, response: httpx.Response, parse: Callable[[Any], _T]) -> None:
        self._response = response
        self._parse = parse
        self._sse = SSEDecoder()
        self.finished = False
        """``[DONE]`` arrived."""
        self._failed = False
        self.idle = Deadline(_idle_seconds(response.request))
        """When the next complete event is due; every event restarts it (comments do not)."""

    def feed(self, data: bytes) -> tuple[list[_T], RuncrateError | None]:
        """The chunks ``data`` completes, and the error that follows them (to raise after yielding them)."""
        events = self._sse.feed(data)
        if events:
            self.idle.restart()
        elif self.idle.passed():
            self._failed = True
            return [], self.stalled()
        return self._events(events)

    def end(self) -> tuple[list[_T], RuncrateError | None]:
        """The body ended; without ``[DONE]`` that is a stream cut short."""
        chunks, error = self._events(self._sse.end())
        if error is None and not self.finished and not self._failed:
            error = ConnectionError(
                f"The stream from {describe(self._response.request)} ended before [DONE]: "
                "the answer is incomplete.",
                request=self._response.request,
            )
        return chunks, error

    def failed(self, exc: httpx.HTTPError, *, stalled: bool = False) -> RuncrateError:
        """The SDK error for an httpx failure while reading the body (``stalled``: the watchdog shut
        the connection because the idle deadline passed)."""
        if stalled or isinstance(exc, httpx.TimeoutException):
            return self.stalled()
        return transport_error(exc, self._response.request)

    def stalled(self) -> TimeoutError:
        return TimeoutError(
            f"The stream from {describe(self._response.request)} stalled: no complete event for "
            f"{self.idle.seconds} s.",
            request=self._response.request,
        )

    def _events(self, events: list[ServerSentEvent]) -> tuple[list[_T], RuncrateError | None]:
        chunks: list[_T] = []
        for event in events:
            if self.finished or self._failed:
                break
            try:
                chunk = self._chunk(event)
            except RuncrateError as error:
                self._failed = True
                return chunks, error
            if chunk is not None:
                chunks.append(chunk)
        return chunks, None

    def _chunk(self, event: ServerSentEvent) -> _T | None:
        if event.event == "error":
            raise self._error_event(event.data)
        if event.data == DONE:
            self.finished = True
            return None
        try:
            payload = loads(event.data)
        except (ValueError, RecursionError):
            raise invalid_response(
                self._response, "Malformed JSON in a stream event (or nested too deep)", body=event.data
            ) from None
        if isinstance(payload, dict):
            mapping = cast("dict[str, Any]", payload)
            if mapping.get("error") is not None:
                raise api_error_from_payload(mapping, self._response)
        try:
            return self._parse(payload)
        except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
            raise invalid_response(
                self._response, f"Unexpected stream chunk ({exc})", body=event.data
            ) from exc

    def _error_event(self, data: str) -> ApiError:
        try:
            payload = json.loads(data)
        except (ValueError, RecursionError):
            payload = data
        mapping = as_mapping(payload)
        if mapping is None:
            return api_error_from_payload({"error": {"message": str(payload)}}, self._response)
        return api_error_from_payload(mapping if "error" in mapping else {"error": mapping}, self._response)


class _StreamBase(Generic[_T]):
    def __init__(self, response: httpx.Response, parse: Callable[[Any], _T]) -> None:
        self.response = response
        """The HTTP response (status and headers; its body is what this stream reads)."""
        self._decoder = ChunkDecoder(response, parse)
        self._pending: deque[_T] = deque()
        self._error: RuncrateError | None = None
        self._closed = False

    @property
    def request_id(self) -> str | None:
        return request_id_from(self.response.headers)

    def _take(self, result: tuple[list[_T], RuncrateError | None]) -> None:
        chunks, error = result
        self._pending.extend(chunks)
        self._error = error

    def _raise_if_done(self) -> bool:
        """True when iteration is over; raises the pending error once the chunks before it are out."""
        if self._pending:
            return False
        if self._error is not None:
            error, self._error = self._error, None
            raise error
        if self._decoder.finished:
            return True
        if self._closed:
            raise ConnectionError(
                f"The stream from {describe(self.response.request)} was closed before it ended.",
                request=self.response.request,
            )
        return False


class Stream(_StreamBase[_T]):
    """An iterator of typed chunks over a server-sent event stream; close it (or use ``with``) when done.

    Breaking out of a ``for`` loop releases the connection too.
    """

    def __init__(self, response: httpx.Response, parse: Callable[[Any], _T]) -> None:
        super().__init__(response, parse)
        self._bytes = response.iter_bytes()
        sock = own_socket(response)
        self._alarm = None if sock is None else Alarm(self._decoder.idle, sock)
        if self._alarm is not None:
            watchdog.watch(self._alarm)

    def __iter__(self) -> Iterator[_T]:
        try:
            while True:
                while self._pending:
                    yield self._pending.popleft()
                if self._raise_if_done():
                    return
                self._pull()
        finally:
            self.close()

    def _pull(self) -> None:
        try:
            data = next(self._bytes)
        except StopIteration:
            if self._alarm is not None and self._alarm.fired:  # the watchdog's shutdown looks like an end
                raise self._decoder.stalled() from None
            self._take(self._decoder.end())
        except httpx.HTTPError as exc:
            raise self._decoder.failed(exc, stalled=self._alarm is not None and self._alarm.fired) from exc
        else:
            self._take(self._decoder.feed(data))

    def close(self) -> None:
        """Release the connection (safe to call more than once)."""
        self._closed = True
        if self._alarm is not None:
            self._alarm.cancel()
        self.response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncStream(_StreamBase[_T]):
    """The async twin of :class:`Stream`: ``async for``, ``async with`` and ``await stream.close()``."""

    def __init__(self, response: httpx.Response, parse: Callable[[Any], _T]) -> None:
        super().__init__(response, parse)
        self._bytes = response.aiter_bytes()

    async def __aiter__(self) -> AsyncIterator[_T]:
        try:
            while True:
                while self._pending:
                    yield self._pending.popleft()
                if self._raise_if_done():
                    return
                await self._pull()
        finally:
            await self.close()

    async def _pull(self) -> None:
        try:
            with async_guard(self._decoder.idle, _NEXT_EVENT):
                data = await anext(self._bytes)
        except StopAsyncIteration:
            self._take(self._decoder.end())
        except httpx.HTTPError as exc:
            raise self._decoder.failed(exc) from exc
        else:
            self._take(self._decoder.feed(data))

    async def close(self) -> None:
        """Release the connection (safe to call more than once)."""
        self._closed = True
        await self.response.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
