"""The control API: the fake server's test controls over HTTP, for tests in another process or language.

Every route lives under ``/_fake``, a prefix outside both API surfaces (``/v1`` and ``/api/v1``),
so no API path, and nothing an SDK sends to the API, can reach it. It sits in front of the
whole server: control requests are never recorded, faulted or checked against the spec.
Each one needs ``Authorization: Bearer <control token>`` (a secret of its own, not an API key;
a browser page cannot send that header to another origin without a preflight this server never
grants), and bodies are JSON objects whose fields are all checked, unknown ones included:

=======  ==============================  =====================================================
GET      ``/_fake``                      the server: ``url``, ``api_key``, the clock
POST     ``/_fake/reset``                a fresh workspace (state, faults, requests, violations)
GET      ``/_fake/clock``                ``{"now", "unix", "speed"}``
POST     ``/_fake/clock/advance``        ``{"seconds": n}``: jump fake time forward
PUT      ``/_fake/clock/speed``          ``{"speed": x}``: fake seconds per real second
GET      ``/_fake/faults``               the fault rules and how many requests each has hit
POST     ``/_fake/faults``               add a rule (the fields of ``Faults.add``)
DELETE   ``/_fake/faults``               remove every rule
GET      ``/_fake/requests``             recorded requests (``?method=`` and ``?path=`` filter)
GET      ``/_fake/violations``           spec violations so far
POST     ``/_fake/violations/take``      spec violations so far, clearing them
GET      ``/_fake/balance``              ``{"balance_usd"}``
POST     ``/_fake/balance/top-up``       ``{"amount_usd": n}``: add credits
PUT      ``/_fake/balance``              ``{"balance_usd": n}``: set the balance
=======  ==============================  =====================================================

Errors are ``{"error": {"code", "message"}}``: 401 ``unauthorized``, 400 ``bad_request`` (naming
the field, the value and what was expected), 404 ``not_found``, 405 ``method_not_allowed``.
"""

from __future__ import annotations

import base64
import hmac
import json
import math
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from runcrate.testing._server.asgi import ASGIApp, Receive, Scope, Send, header
from runcrate.testing._server.clock import Clock, iso
from runcrate.testing._server.faults import FaultRule, Faults
from runcrate.testing._server.http import as_array, as_object, json_kind
from runcrate.testing._server.request_log import RecordedRequest, method_matches, path_matcher

PREFIX = "/_fake"
REALM = 'Bearer realm="runcrate-fake-control"'
MAX_BODY_BYTES = 1024 * 1024


class Controls(Protocol):
    """What the control API drives: ``FakeRuncrate``."""

    url: str
    clock: Clock
    faults: Faults

    @property
    def api_key(self) -> str: ...

    @property
    def requests(self) -> list[RecordedRequest]: ...

    @property
    def violations(self) -> list[str]: ...

    @property
    def balance_usd(self) -> float: ...

    def reset(self) -> None: ...

    def take_violations(self) -> list[str]: ...

    def set_balance(self, usd: float) -> None: ...

    def add_credits(self, usd: float) -> float: ...


class ControlError(Exception):
    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.headers = status, code, message, headers


def _bad(message: str) -> ControlError:
    return ControlError(400, "bad_request", message)


# ----- reading bodies and fields -----
def _fields(body: dict[str, Any], allowed: set[str], required: set[str]) -> None:
    unknown = sorted(set(body) - allowed)
    if unknown:
        raise _bad(f"unknown field(s) {unknown}: expected some of {sorted(allowed)}")
    missing = sorted(required - set(body))
    if missing:
        raise _bad(f"missing field(s) {missing}")


def _number(name: str, value: object, *, minimum: float = 0.0) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise _bad(f"{name} must be a finite number, got {json.dumps(value)}")
    if value < minimum:
        raise _bad(f"{name} must be >= {minimum:g}, got {value!r}")
    return float(value)


def _count(name: str, value: object, *, minimum: int = 0) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise _bad(f"{name} must be an integer >= {minimum}, got {json.dumps(value)}")
    return value


def _flag(name: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise _bad(f"{name} must be true or false, got {json.dumps(value)}")
    return value


def _text(name: str, value: object) -> str:
    if not isinstance(value, str) or not value:
        raise _bad(f"{name} must be a non-empty string, got {json.dumps(value)}")
    return value


async def _body(request: Request) -> dict[str, Any]:
    raw = await request.body()
    if len(raw) > MAX_BODY_BYTES:
        raise _bad(f"the body is larger than {MAX_BODY_BYTES} bytes")
    try:
        parsed: object = json.loads(raw) if raw else {}
    except ValueError as exc:
        raise _bad(f"the body is not valid JSON: {exc}") from None
    body = as_object(parsed)
    if body is None:
        raise _bad(f"the body must be a JSON object, not {json_kind(parsed)}")
    return body


# ----- faults -----
_FAULT_FLAGS = ("drop_before_response", "malformed_json", "html_502")
_FAULT_COUNTS = ("truncate_body_at", "sse_drop_after", "sse_stall_after")
_FAULT_SECONDS = ("delay", "stall_seconds")
_FAULT_FIELDS = {"method", "path", "statuses", "times", *_FAULT_FLAGS, *_FAULT_COUNTS, *_FAULT_SECONDS}


def _status(index: int, item: object) -> int | tuple[int, dict[str, str], Any]:
    where = f"statuses[{index}]"
    if isinstance(item, int) and not isinstance(item, bool):
        status = item
        entry: int | tuple[int, dict[str, str], Any] = item
    else:
        spec = as_object(item)
        if spec is None:
            raise _bad(f"{where} must be a status code or an object, got {json.dumps(item)}")
        _fields(spec, {"status", "headers", "body"}, {"status"})
        status = _count(f"{where}.status", spec["status"])
        headers = as_object(spec.get("headers", {}))
        if headers is None or not all(isinstance(v, str) for v in headers.values()):
            raise _bad(f"{where}.headers must be an object of strings, got {json.dumps(spec.get('headers'))}")
        entry = (status, {str(k): str(v) for k, v in headers.items()}, spec.get("body"))
    if not 100 <= status <= 599:
        raise _bad(f"{where}: the status must be between 100 and 599, got {status}")
    return entry


def _add_fault(faults: Faults, body: dict[str, Any]) -> FaultRule:
    _fields(body, _FAULT_FIELDS, {"method", "path"})
    method = _text("method", body["method"]).upper()
    path = _text("path", body["path"])
    if not path.startswith("/"):
        raise _bad(f"path must be a wire path starting with '/', got {path!r}")
    options: dict[str, Any] = {}
    for name in _FAULT_FLAGS:
        if name in body:
            options[name] = _flag(name, body[name])
    for name in _FAULT_COUNTS:
        if name in body:
            options[name] = _count(name, body[name])
    for name in _FAULT_SECONDS:
        if name in body:
            options[name] = _number(name, body[name])
    if "statuses" in body:
        items = as_array(body["statuses"])
        if items is None:
            raise _bad(f"statuses must be an array, got {json.dumps(body['statuses'])}")
        options["statuses"] = [_status(i, item) for i, item in enumerate(items)]
    times = body.get("times")
    if times is not None and times != "always":
        times = _count("times", times, minimum=1)
    return faults.add(method, path, times=times, **options)


def _fault_json(rule: FaultRule) -> dict[str, Any]:
    return {
        "method": rule.method,
        "path": rule.path_pattern,
        "statuses": [{"status": s, "headers": h, "body": b} for s, h, b in rule.statuses],
        "delay": rule.delay,
        "drop_before_response": rule.drop_before_response,
        "truncate_body_at": rule.truncate_body_at,
        "malformed_json": rule.malformed_json,
        "html_502": rule.html_502,
        "sse_drop_after": rule.sse_drop_after,
        "sse_stall_after": rule.sse_stall_after,
        "stall_seconds": rule.stall_seconds,
        "times": "always" if rule.times is None else rule.times,
        "hits": rule.hits,
    }


# ----- requests, clock, server -----
def _request_json(recorded: RecordedRequest) -> dict[str, Any]:
    try:
        text: str | None = recorded.body.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    return {
        "method": recorded.method,
        "path": recorded.path,
        "raw_path": recorded.raw_path,
        "query": recorded.query,
        "headers": recorded.headers,
        "idempotency_key": recorded.idempotency_key,
        "body": text,
        "body_base64": base64.b64encode(recorded.body).decode("ascii"),
        "body_kept": recorded.body_kept,
        "size": recorded.size,
        "sha256": recorded.sha256,
    }


def _clock_json(clock: Clock) -> dict[str, Any]:
    now = clock.now()
    return {"now": iso(now), "unix": now, "speed": clock.speed}


Handler = Callable[[Controls, Request], Awaitable[Response]]


def _ok(payload: Any, status: int = 200) -> JSONResponse:
    return JSONResponse(payload, status_code=status)


async def _server(controls: Controls, request: Request) -> Response:
    return _ok({"url": controls.url, "api_key": controls.api_key, "clock": _clock_json(controls.clock)})


async def _reset(controls: Controls, request: Request) -> Response:
    _fields(await _body(request), set(), set())
    controls.reset()
    return Response(status_code=204)


async def _clock(controls: Controls, request: Request) -> Response:
    return _ok(_clock_json(controls.clock))


async def _advance(controls: Controls, request: Request) -> Response:
    body = await _body(request)
    _fields(body, {"seconds"}, {"seconds"})
    controls.clock.advance(_number("seconds", body["seconds"]))
    return _ok(_clock_json(controls.clock))


async def _speed(controls: Controls, request: Request) -> Response:
    body = await _body(request)
    _fields(body, {"speed"}, {"speed"})
    controls.clock.set_speed(_number("speed", body["speed"]))
    return _ok(_clock_json(controls.clock))


async def _faults(controls: Controls, request: Request) -> Response:
    return _ok({"data": [_fault_json(rule) for rule in controls.faults.rules]})


async def _new_fault(controls: Controls, request: Request) -> Response:
    return _ok(_fault_json(_add_fault(controls.faults, await _body(request))), 201)


async def _clear_faults(controls: Controls, request: Request) -> Response:
    controls.faults.clear()
    return Response(status_code=204)


async def _requests(controls: Controls, request: Request) -> Response:
    query = dict(request.query_params)
    _fields(query, {"method", "path"}, set())
    method, pattern = query.get("method", "*"), query.get("path", "*")
    regex = path_matcher(pattern)
    found = [r for r in controls.requests if method_matches(method, r.method) and regex.match(r.path)]
    return _ok({"data": [_request_json(r) for r in found]})


async def _violations(controls: Controls, request: Request) -> Response:
    return _ok({"data": controls.violations})


async def _take_violations(controls: Controls, request: Request) -> Response:
    return _ok({"data": controls.take_violations()})


async def _balance(controls: Controls, request: Request) -> Response:
    return _ok({"balance_usd": controls.balance_usd})


async def _top_up(controls: Controls, request: Request) -> Response:
    body = await _body(request)
    _fields(body, {"amount_usd"}, {"amount_usd"})
    amount = _number("amount_usd", body["amount_usd"])
    if amount == 0:
        raise _bad("amount_usd must be more than 0, got 0")
    return _ok({"balance_usd": controls.add_credits(amount)})


async def _set_balance(controls: Controls, request: Request) -> Response:
    body = await _body(request)
    _fields(body, {"balance_usd"}, {"balance_usd"})
    controls.set_balance(_number("balance_usd", body["balance_usd"], minimum=-math.inf))
    return _ok({"balance_usd": controls.balance_usd})


ROUTES: dict[str, dict[str, Handler]] = {
    "": {"GET": _server},
    "/reset": {"POST": _reset},
    "/clock": {"GET": _clock},
    "/clock/advance": {"POST": _advance},
    "/clock/speed": {"PUT": _speed},
    "/faults": {"GET": _faults, "POST": _new_fault, "DELETE": _clear_faults},
    "/requests": {"GET": _requests},
    "/violations": {"GET": _violations},
    "/violations/take": {"POST": _take_violations},
    "/balance": {"GET": _balance, "PUT": _set_balance},
    "/balance/top-up": {"POST": _top_up},
}


def is_control(path: str) -> bool:
    return path == PREFIX or path.startswith(PREFIX + "/")


class ControlApi:
    """Serves ``/_fake`` itself and hands every other request to ``app`` (the fake server)."""

    def __init__(self, app: ASGIApp, controls: Controls, token: str) -> None:
        self._app = app
        self._controls = controls
        self._token = token.encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not is_control(str(scope["path"])):
            await self._app(scope, receive, send)
            return
        try:
            response = await self._handle(Request(scope, receive))
        except ControlError as error:
            body = {"error": {"code": error.code, "message": error.message}}
            response = JSONResponse(body, status_code=error.status, headers=error.headers)
        await response(scope, receive, send)

    def _authorised(self, authorization: str | None) -> bool:
        scheme, _, token = (authorization or "").partition(" ")
        return scheme.lower() == "bearer" and hmac.compare_digest(token.strip().encode(), self._token)

    async def _handle(self, request: Request) -> Response:
        if not self._authorised(header(request.scope, "authorization")):
            raise ControlError(
                401,
                "unauthorized",
                "The control API needs 'Authorization: Bearer <control token>' (the token the fake "
                "printed at start, or FakeRuncrate.control_token); the API key is not it.",
                {"WWW-Authenticate": REALM},
            )
        path = str(request.scope["path"])[len(PREFIX) :].rstrip("/")
        methods = ROUTES.get(path)
        if methods is None:
            known = ", ".join(PREFIX + route for route in ROUTES)
            raise ControlError(404, "not_found", f"No control route {request.url.path}; the routes: {known}")
        handler = methods.get(request.method)
        if handler is None:
            allowed = ", ".join(sorted(methods))
            raise ControlError(
                405,
                "method_not_allowed",
                f"{request.method} is not allowed on {request.url.path} (allowed: {allowed})",
                {"Allow": allowed},
            )
        try:
            return await handler(self._controls, request)
        except ValueError as exc:  # a control refusing a value it was given
            raise _bad(str(exc)) from None
