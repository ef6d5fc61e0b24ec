"""Waiters never overrun their deadline because of a request in flight, and follow_logs never
busy-loops nor trusts a malformed cursor. Sync and async.

The in-flight tests run on real time (a request the fake server holds for 10 s, a client timeout of
3 s): a waiter that let its request run would raise the request's own ``TimeoutError``, not its
``WaitTimeoutError``, so the error class says whose deadline fired. The follow_logs tests run on
linked fake time, where a busy loop would never end (fake time moves only when the SDK sleeps).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from runcrate import AsyncRuncrate, InvalidResponseError, Runcrate, TimeoutError
from runcrate._errors import (
    InstanceWaitTimeoutError,
    JobWaitTimeoutError,
    VideoWaitTimeoutError,
    WaitTimeoutError,
)
from runcrate.testing import FakeRuncrate
from tests.resources.conftest import LinkedTime, call, collect

HELD = 10.0
"""How long the fake holds the request the deadline must cut (real seconds)."""
DEADLINE = 0.6


@pytest_asyncio.fixture(params=["sync", "async"], loop_scope="function")
async def real_client(request: pytest.FixtureRequest, fake: FakeRuncrate) -> AsyncIterator[Any]:
    """A client on real time, whose own timeout (3 s) is far shorter than the fake's hold."""
    options = {"api_key": fake.api_key, "base_url": fake.url, "inference_url": fake.url, "timeout": 3.0}
    if request.param == "sync":
        with Runcrate(**options) as sync_client:
            yield sync_client
    else:
        async with AsyncRuncrate(**options) as async_client:
            yield async_client


def hold_next(fake: FakeRuncrate, method: str, path: str) -> Any:
    """An ``on_status`` callback: the next request to ``path`` is held for ``HELD`` seconds."""

    def install(_: Any) -> None:
        if not fake.faults.rules:
            fake.faults.add(method, path, delay=HELD, times="always")

    return install


async def test_jobs_wait_cuts_a_poll_in_flight(real_client: Any, fake: FakeRuncrate) -> None:
    job = await call(real_client.jobs.run(command="sleep infinity", gpu_type="H100", max_runtime_minutes=600))
    on_status = hold_next(fake, "GET", "/api/v1/jobs/{id}")
    with pytest.raises(JobWaitTimeoutError) as waited:
        await call(real_client.jobs.wait(job.id, timeout=DEADLINE, poll_interval=0.1, on_status=on_status))
    assert waited.value.job.id == job.id
    assert isinstance(waited.value.__cause__, TimeoutError)


async def test_wait_until_running_cuts_a_poll_in_flight(real_client: Any, fake: FakeRuncrate) -> None:
    instance = await call(real_client.instances.create("slow", gpu_type="H100"))
    on_status = hold_next(fake, "GET", "/api/v1/instances/{id}/status")
    with pytest.raises(InstanceWaitTimeoutError) as waited:
        await call(
            real_client.instances.wait_until_running(
                instance.id, timeout=DEADLINE, poll_interval=0.1, on_status=on_status
            )
        )
    assert waited.value.instance.status != "running"


async def test_generate_and_save_cuts_a_poll_in_flight(
    real_client: Any, fake: FakeRuncrate, tmp_path: Path
) -> None:
    on_status = hold_next(fake, "GET", "/v1/videos/{id}")
    with pytest.raises(VideoWaitTimeoutError) as waited:
        await call(
            real_client.videos.generate_and_save(
                tmp_path / "v.mp4",
                "google/veo-3.0",
                "waves",
                timeout=DEADLINE,
                poll_interval=0.1,
                on_status=on_status,
            )
        )
    assert waited.value.video is not None
    assert list(tmp_path.iterdir()) == []


async def test_generate_and_save_cuts_the_create_in_flight(
    real_client: Any, fake: FakeRuncrate, tmp_path: Path
) -> None:
    fake.faults.add("POST", "/v1/videos", delay=HELD, times="always")
    with pytest.raises(VideoWaitTimeoutError, match="No video job was started") as waited:
        await call(
            real_client.videos.generate_and_save(
                tmp_path / "v.mp4", "google/veo-3.0", "waves", timeout=DEADLINE
            )
        )
    assert waited.value.video is None


async def test_models_generate_video_and_save_is_the_same_waiter(
    real_client: Any, fake: FakeRuncrate, tmp_path: Path
) -> None:
    fake.faults.add("POST", "/v1/videos", delay=HELD, times="always")
    with pytest.raises(VideoWaitTimeoutError, match="No video job was started"):
        await call(
            real_client.models.generate_video_and_save(
                tmp_path / "v.mp4", "google/veo-3.0", "waves", timeout=DEADLINE
            )
        )


async def test_follow_logs_cuts_a_read_in_flight(real_client: Any, fake: FakeRuncrate) -> None:
    job = await call(real_client.jobs.run(command="sleep infinity", gpu_type="H100", max_runtime_minutes=600))
    fake.faults.add("GET", "/api/v1/jobs/{id}/logs", delay=HELD, times="always")
    with pytest.raises(WaitTimeoutError) as waited:
        await collect(real_client.jobs.follow_logs(job.id, timeout=DEADLINE))
    assert isinstance(waited.value.__cause__, TimeoutError)


@pytest.mark.parametrize("timeout", [0, -1, float("nan"), "10", True])
async def test_waiter_timeouts_are_checked_before_any_request(
    real_client: Any, fake: FakeRuncrate, timeout: Any
) -> None:
    with pytest.raises(ValueError, match="timeout must be a positive number of seconds"):
        await call(real_client.jobs.wait("job_1", timeout=timeout))
    with pytest.raises(ValueError, match="timeout must be a positive number of seconds"):
        await call(real_client.instances.wait_until_running("i-1", timeout=timeout))
    assert fake.requests == []


@pytest.mark.parametrize("interval", [0, -2, "1", None, float("inf")])
async def test_poll_intervals_are_checked_before_any_request(
    real_client: Any, fake: FakeRuncrate, interval: Any
) -> None:
    with pytest.raises(ValueError, match="poll_interval must be a positive number of seconds"):
        await call(real_client.jobs.wait("job_1", poll_interval=interval))
    with pytest.raises(ValueError, match="poll_interval must be a positive number of seconds"):
        await call(real_client.instances.wait_until_running("i-1", poll_interval=interval))
    with pytest.raises(ValueError, match="poll_interval must be a positive number of seconds"):
        await call(real_client.videos.generate_and_save("v.mp4", "m", "p", poll_interval=interval))
    assert fake.requests == []


# ----- follow_logs on linked fake time ------------------------------------------------------------


def log_page(
    chunks: list[dict[str, Any]], cursor: Any, *, done: bool = False
) -> tuple[int, dict[str, str], Any]:
    page = {"job_id": "job_000001", "status": "running", "chunks": chunks, "cursor": cursor, "done": done}
    return (200, {"Content-Type": "application/json"}, {"data": page})


def line(seq: int | None, text: str) -> dict[str, Any]:
    return {"seq": seq, "ts": None if seq is None else "2026-01-01T00:00:00Z", "text": text}


async def read_until_error(iterator: Any) -> tuple[list[Any], BaseException]:
    seen: list[Any] = []
    chunks = iterator if hasattr(iterator, "__aiter__") else _as_async(iterator)
    try:
        async for chunk in chunks:
            seen.append(chunk)  # noqa: PERF401 (keeps what came before the error)
    except Exception as error:
        return seen, error
    raise AssertionError("the follow ended without an error")


async def _as_async(iterator: Any) -> AsyncIterator[Any]:
    for item in iterator:
        yield item


async def test_follow_logs_waits_when_a_page_brings_only_lines_already_seen(
    client: Any, fake: FakeRuncrate, time: LinkedTime
) -> None:
    job = await call(client.jobs.run(command="sleep infinity", gpu_type="H100", max_runtime_minutes=600))
    fake.faults.add(
        "GET",
        "/api/v1/jobs/{id}/logs",
        statuses=[log_page([line(1, "a\n"), line(2, "b\n")], 2)],
        times="always",
    )
    seen, error = await read_until_error(
        client.jobs.follow_logs(job.id, after=2, timeout=3.5, poll_interval=1)
    )
    assert seen == []
    assert isinstance(error, WaitTimeoutError)
    assert time.sleeps == [1, 1, 1, 0.5]


async def test_follow_logs_waits_when_the_cursor_does_not_move(
    client: Any, fake: FakeRuncrate, time: LinkedTime
) -> None:
    """A marker chunk (no seq) on a page whose cursor stands still is not new: no loop, no repeats."""
    job = await call(client.jobs.run(command="sleep infinity", gpu_type="H100", max_runtime_minutes=600))
    first = log_page([line(None, "[dropped]\n"), line(5, "e\n")], 5)
    pages = [first, log_page([line(None, "[dropped]\n")], 5)]
    fake.faults.add("GET", "/api/v1/jobs/{id}/logs", statuses=pages, times="always")
    seen, error = await read_until_error(client.jobs.follow_logs(job.id, timeout=2.5, poll_interval=1))
    assert [chunk.text for chunk in seen] == ["[dropped]\n", "e\n"]
    assert isinstance(error, WaitTimeoutError)
    assert time.sleeps == [1, 1, 0.5]


@pytest.mark.parametrize("cursor", [None, "7", 1.5, True, -1, {"after": 3}])
async def test_follow_logs_refuses_a_malformed_cursor(client: Any, fake: FakeRuncrate, cursor: Any) -> None:
    job = await call(client.jobs.run(command="sleep infinity", gpu_type="H100", max_runtime_minutes=600))
    fake.faults.add(
        "GET", "/api/v1/jobs/{id}/logs", statuses=[log_page([line(1, "a\n")], cursor)], times="always"
    )
    seen, error = await read_until_error(client.jobs.follow_logs(job.id, timeout=60))
    assert isinstance(error, InvalidResponseError)
    assert "cursor" in str(error)
    assert seen == []
    fake.take_violations()  # the canned pages break the spec on purpose


@pytest.mark.parametrize("after", [-1, "0", None, 1.5, True])
async def test_follow_logs_checks_after(client: Any, fake: FakeRuncrate, after: Any) -> None:
    with pytest.raises(ValueError, match="after must be a whole number"):
        await collect(client.jobs.follow_logs("job_1", after=after))
    assert fake.requests == []
