"""JSON nested past the recursion limit in a success body (an object, or an infrastructure list
answered as a bare array) is an ``InvalidResponseError``, never a ``RecursionError``. Sync and async,
from a raw server (the fake never sends such a body).
"""

from __future__ import annotations

import sys
from typing import Any

import pytest

from runcrate import InvalidResponseError
from tests.core.helpers import KINDS, on_raw
from tests.raw_server import JSON, RawServer, respond

DEPTH = sys.getrecursionlimit() * 4


def nested(open_: bytes, close: bytes) -> bytes:
    return open_ * DEPTH + close * DEPTH


BODIES = {
    "bare list": nested(b"[", b"]"),
    "data": b'{"data": ' + nested(b"[", b"]") + b"}",
    "object": b'{"data": ' + nested(b'{"a": ', b"}").replace(b"}", b"1}", 1) + b"}",
}
CALLS = {
    "list": lambda c: c.instances.list(),
    "get": lambda c: c.instances.get("i-1"),
    "chat": lambda c: c.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}]),
}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("body", sorted(BODIES))
def test_the_escape_hatch_refuses_a_body_nested_too_deep(raw_server: RawServer, kind: str, body: str) -> None:
    raw_server.repeat(respond(200, BODIES[body], JSON))
    with pytest.raises(InvalidResponseError, match="The JSON body does not parse"):
        on_raw(kind, raw_server.url, lambda c: c.get("/instances"), max_retries=0)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("body", sorted(BODIES))
@pytest.mark.parametrize("call", sorted(CALLS))
def test_a_success_body_nested_too_deep_is_an_invalid_response(
    raw_server: RawServer, kind: str, body: str, call: str
) -> None:
    raw_server.repeat(respond(200, BODIES[body], JSON))
    action: Any = CALLS[call]
    with pytest.raises(InvalidResponseError, match="does not match the API description"):
        on_raw(kind, raw_server.url, action, max_retries=0)
