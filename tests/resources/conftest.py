"""Fixtures for the resource tests: every test runs once with ``Runcrate`` and once with ``AsyncRuncrate``.

Tests are ``async def`` and wrap each SDK call in ``await call(...)``, which awaits the async
client's coroutines and passes the sync client's results through, so one test body covers both.
Time is fake on both sides: when the client sleeps (retries, waiters), the fake server's clock
moves by the same amount, so nothing waits for real.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio

from runcrate import AsyncRuncrate, Runcrate
from runcrate._transport import Timing
from runcrate.testing import FakeRuncrate


class LinkedTime:
    """A client clock that only moves when the client sleeps, dragging the fake server's clock along."""

    def __init__(self, fake: FakeRuncrate) -> None:
        self.fake = fake
        self.now = 1000.0
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def wall(self) -> float:
        return 1_700_000_000.0 + self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
        self.fake.clock.advance(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


async def call(result: Any) -> Any:
    """The value of an SDK call, whichever client made it."""
    return await result if inspect.isawaitable(result) else result


async def collect(iterable: Any) -> list[Any]:
    """Every item of a sync or async iterable (pages, streams, log followers)."""
    if hasattr(iterable, "__aiter__"):
        return [item async for item in iterable]
    return list(iterable)


@pytest.fixture
def time(fake: FakeRuncrate) -> LinkedTime:
    return LinkedTime(fake)


@pytest_asyncio.fixture(params=["sync", "async"], loop_scope="function")
async def client(request: pytest.FixtureRequest, fake: FakeRuncrate, time: LinkedTime) -> AsyncIterator[Any]:
    """A ``Runcrate`` or an ``AsyncRuncrate`` on the fake server, with linked fake time."""
    options = {"api_key": fake.api_key, "base_url": fake.url, "inference_url": fake.url}
    if request.param == "sync":
        with Runcrate(**options) as sync_client:
            sync_client._engine.transport.timing = Timing(monotonic=time.monotonic, wall=time.wall)
            sync_client._engine.transport.sleep = time.sleep
            yield sync_client
    else:
        async with AsyncRuncrate(**options) as async_client:
            async_client._engine.transport.timing = Timing(monotonic=time.monotonic, wall=time.wall)
            async_client._engine.transport.sleep = time.async_sleep
            yield async_client
