"""Error bodies a hostile or broken server sends: nested past the recursion limit, or huge.

Either way the caller gets the typed status error; its text is a bounded preview while the whole
body stays on the error object. Both clients, against a raw socket server.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any

import pytest

import runcrate
from tests.raw_server import JSON, RawServer, respond
from tests.resources.conftest import call

ClientFactory = Callable[..., Any]

DEPTH = sys.getrecursionlimit() * 50


def nested(depth: int, innermost: str = '"deep"') -> bytes:
    return ("[" * depth + innermost + "]" * depth).encode()


async def error_for(
    raw_server: RawServer, client_for: ClientFactory, status: int, body: bytes, headers: dict[str, str]
) -> runcrate.ApiError:
    """The error a call gets from ``status`` with ``body``; its text must stay short whatever the body."""
    raw_server.queue(respond(status, body, headers))
    client = client_for(raw_server.url)
    with pytest.raises(runcrate.ApiError) as caught:
        await call(client.instances.get("i-1"))
    assert len(str(caught.value)) < 1000
    assert len(repr(caught.value)) < 1000
    return caught.value


@pytest.mark.parametrize(
    "body",
    [
        nested(DEPTH),
        b'{"error": {"code": "bad", "message": "m", "details": ' + nested(DEPTH) + b"}}",
        b'{"error": ' + nested(DEPTH) + b"}",
        b'{"detail": ' + nested(DEPTH) + b"}",
    ],
    ids=["bare", "in-details", "as-error", "as-detail"],
)
async def test_json_nested_past_the_recursion_limit_is_the_status_error(
    body: bytes, raw_server: RawServer, client_for: ClientFactory
) -> None:
    error = await error_for(raw_server, client_for, 422, body, JSON)
    assert type(error) is runcrate.UnprocessableEntityError


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (json.dumps({"error": {"code": "too_long", "message": "x" * 2_000_000}}).encode(), JSON),
        (json.dumps({"detail": ["y" * 2_000_000]}).encode(), JSON),
        (b"<html>" + b"z" * 2_000_000 + b"</html>", {"Content-Type": "text/html"}),
    ],
    ids=["message", "detail-list", "html-page"],
)
async def test_a_huge_server_message_prints_a_bounded_preview_and_keeps_the_body(
    body: bytes, content_type: dict[str, str], raw_server: RawServer, client_for: ClientFactory
) -> None:
    error = await error_for(raw_server, client_for, 400, body, content_type)
    assert type(error) is runcrate.BadRequestError
    kept = error.body if isinstance(error.body, str) else json.dumps(error.body)
    assert len(kept) >= 2_000_000  # nothing of the body is lost
