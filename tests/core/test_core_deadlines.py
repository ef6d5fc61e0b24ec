"""Deadlines that hold, against a raw server that drips, stalls or trickles for real.

``timeout`` bounds one attempt from connecting to the last byte read, not each socket read: a body
that arrives one byte every 20 ms (each read well within the timeout) must still stop at the
deadline. Every scenario runs on the sync and the async client.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from runcrate import ApiError, TimeoutError
from runcrate._deadline import Deadline
from tests.core.helpers import KINDS, on_raw
from tests.raw_server import JSON, RawServer, drip, drip_head, head, respond_json, stall

BODY = json.dumps({"data": [], "padding": "x" * 4000}).encode()
"""80 s to drip at one byte every 20 ms: a test that waited for it would not finish."""
DRIP = 0.02
TIMEOUT = 0.3


def signed(raw: RawServer) -> str:
    return f"{raw.url}/bucket/object?X-Amz-Signature=secret"


def under(seconds: float, action: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``action`` with a waiter's deadline of ``seconds`` current while it runs (awaited or not)."""

    def run(client: Any) -> Any:
        deadline = Deadline(seconds)
        with deadline.applied():
            result = action(client)
        if not inspect.isawaitable(result):
            return result

        async def awaited() -> Any:
            with deadline.applied():
                return await result

        return awaited()

    return run


@pytest.mark.parametrize("kind", KINDS)
def test_a_dripped_json_body_times_out_at_the_deadline(raw_server: RawServer, kind: str) -> None:
    raw_server.repeat(drip(BODY, delay=DRIP))
    with pytest.raises(TimeoutError, match="instances"):
        on_raw(kind, raw_server.url, lambda c: c.instances.list(), timeout=TIMEOUT, max_retries=0)


@pytest.mark.parametrize("kind", KINDS)
def test_a_body_that_ends_with_the_connection_is_not_taken_as_complete(
    raw_server: RawServer, kind: str
) -> None:
    """Shutting the socket at the deadline looks like the end of such a body: it must still time out."""
    raw_server.repeat(drip(BODY, delay=DRIP, close_delimited=True))
    with pytest.raises(TimeoutError):
        on_raw(kind, raw_server.url, lambda c: c.instances.list(), timeout=TIMEOUT, max_retries=0)


@pytest.mark.parametrize("kind", KINDS)
def test_a_download_that_ends_with_the_connection_is_never_saved_cut(
    raw_server: RawServer, tmp_path: Path, kind: str
) -> None:
    raw_server.repeat(drip(b"z" * 4000, DRIP, headers={}, close_delimited=True))

    def download(client: Any) -> Any:
        return client._engine.download_to_file(
            signed(raw_server), tmp_path / "out", timeout=TIMEOUT, max_retries=0
        )

    with pytest.raises(TimeoutError):
        on_raw(kind, raw_server.url, download)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("kind", KINDS)
def test_each_retry_gets_a_deadline_of_its_own(raw_server: RawServer, kind: str) -> None:
    raw_server.repeat(drip(BODY, delay=DRIP))
    with pytest.raises(TimeoutError):
        on_raw(kind, raw_server.url, lambda c: c.instances.list(), timeout=TIMEOUT, max_retries=1)
    assert len(raw_server.requests) == 2


@pytest.mark.parametrize("kind", KINDS)
def test_a_dripped_error_body_times_out_too(raw_server: RawServer, kind: str) -> None:
    raw_server.repeat(drip(b'{"error": {"code": "x", "message": "' + b"y" * 4000 + b'"}}', DRIP, status=400))
    with pytest.raises(TimeoutError):
        on_raw(kind, raw_server.url, lambda c: c.instances.list(), timeout=TIMEOUT, max_retries=0)


@pytest.mark.parametrize("kind", KINDS)
def test_a_dripped_head_times_out_at_the_deadline(raw_server: RawServer, kind: str) -> None:
    raw_server.repeat(drip_head(DRIP))
    with pytest.raises(TimeoutError, match=r"took longer than 0\.3 s"):
        on_raw(kind, raw_server.url, lambda c: c.instances.list(), timeout=TIMEOUT, max_retries=0)


@pytest.mark.parametrize("kind", KINDS)
def test_a_streams_dripped_head_times_out_at_the_deadline(raw_server: RawServer, kind: str) -> None:
    raw_server.repeat(drip_head(DRIP, "text/event-stream"))

    def open_stream(client: Any) -> Any:
        messages = [{"role": "user", "content": "hi"}]
        return client.chat.completions.create(model="m", messages=messages, stream=True, idle_timeout=60)

    with pytest.raises(TimeoutError, match=r"took longer than 0\.3 s"):
        on_raw(kind, raw_server.url, open_stream, timeout=TIMEOUT, max_retries=0)


@pytest.mark.parametrize("kind", KINDS)
def test_a_stall_before_the_status_line_times_out(raw_server: RawServer, kind: str) -> None:
    raw_server.repeat(stall())
    with pytest.raises(TimeoutError):
        on_raw(kind, raw_server.url, lambda c: c.instances.list(), timeout=TIMEOUT, max_retries=0)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("server", ["drip", "stall"])
def test_a_signed_download_keeps_the_callers_timeout(
    raw_server: RawServer, tmp_path: Path, kind: str, server: str
) -> None:
    script = drip(b"z" * 4000, DRIP, headers={}) if server == "drip" else stall(head(200, length=10) + b"12")
    raw_server.repeat(script)
    target = tmp_path / "out.bin"

    def download(client: Any) -> Any:
        return client._engine.download_to_file(signed(raw_server), target, timeout=TIMEOUT, max_retries=0)

    with pytest.raises(TimeoutError) as caught:
        on_raw(kind, raw_server.url, download)
    assert "secret" not in str(caught.value)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("kind", KINDS)
def test_reading_a_signed_download_keeps_the_deadline(raw_server: RawServer, kind: str) -> None:
    raw_server.repeat(drip(b"z" * 4000, DRIP, headers={}))

    def read(client: Any) -> Any:
        if kind == "sync":
            return client._engine.signed_download(signed(raw_server), timeout=TIMEOUT).read()

        async def read_async() -> bytes:
            response = await client._engine.signed_download(signed(raw_server), timeout=TIMEOUT)
            return await response.read()

        return read_async()

    with pytest.raises(TimeoutError):
        on_raw(kind, raw_server.url, read)


@pytest.mark.parametrize("kind", KINDS)
def test_iterating_a_binary_body_goes_at_the_callers_pace(raw_server: RawServer, kind: str) -> None:
    """``iter_bytes`` is not cut by the deadline: each read waits at most the read timeout."""
    raw_server.repeat(drip(b"0123456789" * 3, DRIP, headers={}))

    def iterate(client: Any) -> Any:
        if kind == "sync":
            return b"".join(client._engine.signed_download(signed(raw_server), timeout=0.2).iter_bytes())

        async def iterate_async() -> bytes:
            response = await client._engine.signed_download(signed(raw_server), timeout=0.2)
            return b"".join([chunk async for chunk in response.iter_bytes()])

        return iterate_async()

    assert on_raw(kind, raw_server.url, iterate) == b"0123456789" * 3


@pytest.mark.parametrize("kind", KINDS)
def test_a_fast_answer_is_not_cut(raw_server: RawServer, kind: str) -> None:
    raw_server.repeat(respond_json({"data": []}))
    assert on_raw(kind, raw_server.url, lambda c: c.instances.list(), timeout=TIMEOUT) == []


@pytest.mark.parametrize("kind", KINDS)
def test_a_waiters_deadline_stops_retries_that_would_start_after_it(raw_server: RawServer, kind: str) -> None:
    raw_server.repeat(respond_json({"error": {"code": "unavailable", "message": "busy"}}, status=503))

    with pytest.raises(ApiError) as caught:  # 0.2 s: shorter than the first backoff (0.5 s +- 25 %)
        on_raw(kind, raw_server.url, under(0.2, lambda c: c.instances.list()))
    assert caught.value.status_code == 503
    assert len(raw_server.requests) == 1


@pytest.mark.parametrize("kind", KINDS)
def test_a_waiters_deadline_cuts_the_request_in_flight(raw_server: RawServer, kind: str) -> None:
    raw_server.repeat(drip(BODY, delay=DRIP))

    with pytest.raises(TimeoutError):
        on_raw(kind, raw_server.url, under(TIMEOUT, lambda c: c.instances.list()), timeout=60)


def test_the_attempt_limit_is_the_longest_phase() -> None:
    from runcrate._transport import attempt_limit

    assert attempt_limit(httpx.Timeout(30)) == 30
    assert attempt_limit(httpx.Timeout(5, read=60)) == 60
    assert attempt_limit(httpx.Timeout(5, read=None)) is None


def test_a_drip_without_a_deadline_completes(raw_server: RawServer) -> None:
    """The control for the tests above: the dripping server does deliver the whole body."""
    raw_server.repeat(drip(json.dumps({"data": []}).encode(), 0.001, headers=JSON))
    assert on_raw("sync", raw_server.url, lambda c: c.instances.list(), timeout=None) == []
