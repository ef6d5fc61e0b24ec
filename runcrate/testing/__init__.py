"""A fake Runcrate server for tests: both API surfaces on one loopback origin, with state.

``FakeRuncrate`` serves one ASGI application with uvicorn on ``127.0.0.1`` in a background
thread. The application is built with Starlette because it is small, its streaming responses
flush each chunk as it is produced (real server-sent events), and it runs happily under uvicorn
in a thread. Time is fake (``fake.clock``), every request and response is checked against the
OpenAPI spec, and faults can be injected per route (``fake.faults``)::

    with FakeRuncrate() as fake:
        client = Runcrate(api_key=fake.api_key, base_url=fake.url, inference_url=fake.url)

Installed with the ``testing`` extra, ``runcrate.testing.pytest_plugin`` gives pytest suites the
fake and clients on it as fixtures; ``python -m runcrate.testing`` serves it to other processes,
which drive it through its control API (``/_fake``).

The names below load on first use: importing the package costs nothing until a server is
wanted (Starlette, uvicorn and the spec validator take a few hundred milliseconds to import).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from runcrate._lazy import export

if TYPE_CHECKING:
    from runcrate.testing._fake import FakeRuncrate
    from runcrate.testing._linked_time import LinkedTime
    from runcrate.testing._server.clock import Clock
    from runcrate.testing._server.faults import FaultRule, Faults, StatusSpec
    from runcrate.testing._server.request_log import RecordedRequest

__all__ = ["Clock", "FakeRuncrate", "FaultRule", "Faults", "LinkedTime", "RecordedRequest", "StatusSpec"]

_HOMES = {
    "Clock": "runcrate.testing._server.clock",
    "FakeRuncrate": "runcrate.testing._fake",
    "FaultRule": "runcrate.testing._server.faults",
    "Faults": "runcrate.testing._server.faults",
    "LinkedTime": "runcrate.testing._linked_time",
    "RecordedRequest": "runcrate.testing._server.request_log",
    "StatusSpec": "runcrate.testing._server.faults",
}


def __getattr__(name: str) -> Any:
    return export(name, _HOMES, globals())


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
