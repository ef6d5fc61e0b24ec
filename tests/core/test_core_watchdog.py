"""What the sync client's deadline watchdog costs a call that ends in time: nothing that outlives it.

Every attempt arms an alarm and disarms it when the answer is read. A disarmed alarm must not stay
in the watchdog (holding its socket) until its due time, and must not wake the watchdog thread then:
a client making calls one after another would otherwise pay a thread wake-up per call, long after
each call ended.
"""

from __future__ import annotations

import gc
import threading
import weakref
from typing import Any

import pytest

from runcrate._deadline import Deadline
from runcrate._watchdog import Alarm, watchdog
from tests.core.helpers import on_raw
from tests.raw_server import RawServer, respond_json

CALLS = 40
TIMEOUT = 0.5
"""Long enough for each call, short enough that every alarm falls due during the test."""


def test_a_call_in_time_leaves_no_alarm_behind(raw_server: RawServer) -> None:
    raw_server.repeat(respond_json({"data": []}))

    def calls(client: Any) -> None:
        for _ in range(CALLS):
            client.instances.list()

    on_raw("sync", raw_server.url, calls, timeout=TIMEOUT)
    assert watchdog._due == []


def test_disarmed_alarms_never_wake_the_watchdog(
    raw_server: RawServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw_server.repeat(respond_json({"data": []}))
    wakes: list[float | None] = []
    wait = watchdog._wake.wait

    def counted(timeout: float | None = None) -> bool:
        wakes.append(timeout)
        return wait(timeout)

    monkeypatch.setattr(watchdog._wake, "wait", counted)

    def calls(client: Any) -> None:
        for _ in range(CALLS):
            client.instances.list()

    on_raw("sync", raw_server.url, calls, timeout=TIMEOUT)
    threading.Event().wait(2 * TIMEOUT)  # every alarm armed above is now past its due time
    # About one wake per TIMEOUT of calls (to look at the earliest alarm), not one per call.
    assert len(wakes) < CALLS // 4


def test_a_disarmed_alarm_lets_go_of_its_socket() -> None:
    import socket

    sock = socket.socket()
    alarm = Alarm(Deadline(60), sock)
    watchdog.watch(alarm)
    alarm.cancel()
    alarm.cancel()  # twice is harmless
    held = weakref.ref(sock)
    sock.close()
    del sock
    gc.collect()
    assert held() is None


def test_an_alarm_still_fires_after_others_were_disarmed() -> None:
    import socket

    first, second = socket.socketpair()
    with first, second:
        for _ in range(10):
            quiet = Alarm(Deadline(60), first)
            watchdog.watch(quiet)
            quiet.cancel()
        alarm = Alarm(Deadline(0.05), first)
        watchdog.watch(alarm)
        first.settimeout(5)
        assert first.recv(1) == b""  # the shutdown ends the blocked read
        assert alarm.fired
        alarm.cancel()
    assert watchdog._due == []
