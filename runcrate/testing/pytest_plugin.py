"""pytest fixtures for code that uses Runcrate, registered by ``pip install runcrate-client[testing]``.

The package declares this module under the ``pytest11`` entry point, so pytest loads it in every
project where the package is installed; it imports nothing heavy until a test asks for a fixture.

=========================  ===================================================================
``runcrate_fake``          the session's ``FakeRuncrate``, reset before each test that uses it;
                           the test fails if a request or response broke the spec (tests that
                           break it on purpose collect them with ``take_violations()``)
``runcrate_client``        a ``Runcrate`` on the fake, whose waits move the fake's clock
``runcrate_async_client``  the same ``AsyncRuncrate`` (needs pytest-asyncio, or anyio's plugin)
``runcrate_time``          the clients' ``LinkedTime``: ``sleeps`` lists the waits they chose
``runcrate_clock``         the fake's clock: ``advance(seconds)``, ``set_speed(factor)``
``runcrate_faults``        the fake's fault rules: ``add(method, path, ...)``
=========================  ===================================================================

Override ``runcrate_fake`` in a ``conftest.py`` to build the server differently (another speed,
spec checks off); the per-test reset and the spec check follow whichever one is used.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar, cast

import pytest

if TYPE_CHECKING:
    from runcrate import AsyncRuncrate, Runcrate
    from runcrate.testing import Clock, FakeRuncrate, Faults, LinkedTime

_F = TypeVar("_F", bound=Callable[..., Any])


def _async_fixture(function: _F) -> _F:
    """An async fixture run in the test's own loop, where its connections must live: pytest-asyncio's
    kind when it is installed, else the plain kind (which anyio's plugin runs)."""
    try:
        import pytest_asyncio  # noqa: PLC0415
    except ImportError:
        return cast(_F, pytest.fixture(function))
    return cast(_F, pytest_asyncio.fixture(function, loop_scope="function"))


FAKE = "runcrate_fake"


@pytest.fixture(scope="session")
def runcrate_fake() -> Iterator[FakeRuncrate]:
    """A fake Runcrate server for the whole session (each test that uses it gets it fresh)."""
    from runcrate.testing import FakeRuncrate  # noqa: PLC0415  (only when a test wants a server)

    with FakeRuncrate() as fake:
        yield fake


@pytest.fixture
def _runcrate_fresh_fake(runcrate_fake: FakeRuncrate) -> Iterator[FakeRuncrate]:
    """The fake, reset for this test; the test fails on spec violations after it. Every fixture
    below builds on it, so a test gets a fresh fake however it reaches one (also dynamically,
    through ``request.getfixturevalue``)."""
    runcrate_fake.reset()
    yield runcrate_fake
    violations = runcrate_fake.take_violations()
    if violations:
        found = "\n  ".join(violations)
        pytest.fail(f"the fake Runcrate server saw spec violations:\n  {found}", pytrace=False)


@pytest.fixture(autouse=True)
def _runcrate_reset_for_direct_users(request: pytest.FixtureRequest) -> None:
    """A test that asks for ``runcrate_fake`` itself gets it fresh too."""
    if FAKE in request.fixturenames:
        request.getfixturevalue(_runcrate_fresh_fake.__name__)


@pytest.fixture
def runcrate_time(_runcrate_fresh_fake: FakeRuncrate) -> LinkedTime:
    """The clock of this test's clients: moved only by their sleeps, which move the fake's clock."""
    from runcrate.testing import LinkedTime  # noqa: PLC0415

    return LinkedTime(_runcrate_fresh_fake)


def _options(fake: FakeRuncrate) -> dict[str, Any]:
    return {"api_key": fake.api_key, "base_url": fake.url, "inference_url": fake.url}


@pytest.fixture
def runcrate_client(_runcrate_fresh_fake: FakeRuncrate, runcrate_time: LinkedTime) -> Iterator[Runcrate]:
    """A ``Runcrate`` client on the fake server, on linked time."""
    from runcrate import Runcrate  # noqa: PLC0415

    with runcrate_time.attach(Runcrate(**_options(_runcrate_fresh_fake))) as client:
        yield client


@_async_fixture
async def runcrate_async_client(
    _runcrate_fresh_fake: FakeRuncrate, runcrate_time: LinkedTime
) -> AsyncIterator[AsyncRuncrate]:
    """An ``AsyncRuncrate`` client on the fake server, on linked time (made in the test's loop)."""
    from runcrate import AsyncRuncrate  # noqa: PLC0415

    async with runcrate_time.attach(AsyncRuncrate(**_options(_runcrate_fresh_fake))) as client:
        yield client


@pytest.fixture
def runcrate_clock(_runcrate_fresh_fake: FakeRuncrate) -> Clock:
    """The fake server's clock."""
    return _runcrate_fresh_fake.clock


@pytest.fixture
def runcrate_faults(_runcrate_fresh_fake: FakeRuncrate) -> Faults:
    """The fake server's fault rules (cleared by the per-test reset)."""
    return _runcrate_fresh_fake.faults
