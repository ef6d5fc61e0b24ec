"""Small ASGI plumbing shared by the fake server's middleware layers."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import unquote

from starlette.convertors import Convertor, register_url_convertor

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

BODY_KEY = "runcrate.body"
SERVER_SEND_KEY = "runcrate.server_send"


def routing_path(raw_path: bytes) -> str:
    """The request path for routing: each segment decoded, but a ``/`` (or ``%``) that was
    percent-encoded inside a segment stays encoded, so ``/instances/a%2Fb`` is one id."""
    segments = raw_path.decode("latin-1").split("/")
    return "/".join(unquote(segment).replace("%", "%25").replace("/", "%2F") for segment in segments)


class SegmentConvertor(Convertor[str]):
    """``{name:segment}``: one path segment, decoded (it may contain an encoded ``/``)."""

    regex = "[^/]+"

    def convert(self, value: str) -> str:
        return unquote(value)

    def to_string(self, value: str) -> str:
        return value.replace("%", "%25").replace("/", "%2F")


class SegmentsConvertor(Convertor[str]):
    """``{name:segments}``: the rest of the path, several segments (an artifact path), decoded."""

    regex = ".+"

    def convert(self, value: str) -> str:
        return "/".join(unquote(segment) for segment in value.split("/"))

    def to_string(self, value: str) -> str:
        return value


register_url_convertor("segment", SegmentConvertor())
register_url_convertor("segments", SegmentsConvertor())


async def read_body_upto(receive: Receive, limit: int) -> tuple[bytes, bool]:
    """The body's first bytes, reading until it ends or passes ``limit``; and whether it ended."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return b"".join(chunks), True
        chunk = bytes(message.get("body", b""))
        chunks.append(chunk)
        size += len(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks), True
        if size > limit:
            return b"".join(chunks), False


def replay(body: bytes, receive: Receive) -> Receive:
    """A ``receive`` that hands out ``body`` once, then waits for the client to disconnect."""
    sent = False

    async def replayed() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replayed


def header(scope: Scope, name: str) -> str | None:
    """One request header (``name`` in lower case), decoded as Latin-1."""
    wanted = name.encode("latin-1")
    for key, value in scope.get("headers", []):
        if key.lower() == wanted:
            return bytes(value).decode("latin-1")
    return None


def response_header(message: Message, name: str) -> str | None:
    wanted = name.encode("latin-1")
    for key, value in message.get("headers", []):
        if key.lower() == wanted:
            return bytes(value).decode("latin-1")
    return None


def without_header(headers: list[tuple[bytes, bytes]], name: str) -> list[tuple[bytes, bytes]]:
    wanted = name.encode("latin-1")
    return [(k, v) for k, v in headers if k.lower() != wanted]


async def close_connection(scope: Scope) -> None:
    """Close the client's TCP connection at once, whatever has been sent so far.

    ASGI has no message for this, and uvicorn answers 500 when an app fails before starting a
    response, so the fake reaches the transport behind uvicorn's own ``send`` (kept in the scope
    by the outermost layer; h11 and httptools protocols both hold it as ``transport``). Then it
    yields to the event loop so that uvicorn notices the disconnect and writes nothing more.
    """
    cycle = getattr(scope.get(SERVER_SEND_KEY), "__self__", None)
    transport = getattr(cycle, "transport", None)
    if transport is None:
        raise RuntimeError("cannot reach the connection to drop it (not running under uvicorn?)")
    transport.close()
    for _ in range(3):
        await asyncio.sleep(0)
