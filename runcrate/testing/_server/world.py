"""The workspace every surface of the fake server shares: clock, ids, keys, environments, credits,
idempotency, and the registry of each area's state.

Each area (inference, infrastructure, jobs) keeps its state in components it registers here when
its routes are built, so ``World.reset()`` returns the whole server to a fresh workspace in
microseconds without restarting it, and one area reaches another's state with ``world.get(Kind)``.
"""

from __future__ import annotations

import secrets
import threading
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, ClassVar, Protocol, TypeVar

from starlette.requests import Request
from starlette.responses import Response

from runcrate.testing._server.clock import Clock
from runcrate.testing._server.environment import Environment
from runcrate.testing._server.http import ApiProblem
from runcrate.testing._server.idempotency import IdempotencyStore
from runcrate.testing._server.ledger import Ledger

WORKSPACE_ID = "ws_fake000001"
REFUSED_GPU_TYPE = "refuse-me"
"""A trigger: any launch (instance, job, schedule run) asking for this GPU is refused with 502."""


class Component(Protocol):
    """State owned by one area; ``reset()`` returns it to a fresh workspace."""

    def reset(self) -> None: ...


class NamedComponent(Component, Protocol):
    """A component registered under a fixed name, so other areas can find it by its type."""

    COMPONENT: ClassVar[str]


C = TypeVar("C", bound=NamedComponent)


def new_api_key() -> str:
    """A key in the documented ``rc_live_`` format: the prefix and 32 random characters."""
    return "rc_live_" + secrets.token_hex(16)


@dataclass
class WorldSettings:
    """Switches a test flips for one test; ``World.reset()`` restores the defaults."""

    dedupe_unverified_creates: bool = False
    storage_configured: bool = True
    billing_permission: bool = True


class World:
    """Everything the route modules share. Hold ``lock`` while mutating state."""

    def __init__(self, *, clock: Clock | None = None, api_key: str | None = None) -> None:
        self.clock = clock or Clock()
        self.api_key = api_key or new_api_key()
        self.workspace_id = WORKSPACE_ID
        self.lock = threading.RLock()
        self._issued_keys: set[str] = {self.api_key}
        self._key_environments: dict[str, str] = {}
        self._components: dict[str, Component] = {}
        self._counters: dict[str, int] = {}
        self.environments: list[Environment] = []
        self.settings = WorldSettings()
        self.ledger = Ledger(self.clock, self.lock, self.new_id)
        self.idempotency = IdempotencyStore(self.clock)
        self.reset()

    # ----- keys -----
    def issue_key(self, environment: str | None = None) -> str:
        """Another valid API key for the workspace, belonging to ``environment`` (by name; the
        default environment when None): inference with it stops when that budget is reached."""
        key = new_api_key()
        with self.lock:
            self._issued_keys.add(key)
            if environment is not None:
                self.environment_named(environment)  # 404 ApiProblem for an unknown name
                self._key_environments[key] = environment
        return key

    def key_environment(self, key: str) -> Environment:
        """The environment a key belongs to (the default one unless it was issued for another)."""
        with self.lock:
            name = self._key_environments.get(key)
            if name is not None:
                for env in self.environments:
                    if env.name == name:
                        return env
            return self.default_environment()

    def is_valid_key(self, key: str) -> bool:
        with self.lock:
            return key in self._issued_keys

    # ----- ids -----
    def new_id(self, prefix: str) -> str:
        """``<prefix>_000001``, ``<prefix>_000002``, ...: deterministic from each reset."""
        with self.lock:
            n = self._counters.get(prefix, 0) + 1
            self._counters[prefix] = n
        return f"{prefix}_{n:06d}"

    def new_uuid(self, prefix: str) -> str:
        """A UUID that is deterministic from each reset, for objects whose ids are UUIDs."""
        return str(uuid.uuid5(uuid.NAMESPACE_URL, f"runcrate-fake:{self.new_id(prefix)}"))

    # ----- environments -----
    def environment(self, request: Request) -> Environment:
        """The environment named by ``?environment=`` (the default one when absent).

        Environment-scoped routes (instances, storage, secrets, schedules, jobs) call this;
        workspace-wide routes (SSH keys, billing, templates, environments, catalogues) ignore the
        parameter, though the app answers 404 for an unknown name on every infrastructure route.
        """
        name = request.query_params.get("environment")
        if name is None:
            return self.default_environment()
        return self.environment_named(name)

    def environment_named(self, name: str) -> Environment:
        with self.lock:
            for env in self.environments:
                if env.name == name:
                    return env
        raise ApiProblem(404, "not_found", f"Environment '{name}' not found")

    def default_environment(self) -> Environment:
        with self.lock:
            return next(env for env in self.environments if env.is_default)

    def add_environment(self, name: str, *, is_default: bool = False) -> Environment:
        now = self.clock.now()
        env = Environment(self.new_id("env"), name, is_default, now, now)
        with self.lock:
            if is_default:
                for other in self.environments:
                    other.is_default = False
            self.environments.append(env)
        return env

    # ----- idempotency -----
    def idempotent(
        self,
        request: Request,
        scope: str,
        produce: Callable[[], Response],
        *,
        unverified: bool = False,
    ) -> Response:
        """Replay the stored response for a repeated ``Idempotency-Key`` (kept 24 h, fake time).

        ``unverified=True`` marks the creates of instances, storage volumes and schedules, which
        the real server is not known to dedupe yet: there the key is only honoured when
        ``settings.dedupe_unverified_creates`` is on.
        """
        key = request.headers.get("idempotency-key")
        if key is None:
            return produce()
        self.idempotency.check_held(key)
        if unverified and not self.settings.dedupe_unverified_creates:
            return produce()
        return self.idempotency.run(scope, key, produce)

    # ----- launches and money -----
    def check_launch(self, env: Environment, gpu_types: Iterable[str]) -> None:
        """What refuses any launch: 502 ``launch_refused`` (the provider refused the
        configuration), 402 ``BUDGET_REACHED`` (the environment's budget), 402 ``insufficient_credits``."""
        if any(gpu.lower() == REFUSED_GPU_TYPE for gpu in gpu_types):
            raise ApiProblem(502, "launch_refused", "The provider refused this configuration")
        if env.budget_reached:
            raise ApiProblem(
                402, "BUDGET_REACHED", f"The monthly budget of environment '{env.name}' is used up"
            )
        if self.balance_usd <= 0:
            raise ApiProblem(402, "insufficient_credits", "Insufficient credits")

    def charge(self, amount_usd: float, description: str, *, environment: Environment | None = None) -> None:
        """Debit the balance and record a ``usage`` transaction (and the environment's spend)."""
        self.ledger.charge(amount_usd, description, environment=environment)

    @property
    def balance_usd(self) -> float:
        return self.ledger.balance_usd

    # ----- components -----
    def register(self, name: str, component: Component) -> None:
        with self.lock:
            self._components[name] = component

    def unregister(self, name: str) -> None:
        with self.lock:
            self._components.pop(name, None)

    def component(self, name: str) -> Any:
        with self.lock:
            return self._components[name]

    def get(self, kind: type[C]) -> C:
        """The registered component of this type (typed access to another area's state)."""
        found = self.component(kind.COMPONENT)
        if not isinstance(found, kind):
            raise TypeError(
                f"component {kind.COMPONENT!r} is a {type(found).__name__}, not a {kind.__name__}"
            )
        return found

    def has_component(self, name: str) -> bool:
        with self.lock:
            return name in self._components

    def settle(self) -> None:
        """Let every component apply what fake time has brought (auto-stops, weekly storage
        charges), so that reads of shared state such as the balance see them."""
        for component in list(self._components.values()):
            settle = getattr(component, "settle", None)
            if settle is not None:
                settle()

    def reset(self) -> None:
        """A fresh workspace: environment ``main``, the starting balance, no resources."""
        with self.lock:
            self._counters.clear()
            self._issued_keys = {self.api_key}
            self._key_environments = {}
            self.settings = WorldSettings()
            self.environments = []
            self.add_environment("main", is_default=True)
            self.ledger.reset()
            self.idempotency.reset()
            for component in list(self._components.values()):
                component.reset()
