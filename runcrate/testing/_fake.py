"""``FakeRuncrate``: the fake server on a loopback port, in a background thread, with its controls.

This module composes the areas: the server shell's app with the inference, infrastructure and
jobs routes, and the controls tests use to set up the workspace.
"""

from __future__ import annotations

import asyncio
import functools
import math
import re
import secrets
from pathlib import Path
from types import TracebackType

from starlette.middleware import Middleware

from runcrate.testing._control import ControlApi
from runcrate.testing._inference.limits import LimitInference, RateLimits, RequireCredits
from runcrate.testing._inference.routes import asset_routes
from runcrate.testing._inference.routes import routes as inference_routes
from runcrate.testing._infra.billing import Billing
from runcrate.testing._infra.environments import Secrets
from runcrate.testing._infra.instances import InstanceStore
from runcrate.testing._infra.routes import routes as infrastructure_routes
from runcrate.testing._jobs.routes import routes as jobs_routes
from runcrate.testing._jobs.routes import signed_routes
from runcrate.testing._server.app import Surfaces, build_app
from runcrate.testing._server.asgi import ASGIApp
from runcrate.testing._server.clock import Clock
from runcrate.testing._server.faults import Faults
from runcrate.testing._server.request_log import RecordedRequest, RequestLog
from runcrate.testing._server.serve import ServerThread
from runcrate.testing._server.spec import Spec, default_spec_path
from runcrate.testing._server.validation import SpecValidator, Violations
from runcrate.testing._server.world import World


@functools.lru_cache(maxsize=4)
def _compiled_spec(path: Path, mtime_ns: int) -> Spec:
    """Compiling the spec takes a few hundred ms; servers of one process share it."""
    del mtime_ns  # part of the cache key only
    return Spec(path)


def _surfaces(world: World) -> Surfaces:
    """Every area's routes, built (and their state registered on ``world``) in dependency order."""
    infrastructure = infrastructure_routes(world)
    return Surfaces(
        inference=inference_routes(world),
        infrastructure=[*infrastructure, *jobs_routes(world)],
        root=[*signed_routes(world), *asset_routes(world)],
        inference_gate=lambda app: LimitInference(app, world),
        inference_middleware=[Middleware(RequireCredits, world=world)],
    )


class FakeRuncrate:
    """A fake Runcrate server on ``127.0.0.1`` (both surfaces on one origin), for tests.

    Use it as a context manager (``with`` or ``async with``); ``url`` is the origin to pass as
    both ``base_url`` and ``inference_url``, ``api_key`` a key it accepts (random unless given).
    ``speed`` is how many fake seconds pass per real second; ``clock.advance(s)`` jumps. With
    ``validate`` every request and response is checked against the OpenAPI spec (``spec_path``,
    default the packaged one) and breaches are listed in ``violations``. The same controls are
    served over HTTP under ``{url}/_fake`` for ``control_token`` (random unless given).
    """

    def __init__(
        self,
        *,
        speed: float = 1.0,
        validate: bool = True,
        spec_path: str | Path | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        api_key: str | None = None,
        control_token: str | None = None,
    ) -> None:
        self._speed = speed
        self._host = host
        self._port = port
        self.control_token = _secret("control_token", control_token) or secrets.token_urlsafe(24)
        self.clock = Clock(speed=speed)
        self.world = World(clock=self.clock, api_key=_secret("api_key", api_key))
        self.faults = Faults()
        self._log = RequestLog()
        self._violations = Violations()
        self._validator: SpecValidator | None = None
        if validate:
            path = Path(spec_path) if spec_path is not None else default_spec_path()
            spec = _compiled_spec(path.resolve(), path.stat().st_mtime_ns)
            self._validator = SpecValidator(spec, self._violations)
        app = build_app(
            self.world,
            _surfaces(self.world),
            log=self._log,
            faults=self.faults,
            violations=self._violations,
            validator=self._validator,
        )
        self._app: ASGIApp = ControlApi(app, self, self.control_token)
        self._serving: ServerThread | None = None
        self.url = ""

    # ----- life cycle -----
    def start(self) -> FakeRuncrate:
        if self._serving is not None:
            raise RuntimeError("FakeRuncrate is already running")
        self._serving = ServerThread(self._app, self._host, self._port)
        self.url = f"http://{self._host}:{self._serving.port}"
        return self

    def stop(self) -> None:
        serving, self._serving = self._serving, None
        if serving is not None:
            serving.stop()

    def __enter__(self) -> FakeRuncrate:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    async def __aenter__(self) -> FakeRuncrate:
        return await asyncio.to_thread(self.start)

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await asyncio.to_thread(self.stop)

    def reset(self) -> None:
        """A fresh workspace: state, faults, request log, violations and switches (fast)."""
        self.world.reset()
        self.faults.clear()
        self._log.clear()
        self._violations.clear()
        self.clock.set_speed(self._speed)
        if self._validator is not None:
            self._validator.check_requests = self._validator.check_responses = True

    # ----- what happened -----
    @property
    def api_key(self) -> str:
        return self.world.api_key

    @property
    def violations(self) -> list[str]:
        """Spec violations (and fake-server errors) since the last reset, as readable strings."""
        return self._violations.all()

    def take_violations(self) -> list[str]:
        """The violations so far, clearing them (for tests that provoke some on purpose)."""
        found = self._violations.all()
        self._violations.clear()
        return found

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received since the last reset, in order."""
        return self._log.all()

    def attempts(self, method: str, path_pattern: str) -> int:
        """How many requests matched (``{name}`` = one segment, ``*`` = anything, method ``*``)."""
        return len(self._log.matching(method, path_pattern))

    def idempotency_keys(self, method: str, path_pattern: str) -> list[str | None]:
        """The ``Idempotency-Key`` of each matching request, in order (None where absent)."""
        return [r.idempotency_key for r in self._log.matching(method, path_pattern)]

    # ----- switches -----
    def issue_key(self, *, environment: str | None = None) -> str:
        """Another valid API key; with ``environment`` (a name) it belongs to that environment, so
        inference with it answers 402 ``budget_exceeded`` once that environment's budget is reached."""
        return self.world.issue_key(environment)

    def set_rate_limit(self, requests_per_minute: int) -> None:
        """Inference requests each key may make per minute of fake time (default 10,000); beyond,
        429 ``rate_limited`` with ``Retry-After`` until the minute ends."""
        with self.world.lock:
            self.world.get(RateLimits).requests_per_minute = requests_per_minute

    def set_validation(self, *, requests: bool | None = None, responses: bool | None = None) -> None:
        """Turn request or response checking off for this test (``reset()`` turns both back on)."""
        if self._validator is None:
            raise RuntimeError("this FakeRuncrate was created with validate=False")
        if requests is not None:
            self._validator.check_requests = requests
        if responses is not None:
            self._validator.check_responses = responses

    def dedupe_unverified_creates(self, enabled: bool = True) -> None:
        """Replay repeated Idempotency-Keys on the creates of instances, storage volumes and schedules
        too (off by default: the real server is not known to dedupe them yet)."""
        self.world.settings.dedupe_unverified_creates = enabled

    def hold_idempotency_key(self, key: str, times: int = 1) -> None:
        """Answer the next ``times`` requests with this key 409 ``idempotency_in_progress``."""
        self.world.idempotency.hold(key, times)

    def set_storage_configured(self, configured: bool) -> None:
        """Without a storage provider, creating a volume fails with 400 ``storage_not_configured``."""
        self.world.settings.storage_configured = configured

    def set_billing_permission(self, allowed: bool) -> None:
        """Without the key's billing permission a top-up is 403 ``forbidden``."""
        self.world.settings.billing_permission = allowed

    # ----- workspace state -----
    @property
    def balance_usd(self) -> float:
        """The credit balance now (charges that fake time has brought included)."""
        self.world.settle()
        return self.world.balance_usd

    def add_credits(self, usd: float) -> float:
        """Add credits to the balance (a ``credit`` transaction, as a top-up gives); the new balance."""
        self.world.ledger.credit(_positive_dollars("usd", usd), "Credits added by the test")
        return self.balance_usd

    def set_balance(self, usd: float) -> None:
        """Set the credit balance; at zero or below every live instance stops (``low_balance``) and
        billed inference answers 402 ``insufficient_credits``."""
        self.world.ledger.set_balance(usd)
        if usd <= 0:
            self.world.get(InstanceStore).stop_all("low_balance")

    def set_budget(
        self,
        environment: str = "main",
        *,
        monthly_budget_usd: float | None,
        month_to_date_usd: float | None = None,
    ) -> None:
        """Set an environment's budget (``None`` = no cap) and spend; once reached, launches
        fail with 402 ``BUDGET_REACHED``, its live instances stop (``budget``) and billed inference
        with its keys (the main key belongs to the default environment) is 402 ``budget_exceeded``."""
        env = self.world.environment_named(environment)
        with self.world.lock:
            env.monthly_budget_usd = monthly_budget_usd
            if month_to_date_usd is not None:
                env.month_to_date_usd = month_to_date_usd
        if env.budget_reached:
            self.world.get(InstanceStore).stop_all("budget", env)

    def add_environment(self, name: str) -> str:
        """Create an environment (as the dashboard would); returns its id."""
        return self.world.add_environment(name).id

    def add_secret(self, key: str, *, environment: str = "main", sensitive: bool = True) -> None:
        """Add (or update) a secret of an environment; values are never needed or returned."""
        self.world.get(Secrets).add(self.world.environment_named(environment), key, sensitive=sensitive)

    def next_top_up(self, status: str, *, reason: str | None = None) -> None:
        """Make the next new top-up end as ``requires_action`` or ``declined`` (with ``reason``)."""
        self.world.get(Billing).queue_outcome(status, reason=reason)

    def fail_next_auto_recharge(self, reason: str = "card_declined") -> None:
        """Make the next auto-recharge attempt fail (``last_failure_reason`` = ``reason``)."""
        with self.world.lock:
            self.world.ledger.auto_recharge.fail_next = reason

    def confirm_top_up(self, idempotency_key: str, *, succeed: bool = True) -> None:
        """Settle a ``requires_action`` top-up as an owner would at ``confirm_url``."""
        self.world.get(Billing).confirm(idempotency_key, succeed=succeed)

    def __repr__(self) -> str:
        return f"FakeRuncrate(url={self.url!r})"


_HEADER_SAFE = re.compile(r"[\x21-\x7e]+")


def _positive_dollars(name: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value < math.inf:
        raise ValueError(f"{name} must be a positive number of dollars, got {value!r}")
    return float(value)


def _secret(name: str, value: object) -> str | None:
    """A key or token given by the caller: printable ASCII without spaces, as a bearer token is sent."""
    if value is None:
        return None
    if not isinstance(value, str) or not _HEADER_SAFE.fullmatch(value):
        raise ValueError(
            f"{name} must be a non-empty string of printable ASCII without spaces, got {value!r}"
        )
    return value
