"""Fixtures for the resource tests: every test runs once with ``Runcrate`` and once with ``AsyncRuncrate``.

Tests are ``async def`` and wrap each SDK call in ``await call(...)``, which awaits the async
client's coroutines and passes the sync client's results through, so one test body covers both.
Time is linked (the plugin's ``runcrate_time``): when the client sleeps (retries, waiters), the fake
server's clock moves by the same amount, so nothing waits for real.
"""

from __future__ import annotations

import inspect
from typing import Any

import pytest

from runcrate.testing import LinkedTime


async def call(result: Any) -> Any:
    """The value of an SDK call, whichever client made it."""
    return await result if inspect.isawaitable(result) else result


async def collect(iterable: Any) -> list[Any]:
    """Every item of a sync or async iterable (pages, streams, log followers)."""
    if hasattr(iterable, "__aiter__"):
        return [item async for item in iterable]
    return list(iterable)


@pytest.fixture
def time(runcrate_time: LinkedTime) -> LinkedTime:
    return runcrate_time


@pytest.fixture(params=["sync", "async"])
def client(request: pytest.FixtureRequest) -> Any:
    """The plugin's ``runcrate_client`` or ``runcrate_async_client``: each test runs with both."""
    return request.getfixturevalue("runcrate_client" if request.param == "sync" else "runcrate_async_client")
