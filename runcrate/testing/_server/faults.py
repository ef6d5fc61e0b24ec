"""Fault injection per route: status bursts, latency, dropped connections, broken bodies and streams.

Rules are matched in the order they were added; each matching request uses up one hit of the
first rule that has hits left. Faults sit outside spec validation (they are deliberately
off-spec) but inside the request log, so every attempt is still counted::

    fake.faults.add("POST", "/api/v1/instances", statuses=[(503, {"Retry-After": "1"}), 429])
    fake.faults.add("GET", "/api/v1/instances/{id}", drop_before_response=True)
    fake.faults.add("POST", "/v1/chat/completions", sse_drop_after=2)
"""

from __future__ import annotations

import asyncio
import threading
from dataclasses import dataclass, field
from typing import Any, Literal

from starlette.responses import JSONResponse, Response

from runcrate.testing._server.asgi import (
    ASGIApp,
    Message,
    Receive,
    Scope,
    Send,
    close_connection,
    without_header,
)
from runcrate.testing._server.request_log import method_matches, path_matcher
from runcrate.testing._server.sse import EventSplitter

DROPPED = "runcrate.dropped"

StatusSpec = int | tuple[int, dict[str, str]] | tuple[int, dict[str, str], Any]

_CODES = {
    400: ("bad_request", "invalid_request_error"),
    401: ("invalid_key", "authentication_error"),
    402: ("insufficient_credits", "billing_error"),
    403: ("forbidden", "permission_error"),
    404: ("not_found", "invalid_request_error"),
    408: ("request_timeout", "server_error"),
    409: ("conflict", "invalid_request_error"),
    422: ("validation_error", "invalid_request_error"),
    429: ("rate_limited", "rate_limit_error"),
    500: ("internal_error", "server_error"),
    502: ("bad_gateway", "server_error"),
    503: ("service_unavailable", "server_error"),
    504: ("gateway_timeout", "server_error"),
}

HTML_502 = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)


@dataclass
class FaultRule:
    """One rule; ``hits`` counts the requests it has affected so far."""

    method: str
    path_pattern: str
    statuses: list[tuple[int, dict[str, str], Any]]
    delay: float = 0.0
    drop_before_response: bool = False
    truncate_body_at: int | None = None
    malformed_json: bool = False
    html_502: bool = False
    sse_drop_after: int | None = None
    sse_stall_after: int | None = None
    stall_seconds: float = 30.0
    times: int | None = 1  # None: always
    hits: int = 0
    _regex: Any = field(default=None, repr=False)

    def matches(self, method: str, path: str) -> bool:
        return method_matches(self.method, method) and bool(self._regex.match(path))

    def exhausted(self) -> bool:
        return self.times is not None and self.hits >= self.times


def _normalise(status: StatusSpec) -> tuple[int, dict[str, str], Any]:
    if isinstance(status, int):
        return status, {}, None
    if len(status) == 2:
        return status[0], dict(status[1]), None
    return status[0], dict(status[1]), status[2]


class Faults:
    """The fault rules of one fake server (``FakeRuncrate.faults``)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._rules: list[FaultRule] = []

    def add(
        self,
        method: str,
        path_pattern: str,
        *,
        statuses: list[StatusSpec] | None = None,
        delay: float = 0.0,
        drop_before_response: bool = False,
        truncate_body_at: int | None = None,
        malformed_json: bool = False,
        html_502: bool = False,
        sse_drop_after: int | None = None,
        sse_stall_after: int | None = None,
        stall_seconds: float = 30.0,
        times: int | Literal["always"] | None = None,
    ) -> FaultRule:
        """Add a rule for ``method`` (``"*"`` for any) and a wire path pattern.

        ``path_pattern`` is the full path (``/api/v1/instances/{id}``): ``{name}`` matches one
        segment, ``*`` anything. ``statuses`` answers the next requests with these statuses in
        turn (``503``, ``(429, {"Retry-After": "2"})`` or ``(status, headers, body)``; the body
        defaults to the surface's error envelope). ``delay`` waits that many real seconds first
        (alone, it only slows the request down). ``drop_before_response`` closes the connection
        without a byte; ``truncate_body_at=N`` sends the headers and N body bytes, then closes;
        ``malformed_json`` sends a body that does not parse; ``html_502`` sends a proxy's HTML
        502 page; ``sse_drop_after=N`` closes a stream after N events; ``sse_stall_after=N``
        stops sending after N events for ``stall_seconds``, then closes. ``times`` is how many
        requests the rule affects: by default one per status (the last status repeats if
        ``times`` is larger), else 1; ``"always"`` never runs out.
        """
        entries = [_normalise(status) for status in statuses or []]
        rule = FaultRule(
            method=method,
            path_pattern=path_pattern,
            statuses=entries,
            delay=delay,
            drop_before_response=drop_before_response,
            truncate_body_at=truncate_body_at,
            malformed_json=malformed_json,
            html_502=html_502,
            sse_drop_after=sse_drop_after,
            sse_stall_after=sse_stall_after,
            stall_seconds=stall_seconds,
            times=None if times == "always" else times if times is not None else max(len(entries), 1),
            _regex=path_matcher(path_pattern),
        )
        with self._lock:
            self._rules.append(rule)
        return rule

    def clear(self) -> None:
        with self._lock:
            self._rules.clear()

    @property
    def rules(self) -> list[FaultRule]:
        with self._lock:
            return list(self._rules)

    def take(self, method: str, path: str) -> tuple[FaultRule, int] | None:
        """The first live rule for this request and the index of this hit; uses the hit up."""
        with self._lock:
            for rule in self._rules:
                if not rule.exhausted() and rule.matches(method, path):
                    rule.hits += 1
                    return rule, rule.hits - 1
        return None


def _status_response(path: str, status: int, headers: dict[str, str], body: Any) -> Response:
    if isinstance(body, bytes | str):
        return Response(body, status_code=status, headers=headers)
    if body is None:
        code, kind = _CODES.get(
            status, ("error", "server_error" if status >= 500 else "invalid_request_error")
        )
        message = f"Injected fault: HTTP {status}"
        if path.startswith("/v1/"):
            body = {"error": {"message": message, "type": kind, "code": code, "param": None}}
        else:
            body = {"error": {"code": code, "message": message}}
    return JSONResponse(body, status_code=status, headers=headers)


class InjectFaults:
    """The ASGI layer that applies :class:`Faults` rules."""

    def __init__(self, app: ASGIApp, faults: Faults) -> None:
        self._app = app
        self._faults = faults

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        taken = self._faults.take(scope["method"], scope["path"]) if scope["type"] == "http" else None
        if taken is None:
            await self._app(scope, receive, send)
            return
        rule, hit = taken
        if rule.delay:
            await asyncio.sleep(rule.delay)
        if rule.drop_before_response:
            scope[DROPPED] = True
            await close_connection(scope)
            return
        if rule.statuses:
            status, headers, body = rule.statuses[min(hit, len(rule.statuses) - 1)]
            await _status_response(scope["path"], status, headers, body)(scope, receive, send)
            return
        if rule.html_502:
            await Response(HTML_502, status_code=502, media_type="text/html")(scope, receive, send)
            return
        wrapper = _BodyFault(rule, scope, send)
        try:
            await self._app(scope, receive, wrapper.send)
        except Exception:
            if not scope.get(DROPPED):
                raise


class _ConnectionDropped(Exception):
    """Raised into the app after its connection was closed on purpose, to stop it sending."""


class _BodyFault:
    """Mutilates one response on its way out: truncation, malformed JSON, SSE drop or stall."""

    def __init__(self, rule: FaultRule, scope: Scope, send: Send) -> None:
        self._rule = rule
        self._scope = scope
        self._send = send
        self._start: Message | None = None
        self._sent_bytes = 0
        self._buffer: list[bytes] = []
        self._events = EventSplitter()
        self._event_count = 0

    async def _drop(self) -> None:
        self._scope[DROPPED] = True
        await close_connection(self._scope)
        raise _ConnectionDropped

    async def send(self, message: Message) -> None:
        if self._scope.get(DROPPED):
            raise _ConnectionDropped
        if message["type"] == "http.response.start":
            self._start = message
            if not self._rule.malformed_json:
                await self._send(message)
            return
        if message["type"] != "http.response.body":
            await self._send(message)
            return
        chunk = bytes(message.get("body", b""))
        more = bool(message.get("more_body", False))
        if self._rule.malformed_json:
            self._buffer.append(chunk)
            if not more:
                await self._send_malformed()
        elif self._rule.truncate_body_at is not None:
            await self._truncate(chunk, more)
        elif self._rule.sse_drop_after is not None or self._rule.sse_stall_after is not None:
            await self._stream(chunk, more)
        else:
            await self._send(message)

    async def _truncate(self, chunk: bytes, more: bool) -> None:
        limit = self._rule.truncate_body_at or 0
        room = limit - self._sent_bytes
        if len(chunk) < room or (not more and len(chunk) <= room):
            self._sent_bytes += len(chunk)
            await self._send({"type": "http.response.body", "body": chunk, "more_body": more})
            return
        if room > 0:
            await self._send({"type": "http.response.body", "body": chunk[:room], "more_body": True})
        await self._drop()

    async def _send_malformed(self) -> None:
        assert self._start is not None
        body = b"".join(self._buffer)
        broken = body[: len(body) // 2] + b"<!-- not JSON"
        headers = without_header(list(self._start.get("headers", [])), "content-length")
        headers.append((b"content-length", str(len(broken)).encode()))
        await self._send({**self._start, "headers": headers})
        await self._send({"type": "http.response.body", "body": broken, "more_body": False})

    async def _stream(self, chunk: bytes, more: bool) -> None:
        for event in self._events.feed(chunk):
            if self._event_count == self._rule.sse_drop_after:
                await self._drop()
            if self._event_count == self._rule.sse_stall_after:
                await asyncio.sleep(self._rule.stall_seconds)
                await self._drop()
            self._event_count += 1
            await self._send({"type": "http.response.body", "body": event, "more_body": True})
        if not more:
            await self._send({"type": "http.response.body", "body": self._events.pending, "more_body": False})
