"""How the examples connect: to the fake Runcrate server (no account needed) or to the real API.

Every example takes ``--fake``. Without it, an example uses the real API when ``RUNCRATE_API_KEY``
is set (the client reads the key and the other ``RUNCRATE_*`` settings from the environment) and
the fake server otherwise. On the fake server time runs faster, so its waits are short; each
connection comes with the poll interval that suits it.
"""

from __future__ import annotations

import argparse
import contextlib
import os
from collections.abc import AsyncGenerator, Generator
from typing import TYPE_CHECKING, Any

from runcrate import AsyncRuncrate, Runcrate

if TYPE_CHECKING:
    from runcrate.testing import FakeRuncrate

FAKE_SPEED = 20.0
"""Fake seconds per real second on the fake server: an instance that boots in 30 s is up in 1.5 s."""
FAKE_POLL_SECONDS = 0.5
REAL_POLL_SECONDS = 5.0


def parser(doc: str | None) -> argparse.ArgumentParser:
    """An argument parser described by the first line of the example's docstring, with ``--fake``."""
    parser = argparse.ArgumentParser(description=(doc or "").strip().splitlines()[0])
    parser.add_argument(
        "--fake", action="store_true", help="use the fake server even if RUNCRATE_API_KEY is set"
    )
    return parser


def wants_fake(args: argparse.Namespace) -> bool:
    """``--fake`` was given, or there is no API key to use the real API with."""
    return bool(args.fake) or not os.environ.get("RUNCRATE_API_KEY")


@contextlib.contextmanager
def connect(use_fake: bool) -> Generator[tuple[Runcrate, float]]:
    """A client and its poll interval: on a fake server started for the example, or on the real API."""
    if not use_fake:
        with Runcrate() as client:
            yield client, REAL_POLL_SECONDS
        return
    with _fake_server() as fake, Runcrate(**_fake_options(fake)) as client:
        yield client, FAKE_POLL_SECONDS


@contextlib.asynccontextmanager
async def connect_async(use_fake: bool) -> AsyncGenerator[tuple[AsyncRuncrate, float]]:
    """:func:`connect` for ``AsyncRuncrate``."""
    if not use_fake:
        async with AsyncRuncrate() as client:
            yield client, REAL_POLL_SECONDS
        return
    with _fake_server() as fake:
        async with AsyncRuncrate(**_fake_options(fake)) as client:
            yield client, FAKE_POLL_SECONDS


@contextlib.contextmanager
def _fake_server() -> Generator[FakeRuncrate]:
    try:
        from runcrate.testing import FakeRuncrate  # noqa: PLC0415 (its dependencies are an extra)
    except ImportError as error:
        raise SystemExit(
            f"The fake server needs the testing extra: pip install 'runcrate-client[testing]' ({error})"
        ) from error
    with FakeRuncrate(speed=FAKE_SPEED) as fake:
        print(f"Fake Runcrate server at {fake.url}")
        yield fake
        if fake.violations:  # the fake checks every request and response against the API's spec
            raise SystemExit("The fake server saw spec violations:\n  " + "\n  ".join(fake.violations))


def _fake_options(fake: FakeRuncrate) -> dict[str, Any]:
    return {"api_key": fake.api_key, "base_url": fake.url, "inference_url": fake.url}
