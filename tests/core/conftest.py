"""Fixtures for the overlay core: the plugin's clients on the fake server, on linked time (nothing sleeps)."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest
import pytest_asyncio

from runcrate import AsyncRuncrate, Runcrate
from runcrate.testing import FakeRuncrate, LinkedTime
from tests.core.helpers import KINDS, SECRET_KEY, client_options
from tests.resources.conftest import call

ENV_VARS = (
    "RUNCRATE_API_KEY",
    "RUNCRATE_BASE_URL",
    "RUNCRATE_INFERENCE_URL",
    "RUNCRATE_ENVIRONMENT",
    "RUNCRATE_TIMEOUT",
    "RUNCRATE_MAX_RETRIES",
    "RUNCRATE_LOG",
    "RUNCRATE_ALLOW_ANY_KEY_FORMAT",
)


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test sees the developer's RUNCRATE_* variables."""
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def fake_time(runcrate_time: LinkedTime) -> LinkedTime:
    return runcrate_time


@pytest.fixture
def client(runcrate_client: Runcrate) -> Runcrate:
    return runcrate_client


# In the test's own loop, where its connections live; once on each HTTP backend (the plugin's
# ``runcrate_async_client`` is the httpx one).
@pytest_asyncio.fixture(params=["async", "aiohttp"], loop_scope="function")
async def async_client(
    request: pytest.FixtureRequest, fake: FakeRuncrate, fake_time: LinkedTime
) -> AsyncIterator[AsyncRuncrate]:
    options = {"api_key": fake.api_key, "base_url": fake.url, "inference_url": fake.url}
    async with fake_time.attach(AsyncRuncrate(**options, **client_options(request.param))) as runcrate:
        yield runcrate


@contextlib.asynccontextmanager
async def opened(kind: str, fake_time: LinkedTime, **options: Any) -> AsyncIterator[Any]:
    """A client of ``kind`` (see ``KINDS``) on fake time, closed afterwards."""
    cls = Runcrate if kind == "sync" else AsyncRuncrate
    client = cls(**client_options(kind), **options)
    fake_time.attach(client)
    try:
        yield client
    finally:
        await call(client.close())


@pytest_asyncio.fixture(params=KINDS, loop_scope="function")
async def each_client(
    request: pytest.FixtureRequest, fake: FakeRuncrate, fake_time: LinkedTime
) -> AsyncIterator[Any]:
    """Each kind of client in turn (see ``KINDS``), on the fake server and fake time."""
    async with opened(
        request.param, fake_time, api_key=fake.api_key, base_url=fake.url, inference_url=fake.url
    ) as made:
        yield made


@pytest_asyncio.fixture(params=KINDS, loop_scope="function")
async def client_for(request: pytest.FixtureRequest) -> AsyncIterator[Callable[..., Any]]:
    """Build a ``Runcrate`` or an ``AsyncRuncrate`` (on each HTTP backend) with ``SECRET_KEY`` on a
    given origin (a raw server's), without retries; closed after the test. One test body covers
    every client."""
    made: list[Runcrate | AsyncRuncrate] = []

    def make(url: str, **options: Any) -> Runcrate | AsyncRuncrate:
        cls = Runcrate if request.param == "sync" else AsyncRuncrate
        settings = {**client_options(request.param), **options}
        client = cls(api_key=SECRET_KEY, base_url=url, inference_url=url, max_retries=0, **settings)
        made.append(client)
        return client

    make.kind = request.param  # type: ignore[attr-defined]
    yield make
    for client in made:
        await call(client.close())
