"""A fake Runcrate server for tests: both API surfaces on one loopback origin, with state.

``FakeRuncrate`` serves one ASGI application with uvicorn on ``127.0.0.1`` in a background
thread. The application is built with Starlette because it is small, its streaming responses
flush each chunk as it is produced (real server-sent events), and it runs happily under uvicorn
in a thread. Time is fake (``fake.clock``), every request and response is checked against the
OpenAPI spec, and faults can be injected per route (``fake.faults``)::

    with FakeRuncrate() as fake:
        client = Runcrate(api_key=fake.api_key, base_url=fake.url, inference_url=fake.url)
"""

from runcrate.testing._clock import Clock
from runcrate.testing._faults import FaultRule, Faults
from runcrate.testing._request_log import RecordedRequest
from runcrate.testing._server import FakeRuncrate

__all__ = ["Clock", "FakeRuncrate", "FaultRule", "Faults", "RecordedRequest"]
