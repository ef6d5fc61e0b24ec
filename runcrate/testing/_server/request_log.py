"""Every request the fake server received, for assertions on attempts and idempotency keys.

Bodies up to ``BUFFERED_BODY_LIMIT`` (8 MiB) are read once at the edge and kept whole: in the
log and for the spec validator. A larger body (a code archive PUT to a signed upload URL can be
1 GiB) streams through to its route as it arrives; the log keeps only the size and SHA-256 of
what the route read by the time it answered, and logs the request then.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any

from runcrate.testing._server.asgi import (
    BODY_KEY,
    SERVER_SEND_KEY,
    ASGIApp,
    Message,
    Receive,
    Scope,
    Send,
    header,
    read_body_upto,
    replay,
    routing_path,
)
from runcrate.testing._server.locked import LockedList

BUFFERED_BODY_LIMIT = 8 * 1024 * 1024


def path_matcher(pattern: str) -> re.Pattern[str]:
    """``/api/v1/instances/{id}`` (one segment per ``{name}``) and ``*`` (anything) as a regex."""
    parts = re.split(r"(\{[^/{}]+\}|\*)", pattern)
    regex = "".join(
        "[^/]+" if part.startswith("{") else ".*" if part == "*" else re.escape(part) for part in parts
    )
    return re.compile(regex + r"\Z")


def method_matches(wanted: str, method: str) -> bool:
    return wanted == "*" or wanted.upper() == method


@dataclass(frozen=True)
class RecordedRequest:
    """One received request, as the client sent it (headers lower-cased).

    ``path`` is the routing path (segments decoded; a ``/`` encoded inside a segment stays
    ``%2F``); ``raw_path`` is exactly what arrived on the wire. ``body`` is the whole body when it
    is at most 8 MiB and empty beyond; ``size`` and ``sha256`` always describe the bytes received.
    """

    method: str
    path: str
    query: str
    headers: dict[str, str]
    body: bytes
    raw_path: str = ""
    size: int = 0
    sha256: str = hashlib.sha256(b"").hexdigest()

    @property
    def idempotency_key(self) -> str | None:
        return self.headers.get("idempotency-key")

    @property
    def body_kept(self) -> bool:
        """False for a body too large to keep (only ``size`` and ``sha256`` are known)."""
        return len(self.body) == self.size

    def json(self) -> Any:
        return json.loads(self.body)


class RequestLog(LockedList[RecordedRequest]):
    """Every request received, cleared by ``FakeRuncrate.reset()``."""

    def matching(self, method: str, path_pattern: str) -> list[RecordedRequest]:
        regex = path_matcher(path_pattern)
        return [r for r in self.all() if method_matches(method, r.method) and regex.match(r.path)]


class _StreamedBody:
    """A ``receive`` that hands the route the bytes already read, then the rest as it arrives,
    counting and hashing everything on the way."""

    def __init__(self, head: bytes, receive: Receive) -> None:
        self._head: bytes | None = head
        self._receive = receive
        self._digest = hashlib.sha256(head)
        self.size = len(head)

    @property
    def sha256(self) -> str:
        return self._digest.hexdigest()

    async def receive(self) -> Message:
        if self._head:
            head, self._head = self._head, None
            return {"type": "http.request", "body": head, "more_body": True}
        self._head = None
        message = await self._receive()
        if message["type"] == "http.request":
            chunk = bytes(message.get("body", b""))
            self._digest.update(chunk)
            self.size += len(chunk)
        return message


class RecordRequests:
    """Outermost layer: routes on the raw path (a path parameter's encoded ``/`` stays one segment),
    buffers bodies up to 8 MiB once (later layers read ``scope[BODY_KEY]``, None for a streamed
    body) and logs the request."""

    def __init__(self, app: ASGIApp, log: RequestLog) -> None:
        self._app = app
        self._log = log

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self._app(scope, receive, send)
            return
        scope[SERVER_SEND_KEY] = send
        raw_path = bytes(scope.get("raw_path") or scope["path"].encode("latin-1"))
        scope["path"] = routing_path(raw_path)
        head, complete = b"", False
        if not _declares_large_body(scope):
            head, complete = await read_body_upto(receive, BUFFERED_BODY_LIMIT)
        if complete:
            scope[BODY_KEY] = head
            self._log.append(_record(scope, raw_path, head, len(head), hashlib.sha256(head).hexdigest()))
            await self._app(scope, replay(head, receive), send)
            return
        scope[BODY_KEY] = None
        streamed = _StreamedBody(head, receive)
        logged = False

        def log_streamed() -> None:
            nonlocal logged
            if not logged:
                logged = True
                self._log.append(_record(scope, raw_path, b"", streamed.size, streamed.sha256))

        async def send_after_logging(message: Message) -> None:
            if message["type"] == "http.response.start":
                log_streamed()  # before the client can see the answer, so tests find the entry
            await send(message)

        try:
            await self._app(scope, streamed.receive, send_after_logging)
        finally:
            log_streamed()


def _declares_large_body(scope: Scope) -> bool:
    length = header(scope, "content-length")
    return length is not None and length.isdigit() and int(length) > BUFFERED_BODY_LIMIT


def _record(scope: Scope, raw_path: bytes, body: bytes, size: int, sha256: str) -> RecordedRequest:
    headers: dict[str, str] = {}
    for key, value in scope["headers"]:
        headers[bytes(key).decode("latin-1").lower()] = bytes(value).decode("latin-1")
    query = bytes(scope.get("query_string", b"")).decode("latin-1")
    return RecordedRequest(
        scope["method"], scope["path"], query, headers, body, raw_path.decode("latin-1"), size, sha256
    )
