"""Every waiter's ``on_status``: on ``AsyncRuncrate`` an async function is awaited, each call before
the wait goes on; the sync client refuses one before any request instead of dropping its calls."""

from __future__ import annotations

import functools
import gc
import warnings
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import anyio
import pytest

from runcrate import AsyncRuncrate, Runcrate
from runcrate.testing import FakeRuncrate

SPEC: dict[str, Any] = {"command": "python train.py", "gpu_type": "H100", "max_runtime_minutes": 30}
VIDEO = "google/veo-3.0"

Waiter = Callable[[Any, Any, Path], Awaitable[Any]]


async def _instance(client: AsyncRuncrate, on_status: Any, tmp_path: Path) -> Any:
    created = await client.instances.create("w", gpu_type="H100")
    return await client.instances.wait_until_running(created.id, poll_interval=5, on_status=on_status)


async def _job(client: AsyncRuncrate, on_status: Any, tmp_path: Path) -> Any:
    job = await client.jobs.run(**SPEC)
    return await client.jobs.wait(job.id, on_status=on_status)


async def _jobs(client: AsyncRuncrate, on_status: Any, tmp_path: Path) -> Any:
    jobs = [await client.jobs.run(**SPEC) for _ in range(2)]
    return await client.jobs.wait_many([job.id for job in jobs], on_status=on_status)


async def _group(client: AsyncRuncrate, on_status: Any, tmp_path: Path) -> Any:
    group = await client.jobs.run_group(count=2, **SPEC)
    return await client.job_groups.wait(group.id, on_status=on_status)


async def _video(client: AsyncRuncrate, on_status: Any, tmp_path: Path) -> Any:
    return await client.videos.generate_and_save(
        tmp_path / "v.mp4", VIDEO, "waves", poll_interval=5, on_status=on_status
    )


WAITERS: dict[str, Waiter] = {
    "instances.wait_until_running": _instance,
    "jobs.wait": _job,
    "jobs.wait_many": _jobs,
    "job_groups.wait": _group,
    "videos.generate_and_save": _video,
}


@pytest.mark.parametrize("waiter", list(WAITERS), ids=list(WAITERS))
async def test_an_async_on_status_is_awaited_each_time(
    runcrate_async_client: AsyncRuncrate, fake: FakeRuncrate, tmp_path: Path, waiter: str
) -> None:
    seen: list[Any] = []
    reads_when_called: list[int] = []

    async def on_status(state: Any) -> None:
        await anyio.sleep(0)  # a real await: only runs when the coroutine is awaited
        seen.append(state)
        reads_when_called.append(len(fake.requests))

    await WAITERS[waiter](runcrate_async_client, on_status, tmp_path)
    assert len(seen) >= 2
    # each call ran in full before the next request went out
    assert reads_when_called == sorted(set(reads_when_called))


@pytest.mark.parametrize("waiter", list(WAITERS), ids=list(WAITERS))
async def test_an_error_in_an_async_on_status_stops_the_wait(
    runcrate_async_client: AsyncRuncrate, tmp_path: Path, waiter: str
) -> None:
    async def on_status(state: Any) -> None:
        await anyio.sleep(0)
        raise KeyError("stop here")

    with pytest.raises(KeyError, match="stop here"):
        await WAITERS[waiter](runcrate_async_client, on_status, tmp_path)


async def _async_callback(state: Any) -> None:
    await anyio.sleep(0)


class _AsyncCallable:
    async def __call__(self, state: Any) -> None:
        await anyio.sleep(0)


@pytest.mark.parametrize(
    "callback",
    [_async_callback, functools.partial(_async_callback), _AsyncCallable()],
    ids=["function", "partial", "callable object"],
)
def test_the_sync_client_refuses_an_async_on_status_before_any_request(
    runcrate_client: Runcrate, fake: FakeRuncrate, tmp_path: Path, callback: Any
) -> None:
    refused = "on_status is an async function, which the sync client cannot await"
    calls = [
        lambda: runcrate_client.instances.wait_until_running("i_1", on_status=callback),
        lambda: runcrate_client.jobs.wait("job_1", on_status=callback),
        lambda: runcrate_client.jobs.wait_many(["job_1"], on_status=callback),
        lambda: runcrate_client.job_groups.wait("grp_1", on_status=callback),
        lambda: runcrate_client.videos.generate_and_save(tmp_path / "v.mp4", VIDEO, "w", on_status=callback),
    ]
    for waiter in calls:
        with pytest.raises(ValueError, match=refused):
            waiter()
    assert fake.requests == []


def test_the_sync_client_refuses_an_awaitable_returned_by_a_plain_function(
    runcrate_client: Runcrate, fake: FakeRuncrate
) -> None:
    job = runcrate_client.jobs.run(**SPEC)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with pytest.raises(TypeError, match="on_status returned an awaitable"):
            runcrate_client.jobs.wait(job.id, on_status=lambda state: _async_callback(state))  # noqa: PLW0108  (looks plain)
        gc.collect()
    assert [str(w.message) for w in caught] == []  # closed: no "coroutine was never awaited"
