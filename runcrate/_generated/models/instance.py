# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_instance_status import KnownInstanceStatus
from ..models.known_stop_reason import KnownStopReason
from ..types import UNSET, Unset, WireModel

T = TypeVar("T", bound="Instance")


@_attrs_define
class Instance(WireModel):
    """A GPU (or CPU) instance. Fields are snake_case on the wire."""

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "status": "status",
        "gpu_type": "gpu_type",
        "gpu_count": "gpu_count",
        "cpu_cores": "cpu_cores",
        "memory": "memory",
        "storage": "storage",
        "region": "region",
        "ip": "ip",
        "os_image": "os_image",
        "cost_per_hour": "cost_per_hour",
        "deployed_at": "deployed_at",
        "created_at": "created_at",
        "updated_at": "updated_at",
        "max_runtime_minutes": "max_runtime_minutes",
        "idle_shutdown_minutes": "idle_shutdown_minutes",
        "auto_stop_at": "auto_stop_at",
        "stop_reason": "stop_reason",
    }

    id: str
    """ Instance id (a UUID in practice; treat it as opaque). """
    name: str
    """ Readable name given at creation. """
    status: KnownInstanceStatus | str
    """ Open enum: known values are listed; accept any other string. Every status except `terminated` and `failed`
    means the instance is still active. """
    gpu_type: str | Unset = UNSET
    """ GPU model of the instance, e.g. `H100`. """
    gpu_count: int | Unset = UNSET
    """ Number of GPUs. """
    cpu_cores: int | Unset = UNSET
    """ Number of CPU cores. """
    memory: int | Unset = UNSET
    """ Memory in GB. """
    storage: int | Unset = UNSET
    """ Local disk in GB. """
    region: str | Unset = UNSET
    """ Region the instance runs in. """
    ip: str | Unset | None = UNSET
    """ Public IP address; null until the instance is running. """
    os_image: str | Unset | None = UNSET
    """ Operating-system image of the instance. """
    cost_per_hour: float | Unset = UNSET
    """ Price in USD per hour. """
    deployed_at: datetime.datetime | Unset | None = UNSET
    """ When the instance was deployed. """
    created_at: datetime.datetime | Unset | None = UNSET
    updated_at: datetime.datetime | Unset | None = UNSET
    max_runtime_minutes: int | Unset | None = UNSET
    """ Runtime limit in minutes, counted from when the instance first reached `running`; null when there is no
    limit. """
    idle_shutdown_minutes: int | Unset | None = UNSET
    """ Idle-shutdown limit in minutes (GPU use under 5 % with no SSH, web-terminal or editor session); null when it
    is off. """
    auto_stop_at: datetime.datetime | Unset | None = UNSET
    """ When the runtime limit will stop the instance; null without a limit. """
    stop_reason: KnownStopReason | str | Unset | None = UNSET
    """ Why the instance stopped; null while it runs. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        status: str
        if isinstance(self.status, KnownInstanceStatus):
            status = self.status.value
        else:
            status = self.status

        gpu_type = self.gpu_type

        gpu_count = self.gpu_count

        cpu_cores = self.cpu_cores

        memory = self.memory

        storage = self.storage

        region = self.region

        ip: str | Unset | None
        if isinstance(self.ip, Unset):
            ip = UNSET
        else:
            ip = self.ip

        os_image: str | Unset | None
        if isinstance(self.os_image, Unset):
            os_image = UNSET
        else:
            os_image = self.os_image

        cost_per_hour = self.cost_per_hour

        deployed_at: str | Unset | None
        if isinstance(self.deployed_at, Unset):
            deployed_at = UNSET
        elif isinstance(self.deployed_at, datetime.datetime):
            deployed_at = self.deployed_at.isoformat()
        else:
            deployed_at = self.deployed_at

        created_at: str | Unset | None
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: str | Unset | None
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        max_runtime_minutes: int | Unset | None
        if isinstance(self.max_runtime_minutes, Unset):
            max_runtime_minutes = UNSET
        else:
            max_runtime_minutes = self.max_runtime_minutes

        idle_shutdown_minutes: int | Unset | None
        if isinstance(self.idle_shutdown_minutes, Unset):
            idle_shutdown_minutes = UNSET
        else:
            idle_shutdown_minutes = self.idle_shutdown_minutes

        auto_stop_at: str | Unset | None
        if isinstance(self.auto_stop_at, Unset):
            auto_stop_at = UNSET
        elif isinstance(self.auto_stop_at, datetime.datetime):
            auto_stop_at = self.auto_stop_at.isoformat()
        else:
            auto_stop_at = self.auto_stop_at

        stop_reason: str | Unset | None
        if isinstance(self.stop_reason, Unset):
            stop_reason = UNSET
        elif isinstance(self.stop_reason, KnownStopReason):
            stop_reason = self.stop_reason.value
        else:
            stop_reason = self.stop_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "status": status,
            }
        )
        if gpu_type is not UNSET:
            field_dict["gpu_type"] = gpu_type
        if gpu_count is not UNSET:
            field_dict["gpu_count"] = gpu_count
        if cpu_cores is not UNSET:
            field_dict["cpu_cores"] = cpu_cores
        if memory is not UNSET:
            field_dict["memory"] = memory
        if storage is not UNSET:
            field_dict["storage"] = storage
        if region is not UNSET:
            field_dict["region"] = region
        if ip is not UNSET:
            field_dict["ip"] = ip
        if os_image is not UNSET:
            field_dict["os_image"] = os_image
        if cost_per_hour is not UNSET:
            field_dict["cost_per_hour"] = cost_per_hour
        if deployed_at is not UNSET:
            field_dict["deployed_at"] = deployed_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if max_runtime_minutes is not UNSET:
            field_dict["max_runtime_minutes"] = max_runtime_minutes
        if idle_shutdown_minutes is not UNSET:
            field_dict["idle_shutdown_minutes"] = idle_shutdown_minutes
        if auto_stop_at is not UNSET:
            field_dict["auto_stop_at"] = auto_stop_at
        if stop_reason is not UNSET:
            field_dict["stop_reason"] = stop_reason

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        status = _parse_status(d.pop("status"))

        gpu_type = d.pop("gpu_type", UNSET)

        gpu_count = d.pop("gpu_count", UNSET)

        cpu_cores = d.pop("cpu_cores", UNSET)

        memory = d.pop("memory", UNSET)

        storage = d.pop("storage", UNSET)

        region = d.pop("region", UNSET)

        ip = d.pop("ip", UNSET)

        os_image = d.pop("os_image", UNSET)

        cost_per_hour = d.pop("cost_per_hour", UNSET)

        deployed_at = _parse_deployed_at(d.pop("deployed_at", UNSET))

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        max_runtime_minutes = d.pop("max_runtime_minutes", UNSET)

        idle_shutdown_minutes = d.pop("idle_shutdown_minutes", UNSET)

        auto_stop_at = _parse_auto_stop_at(d.pop("auto_stop_at", UNSET))

        stop_reason = _parse_stop_reason(d.pop("stop_reason", UNSET))

        instance = cls(
            id=id,
            name=name,
            status=status,
            gpu_type=gpu_type,
            gpu_count=gpu_count,
            cpu_cores=cpu_cores,
            memory=memory,
            storage=storage,
            region=region,
            ip=ip,
            os_image=os_image,
            cost_per_hour=cost_per_hour,
            deployed_at=deployed_at,
            created_at=created_at,
            updated_at=updated_at,
            max_runtime_minutes=max_runtime_minutes,
            idle_shutdown_minutes=idle_shutdown_minutes,
            auto_stop_at=auto_stop_at,
            stop_reason=stop_reason,
        )

        instance.additional_properties = d
        return instance


def _parse_status(data: object) -> KnownInstanceStatus | str:
    if isinstance(data, str):
        return cast("KnownInstanceStatus | str", KnownInstanceStatus._value2member_map_.get(data, data))
    return cast("KnownInstanceStatus | str", data)


def _parse_deployed_at(data: object) -> datetime.datetime | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        try:
            deployed_at_type_0 = datetime.datetime.fromisoformat(data)

            return deployed_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("datetime.datetime | None | Unset", data)


def _parse_created_at(data: object) -> datetime.datetime | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        try:
            created_at_type_0 = datetime.datetime.fromisoformat(data)

            return created_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("datetime.datetime | None | Unset", data)


def _parse_updated_at(data: object) -> datetime.datetime | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        try:
            updated_at_type_0 = datetime.datetime.fromisoformat(data)

            return updated_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("datetime.datetime | None | Unset", data)


def _parse_auto_stop_at(data: object) -> datetime.datetime | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        try:
            auto_stop_at_type_0 = datetime.datetime.fromisoformat(data)

            return auto_stop_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("datetime.datetime | None | Unset", data)


def _parse_stop_reason(data: object) -> KnownStopReason | str | Unset | None:
    if isinstance(data, str):
        return cast(
            "KnownStopReason | None | str | Unset", KnownStopReason._value2member_map_.get(data, data)
        )
    return cast("KnownStopReason | None | str | Unset", data)
