"""Storage volumes, billed $0.03 per GB-month, charged a week in advance.

A week costs ``size_gb * 0.03 * 12 / 52`` USD. Creating a volume charges the first week;
whenever fake time passes the paid-up date, the next week is charged. Resizing charges (or
refunds) the difference for the rest of the current week; deleting refunds its unused part.
List and get answer in camelCase, create and resize in snake_case: which casing the real server
uses where is not settled, so the fake sends both and clients must read either. ``region`` may be
a region id or name (which one the real server takes is not known); without it the first region
is used.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from runcrate.testing._infra.catalogue import STORAGE_REGIONS
from runcrate.testing._server.clock import iso
from runcrate.testing._server.http import ApiProblem, invalid

if TYPE_CHECKING:
    from runcrate.testing._server.environment import Environment
    from runcrate.testing._server.world import World

PRICE_PER_GB_MONTH = 0.03
WEEK_SECONDS = 7 * 24 * 3600.0
WEEKS_PER_MONTH = 52 / 12


def weekly_cost(size_gb: int) -> float:
    return size_gb * PRICE_PER_GB_MONTH / WEEKS_PER_MONTH


@dataclass
class Volume:
    id: str
    name: str
    environment: Environment
    size_gb: int
    region: dict[str, str]
    created_at: float
    updated_at: float
    paid_until: float
    deployment_id: str | None = None

    def fields(self, workspace_id: str) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "size_gb": self.size_gb,
            "status": "attached" if self.deployment_id else "available",
            "region": self.region["id"],
            "provider_type": self.region["provider"],
            "deployment_id": self.deployment_id,
            "project_id": workspace_id,
            "created_at": iso(self.created_at),
            "updated_at": iso(self.updated_at),
        }


_CAMEL = {
    "size_gb": "sizeGb",
    "provider_type": "providerType",
    "deployment_id": "deploymentId",
    "project_id": "projectId",
    "created_at": "createdAt",
    "updated_at": "updatedAt",
}


def camel(fields: dict[str, Any]) -> dict[str, Any]:
    return {_CAMEL.get(key, key): value for key, value in fields.items()}


def find_region(value: str) -> dict[str, str]:
    for region in STORAGE_REGIONS:
        if value in (region["id"], region["name"]):
            return region
    raise ApiProblem(404, "not_found", f"Storage region '{value}' not found")


class Storage:
    """The volumes of every environment."""

    COMPONENT: ClassVar[str] = "storage"

    def __init__(self, world: World) -> None:
        self._world = world
        self.volumes: dict[str, Volume] = {}

    def reset(self) -> None:
        self.volumes = {}

    def exists(self, env: Environment, volume_id: str) -> bool:
        volume = self.volumes.get(volume_id)
        return volume is not None and volume.environment is env

    def attach(self, volume_id: str, instance_id: str) -> None:
        self.volumes[volume_id].deployment_id = instance_id

    def detach(self, volume_id: str) -> None:
        if volume_id in self.volumes:
            self.volumes[volume_id].deployment_id = None

    def in_environment(self, env: Environment) -> list[Volume]:
        self.settle()
        return [v for v in self.volumes.values() if v.environment is env]

    def get(self, env: Environment, volume_id: str) -> Volume:
        self.settle()
        volume = self.volumes.get(volume_id)
        if volume is None or volume.environment is not env:
            raise ApiProblem(404, "not_found", f"Storage volume '{volume_id}' not found")
        return volume

    def settle(self) -> None:
        """Charge every week that fake time has entered since the last charge."""
        now = self._world.clock.now()
        with self._world.lock:
            for volume in self.volumes.values():
                while volume.paid_until <= now:
                    self._world.charge(
                        round(weekly_cost(volume.size_gb), 6),
                        f"Storage {volume.name} ({volume.size_gb} GB), one week",
                        environment=volume.environment,
                    )
                    volume.paid_until += WEEK_SECONDS

    def create(self, env: Environment, body: dict[str, Any]) -> Volume:
        name, size = body.get("name"), body.get("size_gb")
        if not isinstance(name, str) or not name:
            raise invalid("name", "is required")
        if isinstance(size, bool) or not isinstance(size, int) or size < 1:
            raise invalid("size_gb", "must be an integer >= 1")
        region = find_region(str(body.get("region", STORAGE_REGIONS[0]["id"])))
        if not self._world.settings.storage_configured:
            raise ApiProblem(
                400,
                "storage_not_configured",
                "Configure a storage provider in the dashboard before creating volumes",
            )
        first_week = round(weekly_cost(size), 6)
        if self._world.balance_usd < first_week:
            raise ApiProblem(402, "insufficient_credits", "Insufficient credits")
        now = self._world.clock.now()
        with self._world.lock:
            volume = Volume(self._world.new_id("vol"), name, env, size, region, now, now, now + WEEK_SECONDS)
            self.volumes[volume.id] = volume
            self._world.charge(first_week, f"Storage {name} ({size} GB), first week", environment=env)
        return volume

    def _unused_fraction(self, volume: Volume) -> float:
        return min(max(volume.paid_until - self._world.clock.now(), 0.0) / WEEK_SECONDS, 1.0)

    def resize(self, volume: Volume, body: dict[str, Any]) -> Volume:
        size = body.get("size_gb")
        if isinstance(size, bool) or not isinstance(size, int) or size < 1:
            raise invalid("size_gb", "must be an integer >= 1")
        with self._world.lock:
            difference = (weekly_cost(size) - weekly_cost(volume.size_gb)) * self._unused_fraction(volume)
            if difference > 0:
                self._world.charge(
                    round(difference, 6),
                    f"Storage {volume.name} resized to {size} GB",
                    environment=volume.environment,
                )
            elif difference < 0:
                self._world.ledger.credit(
                    -round(difference, 6), f"Storage {volume.name} resized", type="refund"
                )
            volume.size_gb = size
            volume.updated_at = self._world.clock.now()
        return volume

    def delete(self, volume: Volume) -> float:
        """Remove the volume and refund the unused part of the week; returns the refund."""
        with self._world.lock:
            if volume.deployment_id is not None:
                raise ApiProblem(
                    409,
                    "conflict",
                    f"Storage volume '{volume.id}' is attached to instance {volume.deployment_id}",
                )
            refund = round(weekly_cost(volume.size_gb) * self._unused_fraction(volume), 2)
            del self.volumes[volume.id]
            if refund > 0:
                self._world.ledger.credit(refund, f"Storage {volume.name} deleted", type="refund")
        return refund
