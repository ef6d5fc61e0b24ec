"""Shared fixtures: one fake Runcrate server per session, reset before each test that uses it.

A test that uses ``fake`` fails if any of its requests or responses broke the OpenAPI spec (or
crashed the fake server); tests that provoke violations on purpose collect them with
``fake.take_violations()``.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from runcrate.testing import FakeRuncrate

pytest_plugins = ["tests.raw_server"]  # the ``raw_server`` fixture


@pytest.fixture(scope="session")
def fake() -> Iterator[FakeRuncrate]:
    """The session's fake server (state is reset before each test by ``_fresh_fake``)."""
    with FakeRuncrate() as server:
        yield server


@pytest.fixture(autouse=True)
def _fresh_fake(request: pytest.FixtureRequest) -> Iterator[None]:
    """Reset the fake before a test that uses it; fail the test on spec violations after it."""
    if "fake" not in request.fixturenames:
        yield
        return
    server: FakeRuncrate = request.getfixturevalue("fake")
    server.reset()
    yield
    violations = server.take_violations()
    if violations:
        pytest.fail("the fake server saw spec violations:\n  " + "\n  ".join(violations), pytrace=False)


@pytest.fixture(scope="session")
def http(fake: FakeRuncrate) -> Iterator[httpx.Client]:
    """A plain httpx client for the fake's origin, sending its API key (one per session: building
    an httpx client costs ~60 ms of TLS setup)."""
    with httpx.Client(base_url=fake.url, headers={"Authorization": f"Bearer {fake.api_key}"}) as client:
        yield client
