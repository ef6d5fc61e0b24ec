"""Fixtures for the overlay core: clients wired to the fake server, with fake time (nothing sleeps)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import pytest
import pytest_asyncio

from runcrate import AsyncRuncrate, Runcrate
from runcrate.testing import FakeRuncrate
from tests.core.helpers import KINDS, SECRET_KEY, FakeTime, client_options, install_fake_time
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
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture
def client(fake: FakeRuncrate, fake_time: FakeTime) -> Iterator[Runcrate]:
    with Runcrate(api_key=fake.api_key, base_url=fake.url, inference_url=fake.url) as runcrate:
        install_fake_time(runcrate, fake_time)
        yield runcrate


# In the test's own loop, where its connections live; once on each HTTP backend.
@pytest_asyncio.fixture(params=["async", "aiohttp"], loop_scope="function")
async def async_client(
    request: pytest.FixtureRequest, fake: FakeRuncrate, fake_time: FakeTime
) -> AsyncIterator[AsyncRuncrate]:
    async with AsyncRuncrate(
        api_key=fake.api_key, base_url=fake.url, inference_url=fake.url, **client_options(request.param)
    ) as runcrate:
        install_fake_time(runcrate, fake_time)
        yield runcrate


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
