"""The client's own connection pool: httpx's default transport, built when the first request goes out."""

from __future__ import annotations

import threading
import time

import httpx

from runcrate import AsyncRuncrate, Runcrate
from runcrate._pool import AsyncDeferredTransport, DeferredTransport
from runcrate._transport import Timing
from runcrate.testing import FakeRuncrate


def _deferred(client: Runcrate | AsyncRuncrate) -> DeferredTransport | AsyncDeferredTransport:
    transport = client._engine.http._transport  # pyright: ignore[reportPrivateUsage]
    assert isinstance(transport, DeferredTransport | AsyncDeferredTransport)
    return transport


def test_the_pool_is_built_by_the_first_request_and_kept(fake: FakeRuncrate) -> None:
    client = Runcrate(api_key=fake.api_key, base_url=fake.url, inference_url=fake.url)
    deferred = _deferred(client)
    assert deferred._transport is None  # pyright: ignore[reportPrivateUsage]
    client.instances.list()
    built = deferred._transport  # pyright: ignore[reportPrivateUsage]
    assert isinstance(built, httpx.HTTPTransport)
    client.with_options(max_retries=0).instances.list()
    assert deferred._transport is built  # pyright: ignore[reportPrivateUsage]
    assert built._pool.connections  # pyright: ignore[reportPrivateUsage] (kept alive)
    client.close()
    assert not built._pool.connections  # pyright: ignore[reportPrivateUsage]


def test_closing_before_any_request_builds_nothing() -> None:
    client = Runcrate(api_key="rc_live_" + "a" * 32)
    client.close()
    assert _deferred(client)._transport is None  # pyright: ignore[reportPrivateUsage]


def test_threads_racing_to_the_first_request_share_one_pool() -> None:
    deferred = DeferredTransport()
    start = threading.Barrier(8)
    seen: list[httpx.HTTPTransport] = []

    def first_use() -> None:
        start.wait()
        seen.append(deferred._built())  # pyright: ignore[reportPrivateUsage]

    threads = [threading.Thread(target=first_use) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(seen) == 8 and all(transport is seen[0] for transport in seen)
    deferred.close()


async def test_the_async_pool_is_built_by_the_first_request(fake: FakeRuncrate) -> None:
    client = AsyncRuncrate(api_key=fake.api_key, base_url=fake.url, inference_url=fake.url)
    deferred = _deferred(client)
    assert deferred._transport is None  # pyright: ignore[reportPrivateUsage]
    await client.instances.list()
    built = deferred._transport  # pyright: ignore[reportPrivateUsage]
    assert isinstance(built, httpx.AsyncHTTPTransport)
    await client.instances.list()
    assert deferred._transport is built  # pyright: ignore[reportPrivateUsage]
    assert built._pool.connections  # pyright: ignore[reportPrivateUsage] (kept alive)
    await client.close()
    assert not built._pool.connections  # pyright: ignore[reportPrivateUsage]
    unused = AsyncRuncrate(api_key=fake.api_key)
    await unused.close()
    assert _deferred(unused)._transport is None  # pyright: ignore[reportPrivateUsage]


async def test_building_the_pool_is_not_counted_against_the_first_call(fake: FakeRuncrate) -> None:
    # Every clock read of an attempt (its start, its deadline) must come after the pool is built:
    # building it (the TLS context) can take longer than a short timeout on a loaded machine.
    clients: list[Runcrate | AsyncRuncrate] = [
        Runcrate(api_key=fake.api_key, base_url=fake.url, inference_url=fake.url),
        AsyncRuncrate(api_key=fake.api_key, base_url=fake.url, inference_url=fake.url),
    ]
    for client in clients:
        built_when_read: list[bool] = []
        client._engine.transport.timing = _recording_clock(_deferred(client), built_when_read)
        if isinstance(client, AsyncRuncrate):
            await client.instances.list()
            await client.close()
        else:
            client.instances.list()
            client.close()
        assert built_when_read and all(built_when_read)


def _recording_clock(deferred: DeferredTransport | AsyncDeferredTransport, built: list[bool]) -> Timing:
    """A real clock that notes, at each read, whether the pool had been built."""

    def monotonic() -> float:
        built.append(deferred._transport is not None)  # pyright: ignore[reportPrivateUsage]
        return time.monotonic()

    return Timing(monotonic=monotonic)
