"""E-1…E-5 environments and X-1 secrets: how a workspace is partitioned and configured.

Setting ``is_default: true`` clears the flag on the other environments; deleting the default
environment, or one that still holds live instances or volumes, is a 409 ``conflict`` (Q29).
Secrets are added by the test (``FakeRuncrate.add_secret``), as the dashboard would.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from runcrate.testing._clock import iso
from runcrate.testing._http import ApiProblem, data, no_content
from runcrate.testing._infra_io import bad_request, json_object, path_id

if TYPE_CHECKING:
    from runcrate.testing._world import Environment, World


@dataclass
class Secret:
    key: str
    sensitive: bool
    updated_at: float

    def to_wire(self) -> dict[str, Any]:
        return {"key": self.key, "sensitive": self.sensitive, "updated_at": iso(self.updated_at)}


class Secrets:
    """Component ``"secrets"``: secret names per environment id."""

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


def _environment_by_id(world: World, env_id: str) -> Environment:
    with world.lock:
        for env in world.environments:
            if env.id == env_id:
                return env
    raise ApiProblem(404, "not_found", f"Environment '{env_id}' not found")


def _check_name(world: World, name: Any, current: Environment | None = None) -> str:
    if not isinstance(name, str) or not name.strip():
        raise bad_request("name must be a non-empty string")
    if any(env.name == name and env is not current for env in world.environments):
        raise bad_request(f"An environment named '{name}' already exists")
    return name


def _holds_resources(world: World, env: Environment) -> bool:
    live = any(i["status"] not in ("terminated", "failed") for i in world.instances.listing(env, None))
    volumes = world.has_component("storage") and bool(world.component("storage").in_environment(env))
    return live or volumes


def routes(world: World) -> list[BaseRoute]:
    secrets = Secrets(world)
    world.register("secrets", secrets)

    async def list_environments(request: Request) -> Response:
        with world.lock:
            return data([env.to_wire() for env in world.environments])

    async def create_environment(request: Request) -> Response:
        body = await json_object(request)
        with world.lock:
            env = world.add_environment(_check_name(world, body.get("name")))
        return data(env.to_wire(), status=201)

    async def get_environment(request: Request) -> Response:
        return data(_environment_by_id(world, path_id(request)).to_wire())

    async def update_environment(request: Request) -> Response:
        env = _environment_by_id(world, path_id(request))
        body = await json_object(request)
        with world.lock:
            if "name" in body:
                env.name = _check_name(world, body["name"], env)
            if body.get("is_default") is True:
                for other in world.environments:
                    other.is_default = other is env
            elif body.get("is_default") is False and env.is_default:
                raise bad_request("Make another environment the default instead of unsetting this one")
            env.updated_at = world.clock.now()
            return data(env.to_wire())

    async def delete_environment(request: Request) -> Response:
        env = _environment_by_id(world, path_id(request))
        with world.lock:
            if env.is_default:
                raise ApiProblem(409, "conflict", "The default environment cannot be deleted")
            if _holds_resources(world, env):
                raise ApiProblem(409, "conflict", f"Environment '{env.name}' still has instances or volumes")
            world.environments.remove(env)
        return no_content()

    async def list_secrets(request: Request) -> Response:
        return data(secrets.listing(world.environment(request)))

    return [
        Route("/environments", list_environments, methods=["GET"]),
        Route("/environments", create_environment, methods=["POST"]),
        Route("/environments/{id:segment}", get_environment, methods=["GET"]),
        Route("/environments/{id:segment}", update_environment, methods=["PATCH"]),
        Route("/environments/{id:segment}", delete_environment, methods=["DELETE"]),
        Route("/secrets", list_secrets, methods=["GET"]),
    ]
