"""Clients that live on the fake server's time: their waits move the fake's clock instead of passing.

A client under test sleeps between retries and between a waiter's polls. With its time linked,
each sleep returns at once and moves the fake's clock on by as long, so a waiter sees an instance
provision or a job finish without the test waiting, and a deadline counts exactly the time the
client chose to wait (its clock moves only when it sleeps, whatever the machine's load).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from runcrate import AsyncRuncrate, Runcrate
from runcrate._transport import Timing

if TYPE_CHECKING:
    from runcrate.testing._fake import FakeRuncrate

C = TypeVar("C", Runcrate, AsyncRuncrate)

START = 1000.0


class LinkedTime:
    """The clock of the clients it is attached to: it moves only when they sleep, and drags the
    fake's clock along. ``sleeps`` lists every wait they asked for, in seconds."""

    def __init__(self, fake: FakeRuncrate) -> None:
        self.fake = fake
        self.now = START
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        """The clients' monotonic clock (deadlines and back-offs are measured on it)."""
        return self.now

    def wall(self) -> float:
        """Wall-clock time as the fake server tells it (for ``Retry-After`` dates it sends)."""
        return self.fake.clock.now()

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
        self.fake.clock.advance(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)

    def attach(self, client: C) -> C:
        """Put ``client`` (and the copies ``with_options`` makes of it later) on this time."""
        timing = Timing(monotonic=self.monotonic, wall=self.wall)
        if isinstance(client, Runcrate):
            client._engine.transport.timing, client._engine.transport.sleep = timing, self.sleep
        else:
            client._engine.transport.timing, client._engine.transport.sleep = timing, self.async_sleep
        return client
