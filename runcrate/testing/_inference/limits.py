"""What the inference surface refuses before a model runs: rate limits (429) and money (402).

Rate limit: each API key may make ``limit`` inference requests per minute of fake time (fixed
windows starting on the minute; 10,000 unless a test sets another with
``FakeRuncrate.set_rate_limit``). Every inference response carries ``X-RateLimit-Limit``,
``X-RateLimit-Remaining`` and ``X-RateLimit-Reset`` (the Unix time the window ends), as the API
documents; a request over the limit is 429 ``rate_limited`` with ``Retry-After``.

Money: a billed request (any ``POST`` under ``/v1``) is 402 ``insufficient_credits`` while the
workspace balance is zero or less, and 402 ``budget_exceeded`` while the monthly budget of the
key's environment is reached (a key issued with ``FakeRuncrate.issue_key(environment=...)``
belongs to that environment; the other keys to the default one). Reading a video is never billed.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, ClassVar

from runcrate.testing._server.asgi import ASGIApp, Message, Receive, Scope, Send, header
from runcrate.testing._server.http import ApiProblem, is_inference, render_problem

if TYPE_CHECKING:
    from runcrate.testing._server.world import World

DEFAULT_REQUESTS_PER_MINUTE = 10_000
WINDOW_SECONDS = 60


class RateLimits:
    """The limit and each key's count in its current window."""

    COMPONENT: ClassVar[str] = "inference_limits"

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.requests_per_minute = DEFAULT_REQUESTS_PER_MINUTE
        self._windows: dict[str, tuple[int, int]] = {}  # key -> (window start, requests counted)

    def count(self, key: str, now: float) -> tuple[int, int, bool]:
        """Count one request of ``key``: (requests left, window end, whether it is allowed)."""
        start = int(now // WINDOW_SECONDS) * WINDOW_SECONDS
        window_start, used = self._windows.get(key, (start, 0))
        if window_start != start:
            used = 0
        allowed = used < self.requests_per_minute
        used += allowed
        self._windows[key] = (start, used)
        return self.requests_per_minute - used, start + WINDOW_SECONDS, allowed


class LimitInference:
    """Inside the API-key check, before request validation: rate limits every inference request and
    puts the ``X-RateLimit-*`` headers on every answer."""

    def __init__(self, app: ASGIApp, world: World) -> None:
        self._app = app
        self._world = world
        self._limits = RateLimits()
        world.register(RateLimits.COMPONENT, self._limits)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not is_inference(str(scope.get("path", ""))):
            await self._app(scope, receive, send)
            return
        key = (header(scope, "authorization") or "").partition(" ")[2].strip()
        now = self._world.clock.now()
        with self._world.lock:
            remaining, reset_at, allowed = self._limits.count(key, now)
            limit = self._limits.requests_per_minute
        headers = {
            "X-RateLimit-Limit": str(limit),
            "X-RateLimit-Remaining": str(remaining),
            "X-RateLimit-Reset": str(reset_at),
        }
        if not allowed:
            retry_after = str(max(1, math.ceil(reset_at - now)))
            problem = ApiProblem(
                429,
                "rate_limited",
                f"Rate limit of {limit} requests per minute exceeded",
                type="rate_limit_error",
                headers={**headers, "Retry-After": retry_after},
            )
            await render_problem(scope, problem)(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                extra = [(name.lower().encode(), value.encode()) for name, value in headers.items()]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self._app(scope, receive, send_with_headers)


class RequireCredits:
    """Inside the ``/v1`` mount, so after request validation (a malformed request is refused for
    what it is, whatever the balance): a billed request is 402 without credits or budget."""

    def __init__(self, app: ASGIApp, world: World) -> None:
        self._app = app
        self._world = world

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "POST":
            key = (header(scope, "authorization") or "").partition(" ")[2].strip()
            problem = self._problem(key)
            if problem is not None:
                await render_problem(scope, problem)(scope, receive, send)
                return
        await self._app(scope, receive, send)

    def _problem(self, key: str) -> ApiProblem | None:
        self._world.settle()  # charges that fake time has brought count first
        if self._world.balance_usd <= 0:
            return ApiProblem(402, "insufficient_credits", "Insufficient credits", type="billing_error")
        environment = self._world.key_environment(key)
        if environment.budget_reached:
            return ApiProblem(
                402,
                "budget_exceeded",
                f"The monthly budget of environment '{environment.name}' is used up",
                type="billing_error",
            )
        return None
