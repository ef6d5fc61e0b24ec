"""Fixtures of the schemathesis run: one HTTP session and the seeder (see ``seeding``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import requests

from runcrate.testing import FakeRuncrate
from tests.schemathesis.seeding import Seeder


@pytest.fixture(scope="module")
def session() -> Iterator[requests.Session]:
    """One keep-alive connection for the run; no proxy variables read per request."""
    with requests.Session() as http:
        http.trust_env = False
        yield http


@pytest.fixture(scope="module")
def seeder(fake: FakeRuncrate, session: requests.Session) -> Seeder:
    return Seeder(fake, session)
