"""Environments and their secrets: how a workspace is partitioned and configured.

Names are unique in the workspace: a taken one is a 409 ``conflict``. Setting ``is_default: true``
clears the flag on the other environments; unsetting it on the default one, deleting the default
environment, or deleting one that still holds live instances or volumes, is a 409 ``conflict``
(what the real server answers to these is not known). Secrets are added by the test
(``FakeRuncrate.add_secret``), as the dashboard would.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from runcrate.testing._infra.instances import InstanceStore
from runcrate.testing._infra.storage import Storage
from runcrate.testing._server.clock import iso
from runcrate.testing._server.http import ApiProblem, invalid

if TYPE_CHECKING:
    from runcrate.testing._server.environment import Environment
    from runcrate.testing._server.world import World


@dataclass
class Secret:
    key: str
    sensitive: bool
    updated_at: float

    def to_wire(self) -> dict[str, Any]:
        return {"key": self.key, "sensitive": self.sensitive, "updated_at": iso(self.updated_at)}


class Secrets:
    """Secret names per environment id."""

    COMPONENT: ClassVar[str] = "secrets"

    def __init__(self, world: World) -> None:
        self._world = world
        self.by_environment: dict[str, dict[str, Secret]] = {}

    def reset(self) -> None:
        self.by_environment = {}

    def add(self, env: Environment, key: str, *, sensitive: bool = True) -> None:
        with self._world.lock:
            self.by_environment.setdefault(env.id, {})[key] = Secret(key, sensitive, self._world.clock.now())

    def listing(self, env: Environment) -> list[dict[str, Any]]:
        secrets = self.by_environment.get(env.id, {})
        return [secrets[key].to_wire() for key in sorted(secrets)]


def environment_by_id(world: World, env_id: str) -> Environment:
    with world.lock:
        for env in world.environments:
            if env.id == env_id:
                return env
    raise ApiProblem(404, "not_found", f"Environment '{env_id}' not found")


def _check_name(world: World, name: Any, current: Environment | None = None) -> str:
    if not isinstance(name, str) or not name.strip():
        raise invalid("name", "must be a non-empty string")
    if any(env.name == name and env is not current for env in world.environments):
        raise ApiProblem(409, "conflict", f"An environment named '{name}' already exists")
    return name


def _holds_resources(world: World, env: Environment) -> bool:
    instances = world.get(InstanceStore).listing(env, None)
    live = any(i["status"] not in ("terminated", "failed") for i in instances)
    return live or bool(world.get(Storage).in_environment(env))


def create_environment(world: World, body: dict[str, Any]) -> Environment:
    with world.lock:
        return world.add_environment(_check_name(world, body.get("name")))


def update_environment(world: World, env: Environment, body: dict[str, Any]) -> Environment:
    with world.lock:
        if "name" in body:
            env.name = _check_name(world, body["name"], env)
        if body.get("is_default") is True:
            for other in world.environments:
                other.is_default = other is env
        elif body.get("is_default") is False and env.is_default:
            raise ApiProblem(
                409, "conflict", "Make another environment the default instead of unsetting this one"
            )
        env.updated_at = world.clock.now()
        return env


def delete_environment(world: World, env: Environment) -> None:
    with world.lock:
        if env.is_default:
            raise ApiProblem(409, "conflict", "The default environment cannot be deleted")
        if _holds_resources(world, env):
            raise ApiProblem(409, "conflict", f"Environment '{env.name}' still has instances or volumes")
        world.environments.remove(env)
