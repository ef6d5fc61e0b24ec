"""Instances of the fake workspace and their life cycle on fake time.

An instance is ``creating`` for its first 10 fake seconds, ``provisioning`` until 30 s, then
``running`` with an IP address. ``clock.advance(60)`` therefore always reaches ``running``.
Triggers: launching with ``gpu_type="refuse-me"`` is refused with 502 ``launch_refused``; an
instance whose name contains ``fail-me`` never runs: at 30 s it is ``failed`` (``stop_reason``
``failed``, no IP, nothing charged).
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from runcrate.testing._infra.catalogue import INSTANCE_TYPES
from runcrate.testing._infra.requests import bad_request
from runcrate.testing._infra.ssh_keys import SshKeys, parse_public_key
from runcrate.testing._infra.storage import Storage
from runcrate.testing._server.clock import iso
from runcrate.testing._server.http import ApiProblem, invalid

if TYPE_CHECKING:
    from runcrate.testing._server.environment import Environment
    from runcrate.testing._server.world import World

CREATING_SECONDS = 10.0
RUNNING_AFTER_SECONDS = 30.0
FAILING_NAME_MARK = "fail-me"
MAX_RUNTIME_RANGE = (5, 10080)
IDLE_SHUTDOWN_RANGE = (5, 1440)
MIN_STOP_NOTICE_SECONDS = 120.0
LIVE_SIZE_FIELDS = ("gpu_count", "cpu_cores", "memory", "storage")
SSH_USER = "root"
SSH_PORT = 22


@dataclass
class Instance:
    id: str
    name: str
    environment: Environment
    instance_type: dict[str, Any]
    cpu_cores: int
    memory: int
    storage: int
    ip_address: str
    os_image: str
    created_at: float
    max_runtime_minutes: int | None
    idle_shutdown_minutes: int | None
    storage_id: str | None
    env_vars: list[dict[str, str]] = field(default_factory=list[dict[str, str]])
    updated_at: float = 0.0
    auto_stop_at: float | None = None
    ended_at: float | None = None
    stop_reason: str | None = None

    @property
    def running_at(self) -> float:
        return self.created_at + RUNNING_AFTER_SECONDS

    @property
    def cost_per_hour(self) -> float:
        return float(self.instance_type["hourly_rate"])

    @property
    def gpu_count(self) -> int:
        return int(self.instance_type["gpu_count"])

    def is_live(self) -> bool:
        return self.ended_at is None

    @property
    def fails(self) -> bool:
        return FAILING_NAME_MARK in self.name

    def status(self, now: float) -> str:
        if self.ended_at is not None:
            return "failed" if self.stop_reason == "failed" else "terminated"
        age = now - self.created_at
        if age < CREATING_SECONDS:
            return "creating"
        return "running" if age >= RUNNING_AFTER_SECONDS else "provisioning"

    def cost_until(self, moment: float) -> float:
        """What the instance has cost from reaching ``running`` until ``moment``."""
        return max(moment - self.running_at, 0.0) / 3600.0 * self.cost_per_hour

    def to_wire(self, now: float) -> dict[str, Any]:
        status = self.status(now)
        running = status == "running"
        return {
            "id": self.id,
            "name": self.name,
            "status": status,
            "gpu_type": self.instance_type["gpu_type"],
            "gpu_count": self.gpu_count,
            "cpu_cores": self.cpu_cores,
            "memory": self.memory,
            "storage": self.storage,
            "region": self.instance_type["region"],
            "ip": self.ip_address if running else None,
            "os_image": self.os_image,
            "cost_per_hour": self.cost_per_hour,
            "deployed_at": iso(self.running_at) if now >= self.running_at and status != "failed" else None,
            "created_at": iso(self.created_at),
            "updated_at": iso(max(self.updated_at, min(now, self.running_at))),
            "max_runtime_minutes": self.max_runtime_minutes,
            "idle_shutdown_minutes": self.idle_shutdown_minutes,
            "auto_stop_at": iso(self.auto_stop_at)
            if self.auto_stop_at is not None and self.is_live()
            else None,
            "stop_reason": self.stop_reason,
        }


def check_minutes(body: dict[str, Any], name: str, bounds: tuple[int, int], *, nullable: bool) -> None:
    """422 ``validation_error`` unless ``body[name]`` is absent, null (when allowed) or in range."""
    if name not in body or (nullable and body[name] is None):
        return
    value = body[name]
    low, high = bounds
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise invalid(name, f"must be an integer between {low} and {high}")


def _check_env_vars(value: Any) -> list[dict[str, str]]:
    if value is None:
        return []
    if isinstance(value, dict):
        raise invalid("env_vars", "must be an array of {key, value} objects, not a map")
    items: list[Any] = value if isinstance(value, list) else []  # pyright: ignore[reportUnknownVariableType]
    pairs: list[dict[str, Any]] = [item for item in items if isinstance(item, dict)]
    if (
        not isinstance(value, list)
        or len(pairs) != len(items)
        or not all(isinstance(pair.get("key"), str) and isinstance(pair.get("value"), str) for pair in pairs)
    ):
        raise invalid("env_vars", "must be an array of {key, value} objects with string values")
    return [{"key": pair["key"], "value": pair["value"]} for pair in pairs]


def _gpu_key(name: str) -> str:
    return "".join(c for c in name.lower() if c.isalnum())


def gpu_matches(wanted: str, offered: str) -> bool:
    """Loose GPU names: ``a100`` finds ``A100``, ``h100-sxm`` finds ``H100``."""
    return _gpu_key(wanted).startswith(_gpu_key(offered))


def instance_types(gpu_type: str | None, region: str | None, gpu_count: int | None) -> list[dict[str, Any]]:
    """The catalogue filtered as the type list filters it: ``gpu_type`` loosely (``h100-sxm``
    finds H100), ``region`` by prefix, ``gpu_count`` exactly."""
    return [
        dict(offer)
        for offer in INSTANCE_TYPES
        if (gpu_type is None or gpu_matches(gpu_type, str(offer["gpu_type"])))
        and (region is None or str(offer["region"]).startswith(region))
        and (gpu_count is None or offer["gpu_count"] == gpu_count)
    ]


def certificate_for(public_key: str, instance_id: str) -> str:
    """A stand-in OpenSSH certificate line: the right type name, a deterministic body."""
    key_type, blob = parse_public_key(public_key)
    body = hashlib.sha256(blob + instance_id.encode()).digest() * 4
    return f"{key_type}-cert-v01@openssh.com {base64.b64encode(body).decode()} runcrate-fake"


def _find_type(body: dict[str, Any]) -> dict[str, Any]:
    """The exact ``instance_type_id``, or the cheapest offer of ``gpu_type`` that fits."""
    if "instance_type_id" in body:
        for offer in INSTANCE_TYPES:
            if offer["id"] == body["instance_type_id"]:
                return offer
        raise bad_request(f"Unknown instance_type_id '{body['instance_type_id']}'")
    region = body.get("region", "auto")
    offers = [
        offer
        for offer in INSTANCE_TYPES
        if gpu_matches(str(body["gpu_type"]), str(offer["gpu_type"]))
        and offer["gpu_count"] == body.get("gpu_count", offer["gpu_count"])
        and (region == "auto" or str(offer["region"]).startswith(str(region)))
    ]
    if not offers:
        raise bad_request(f"No capacity for gpu_type '{body['gpu_type']}' with these constraints")
    return min(offers, key=lambda offer: float(offer["hourly_rate"]))


class InstanceStore:
    """All instances of the workspace; every read settles transitions due by fake time."""

    COMPONENT: ClassVar[str] = "instances"

    def __init__(self, world: World) -> None:
        self._world = world
        self._instances: list[Instance] = []

    def reset(self) -> None:
        self._instances = []

    # ----- reads -----
    def listing(self, env: Environment, search: str | None) -> list[dict[str, Any]]:
        now = self.settle()
        with self._world.lock:
            found = [
                i
                for i in self._instances
                if i.environment is env and (not search or search.lower() in i.name.lower())
            ]
            return [i.to_wire(now) for i in found]

    def get(self, env: Environment, id_or_name: str) -> Instance:
        self.settle()
        with self._world.lock:
            for instance in self._instances:
                if instance.environment is env and instance.id == id_or_name:
                    return instance
            named = [
                i for i in self._instances if i.environment is env and i.name == id_or_name and i.is_live()
            ]
            if len(named) == 1:
                return named[0]
        raise ApiProblem(404, "not_found", f"Instance '{id_or_name}' not found")

    def wire(self, instance: Instance) -> dict[str, Any]:
        return instance.to_wire(self._world.clock.now())

    def running(self) -> list[Instance]:
        now = self.settle()
        with self._world.lock:
            return [i for i in self._instances if i.status(now) == "running"]

    # ----- changes -----
    def launch(self, env: Environment, body: dict[str, Any]) -> dict[str, Any]:
        if not isinstance(body.get("name"), str) or not body["name"]:
            raise invalid("name", "is required")
        if ("gpu_type" in body) == ("instance_type_id" in body):
            raise invalid("gpu_type", "or instance_type_id is required, but not both")
        check_minutes(body, "max_runtime_minutes", MAX_RUNTIME_RANGE, nullable=False)
        check_minutes(body, "idle_shutdown_minutes", IDLE_SHUTDOWN_RANGE, nullable=False)
        for name in LIVE_SIZE_FIELDS:
            value = body.get(name, 1)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise invalid(name, "must be an integer >= 1")
        env_vars = _check_env_vars(body.get("env_vars"))
        self._check_references(env, body)
        self._world.check_launch(env, [str(body.get("gpu_type", ""))])
        offer = _find_type(body)
        now = self._world.clock.now()
        with self._world.lock:
            number = len(self._instances) + 1
            instance = Instance(
                id=self._world.new_uuid("instance"),
                name=body["name"],
                environment=env,
                instance_type=offer,
                cpu_cores=body.get("cpu_cores", offer["cpu_cores"]),
                memory=body.get("memory", offer["memory_gb"]),
                storage=body.get("storage", offer["storage_gb"]),
                ip_address=f"203.0.113.{number % 250 + 1}",
                os_image="ubuntu-22.04-cuda-12.4",
                created_at=now,
                updated_at=now,
                max_runtime_minutes=body.get("max_runtime_minutes"),
                idle_shutdown_minutes=body.get("idle_shutdown_minutes"),
                storage_id=body.get("storage_id"),
                env_vars=env_vars,
            )
            if instance.max_runtime_minutes is not None:
                instance.auto_stop_at = instance.running_at + instance.max_runtime_minutes * 60
            self._instances.append(instance)
            if instance.storage_id is not None:
                self._world.get(Storage).attach(instance.storage_id, instance.id)
        return instance.to_wire(now)

    def _check_references(self, env: Environment, body: dict[str, Any]) -> None:
        key_id = body.get("ssh_key_id")
        if key_id is not None and not self._world.get(SshKeys).exists(key_id):
            raise bad_request(f"Unknown ssh_key_id '{key_id}'")
        storage_id = body.get("storage_id")
        if storage_id is not None and not self._world.get(Storage).exists(env, storage_id):
            raise bad_request(f"Unknown storage_id '{storage_id}' in environment '{env.name}'")

    def update(self, instance: Instance, body: dict[str, Any]) -> dict[str, Any]:
        known = {"max_runtime_minutes", "idle_shutdown_minutes"} & body.keys()
        if not known:
            raise invalid("body", "must set max_runtime_minutes or idle_shutdown_minutes")
        check_minutes(body, "max_runtime_minutes", MAX_RUNTIME_RANGE, nullable=True)
        check_minutes(body, "idle_shutdown_minutes", IDLE_SHUTDOWN_RANGE, nullable=True)
        now = self.settle()
        with self._world.lock:
            if not instance.is_live():
                raise ApiProblem(409, "conflict", f"Instance '{instance.id}' is not live")
            if body.get("idle_shutdown_minutes") is not None and instance.gpu_count == 0:
                raise ApiProblem(409, "conflict", "Idle shutdown needs a GPU instance")
            if "max_runtime_minutes" in body:
                minutes = body["max_runtime_minutes"]
                instance.max_runtime_minutes = minutes
                instance.auto_stop_at = (
                    None
                    if minutes is None
                    else max(instance.running_at + minutes * 60, now + MIN_STOP_NOTICE_SECONDS)
                )
            if "idle_shutdown_minutes" in body:
                instance.idle_shutdown_minutes = body["idle_shutdown_minutes"]
            instance.updated_at = now
            return instance.to_wire(now)

    def ssh_certificate(self, instance: Instance, public_key: Any) -> dict[str, Any]:
        """A short-lived certificate for ``public_key`` and where to connect; the instance must run."""
        if not isinstance(public_key, str):
            raise invalid("public_key", "is required")
        wire = self.wire(instance)
        if wire["status"] != "running":
            raise ApiProblem(409, "conflict", f"Instance '{instance.id}' is {wire['status']}, not running")
        certificate = certificate_for(public_key, instance.id)
        return {"certificate": certificate, "ip": wire["ip"], "user": SSH_USER, "port": SSH_PORT}

    def terminate(self, instance: Instance, reason: str = "user", *, at: float | None = None) -> None:
        """End a live instance and charge what it ran; a second terminate is a 404 (what the real
        server answers is unknown; the SDK surfaces a 404 as ``NotFoundError``)."""
        with self._world.lock:
            if not instance.is_live():
                raise ApiProblem(404, "not_found", f"Instance '{instance.id}' not found")
            moment = self._world.clock.now() if at is None else at
            instance.ended_at = moment
            instance.updated_at = moment
            instance.stop_reason = reason
            cost = round(instance.cost_until(moment), 6)
            if cost > 0:
                self._world.charge(cost, f"Instance {instance.name}", environment=instance.environment)
            if instance.storage_id is not None:
                self._world.get(Storage).detach(instance.storage_id)

    def stop_all(self, reason: str, env: Environment | None = None) -> None:
        """Stop every live instance (of one environment), e.g. when the budget or balance runs out."""
        with self._world.lock:
            for instance in self._instances:
                if instance.is_live() and (env is None or instance.environment is env):
                    self.terminate(instance, reason)

    def settle(self) -> float:
        """Apply the runtime limits that fake time has reached; returns the current time."""
        now = self._world.clock.now()
        with self._world.lock:
            for instance in self._instances:
                if instance.is_live() and instance.fails and now >= instance.running_at:
                    self.terminate(instance, "failed", at=instance.running_at)  # ran 0 s: costs nothing
                elif (
                    instance.is_live() and instance.auto_stop_at is not None and now >= instance.auto_stop_at
                ):
                    self.terminate(instance, "max_runtime", at=instance.auto_stop_at)
        return now
