"""The fake server's ASGI app: the areas' routes behind auth, request ids, errors, validation, faults.

Layers, outermost first: request log (buffers the body once) → request ids → faults → response
validation → API-key check → the inference gate (rate limits) → request validation →
unknown-environment check → Starlette router with the areas' routes: inference under ``/v1``
(behind its credit checks), infrastructure under ``/api/v1``, and signed URLs and assets at the origin's root
(no key, no spec).
"""

from __future__ import annotations

import json
import secrets
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Match, Mount, Route

from runcrate.testing._server.asgi import ASGIApp, Message, Receive, Scope, Send, header
from runcrate.testing._server.faults import DROPPED, Faults, InjectFaults
from runcrate.testing._server.http import (
    INFERENCE_PREFIX,
    INFRA_PREFIX,
    ApiProblem,
    is_api,
    is_inference,
    render_problem,
)
from runcrate.testing._server.request_log import RecordRequests, RequestLog
from runcrate.testing._server.validation import (
    SKIP_RESPONSE_CHECK,
    SpecValidator,
    ValidateRequests,
    ValidateResponses,
    Violations,
)
from runcrate.testing._server.world import World

ALL_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT"})
METHOD_GUARD = "method-guard"


@dataclass(frozen=True)
class Surfaces:
    """What the areas serve, by mount point, and the gate in front of inference."""

    inference: list[BaseRoute]
    """Under ``/v1``."""
    infrastructure: list[BaseRoute]
    """Under ``/api/v1``."""
    root: list[BaseRoute]
    """At the origin's root: no key, no spec (signed URLs, generated assets)."""
    inference_gate: Callable[[ASGIApp], ASGIApp]
    """Wraps the app inside the key check, before request validation (rate limits)."""
    inference_middleware: list[Middleware]
    """Inside the ``/v1`` mount, after request validation (credit checks)."""


async def _method_not_allowed(request: Request) -> Response:
    raise HTTPException(405)


def literal_paths_first(routes: list[BaseRoute]) -> list[BaseRoute]:
    """OpenAPI's precedence: a literal path is never a value of a templated sibling, so
    ``DELETE /instances/types`` is 405 (``Allow: GET, HEAD``), not a terminate of instance 'types'.

    Starlette takes the first route that matches path and method, so each literal path that a
    templated route would also match gets a guard in front answering 405 to its other methods.
    """
    literal: dict[str, set[str]] = {}
    for route in routes:
        if isinstance(route, Route) and "{" not in route.path:
            literal.setdefault(route.path, set()).update(route.methods or ())
    templated = [r for r in routes if isinstance(r, Route) and "{" in r.path]
    guards: list[BaseRoute] = [
        Route(path, _method_not_allowed, methods=sorted(ALL_METHODS - methods), name=METHOD_GUARD)
        for path, methods in literal.items()
        if any(route.path_regex.match(path) for route in templated)
    ]
    return guards + routes


class RequireApiKey:
    """401 in the surface's envelope unless ``Authorization: Bearer <issued key>``."""

    def __init__(self, app: ASGIApp, world: World) -> None:
        self._app = app
        self._world = world

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and is_api(scope["path"]):
            problem = self._problem(header(scope, "authorization"))
            if problem is not None:
                await render_problem(scope, problem)(scope, receive, send)
                return
        await self._app(scope, receive, send)

    def _problem(self, authorization: str | None) -> ApiProblem | None:
        scheme, _, key = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not key.strip():
            message = "Missing API key: send 'Authorization: Bearer rc_live_...'"
        elif not self._world.is_valid_key(key.strip()):
            message = "Invalid API key"
        else:
            return None
        return ApiProblem(401, "invalid_key", message, type="authentication_error")


def serves(routes: Iterable[BaseRoute], scope: Scope) -> bool:
    """Whether a route takes this method on this path (the router answers neither 404 nor 405):
    as the router does, the first route matching in full decides."""
    for route in routes:
        match, child = route.matches(scope)
        if match is Match.FULL:
            if isinstance(route, Mount):
                return serves(route.routes, {**scope, **child})
            return not (isinstance(route, Route) and route.name == METHOD_GUARD)
    return False


class RequireKnownEnvironment:
    """404 ``not_found`` for an unknown ``?environment=`` name on any infrastructure route, also
    the workspace-wide ones that otherwise ignore the parameter. Only once a route takes the
    request: an unsupported method is 405 whatever the query says."""

    def __init__(self, app: ASGIApp, world: World, routes: list[BaseRoute]) -> None:
        self._app = app
        self._world = world
        self._routes = routes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] == "http"
            and is_api(scope["path"])
            and not is_inference(scope["path"])
            and serves(self._routes, scope)
        ):
            for key, value in parse_qsl(bytes(scope.get("query_string", b"")).decode("latin-1"), True):
                if key == "environment":
                    try:
                        self._world.environment_named(value)
                    except ApiProblem as problem:
                        await render_problem(scope, problem)(scope, receive, send)
                        return
        await self._app(scope, receive, send)


class AddRequestId:
    """``X-Request-Id`` on every response, generated unless the app already set one."""

    def __init__(self, app: ASGIApp) -> None:
        self._app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self._app(scope, receive, send)
            return
        request_id = "req_" + secrets.token_hex(12)

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                if not any(key.lower() == b"x-request-id" for key, _ in headers):
                    headers.append((b"x-request-id", request_id.encode()))
                message = {**message, "headers": headers}
            await send(message)

        await self._app(scope, receive, send_with_id)


class CrashGuard:
    """A bug in a handler becomes a 500 ``internal_error`` and a recorded violation, not a hang-up."""

    def __init__(self, app: ASGIApp, violations: Violations) -> None:
        self._app = app
        self._violations = violations

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self._app(scope, receive, tracking_send)
        except Exception as exc:
            if scope.get(DROPPED):
                raise
            summary = "".join(traceback.format_exception_only(exc)).strip()
            self._violations.append(f"server error {scope.get('method')} {scope.get('path')}: {summary}")
            if started:
                raise
            scope[SKIP_RESPONSE_CHECK] = True
            await render_problem(scope, ApiProblem(500, "internal_error", f"Fake server error: {summary}"))(
                scope, receive, send
            )


def allowed_methods(routes: Iterable[BaseRoute], scope: Scope) -> set[str]:
    """Every method served on this path: the ``Allow`` of a 405 (RFC 9110). Starlette's own lists
    only the first route that matched; a literal path's methods hide its templated siblings'."""
    found: list[tuple[bool, set[str]]] = []
    for route in routes:
        match, child = route.matches(scope)
        if match is Match.NONE:
            continue
        if isinstance(route, Mount):
            found.append((False, allowed_methods(route.routes, {**scope, **child})))
        elif isinstance(route, Route) and route.methods and route.name != METHOD_GUARD:
            found.append(("{" not in route.path, route.methods))
    literal = [methods for is_literal, methods in found if is_literal]
    chosen = literal or [methods for _, methods in found]
    return set[str]().union(*chosen)


def _at_root(scope: Scope) -> Scope:
    """The scope as the top-level router saw it (a mount has since moved its prefix to ``root_path``)."""
    return {**scope, "root_path": ""}


def _problem_handler(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiProblem)
    return render_problem(request.scope, exc)


def _http_exception_handler(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 405:
        allowed = allowed_methods(request.app.router.routes, _at_root(request.scope))
        problem = ApiProblem(
            405,
            "method_not_allowed",
            f"{request.method} is not allowed on {request.url.path}",
            headers={"Allow": ", ".join(sorted(allowed))},
        )
    else:
        problem = ApiProblem(
            exc.status_code, "not_found", f"No route for {request.method} {request.url.path}"
        )
    return render_problem(request.scope, problem)


def _bad_json_handler(request: Request, exc: Exception) -> Response:
    return render_problem(request.scope, ApiProblem(400, "bad_request", f"The body is not valid JSON: {exc}"))


def build_app(
    world: World,
    surfaces: Surfaces,
    *,
    log: RequestLog,
    faults: Faults,
    violations: Violations,
    validator: SpecValidator | None,
) -> ASGIApp:
    """The whole fake server as one ASGI app."""
    router = Starlette(
        routes=[
            Mount(
                INFERENCE_PREFIX,
                routes=literal_paths_first(surfaces.inference),
                middleware=surfaces.inference_middleware,
            ),
            Mount(INFRA_PREFIX, routes=literal_paths_first(surfaces.infrastructure)),
            *surfaces.root,
        ],
        middleware=[Middleware(CrashGuard, violations=violations)],
        exception_handlers={
            ApiProblem: _problem_handler,
            HTTPException: _http_exception_handler,
            json.JSONDecodeError: _bad_json_handler,
        },
    )
    router.router.redirect_slashes = False
    app: Any = RequireKnownEnvironment(router, world, router.routes)
    if validator is not None:
        app = ValidateRequests(app, validator)
    app = surfaces.inference_gate(app)
    app = RequireApiKey(app, world)
    if validator is not None:
        app = ValidateResponses(app, validator)
    app = InjectFaults(app, faults)
    app = AddRequestId(app)
    return RecordRequests(app, log)
