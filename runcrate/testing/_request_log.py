"""Every request the fake server received, for assertions on attempts and idempotency keys."""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass
from typing import Any

from runcrate.testing._asgi import (
    BODY_KEY,
    SERVER_SEND_KEY,
    ASGIApp,
    Receive,
    Scope,
    Send,
    read_body,
    replay,
    routing_path,
)


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
    ``%2F``); ``raw_path`` is exactly what arrived on the wire.
    """

    method: str
    path: str
    query: str
    headers: dict[str, str]
    body: bytes
    raw_path: str = ""

    @property
    def idempotency_key(self) -> str | None:
        return self.headers.get("idempotency-key")

    def json(self) -> Any:
        return json.loads(self.body)


class RequestLog:
    """Thread-safe list of :class:`RecordedRequest`, cleared by ``FakeRuncrate.reset()``."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._requests: list[RecordedRequest] = []

    def append(self, request: RecordedRequest) -> None:
        with self._lock:
            self._requests.append(request)

    def clear(self) -> None:
        with self._lock:
            self._requests.clear()

    def all(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._requests)

    def matching(self, method: str, path_pattern: str) -> list[RecordedRequest]:
        regex = path_matcher(path_pattern)
        return [r for r in self.all() if method_matches(method, r.method) and regex.match(r.path)]


class RecordRequests:
    """Outermost layer: routes on the raw path (D7), buffers the body once (later layers read
    ``scope[BODY_KEY]``) and logs the request."""

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
        body = await read_body(receive)
        scope[BODY_KEY] = body
        headers: dict[str, str] = {}
        for key, value in scope["headers"]:
            headers[bytes(key).decode("latin-1").lower()] = bytes(value).decode("latin-1")
        query = bytes(scope.get("query_string", b"")).decode("latin-1")
        recorded = RecordedRequest(
            scope["method"], scope["path"], query, headers, body, raw_path.decode("latin-1")
        )
        self._log.append(recorded)
        await self._app(scope, replay(body, receive), send)
