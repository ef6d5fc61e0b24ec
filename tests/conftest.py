"""Shared fixtures. The fake Runcrate server comes from this package's own pytest plugin
(``runcrate.testing.pytest_plugin``): one per session, reset before each test that uses it, and a
test that makes it see a spec violation fails (tests that provoke violations on purpose collect
them with ``fake.take_violations()``).
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from runcrate.testing import FakeRuncrate

pytest_plugins = ["tests.raw_server"]  # the ``raw_server`` fixture


@pytest.fixture(scope="session")
def fake(runcrate_fake: FakeRuncrate) -> FakeRuncrate:
    """This suite's short name for the plugin's ``runcrate_fake``."""
    return runcrate_fake


@pytest.fixture(scope="session")
def http(fake: FakeRuncrate) -> Iterator[httpx.Client]:
    """A plain httpx client for the fake's origin, sending its API key (one per session: building
    an httpx client costs ~60 ms of TLS setup)."""
    with httpx.Client(base_url=fake.url, headers={"Authorization": f"Bearer {fake.api_key}"}) as client:
        yield client
