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
from ..types import WireModel, missing_field

T = TypeVar("T", bound="Instance")


@_attrs_define(repr=False)
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
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "gpu_type",
            "gpu_count",
            "cpu_cores",
            "memory",
            "storage",
            "region",
            "ip",
            "os_image",
            "cost_per_hour",
            "deployed_at",
            "created_at",
            "updated_at",
            "max_runtime_minutes",
            "idle_shutdown_minutes",
            "auto_stop_at",
            "stop_reason",
        }
    )

    id: str
    """ Instance id (a UUID in practice; treat it as opaque). """
    name: str
    """ Readable name given at creation. """
    status: KnownInstanceStatus | str
    """ Open enum: known values are listed; accept any other string. Every status except `terminated` and `failed`
    means the instance is still active. """
    gpu_type: str | None = None
    """ GPU model of the instance, e.g. `H100`. """
    gpu_count: int | None = None
    """ Number of GPUs. """
    cpu_cores: int | None = None
    """ Number of CPU cores. """
    memory: int | None = None
    """ Memory in GB. """
    storage: int | None = None
    """ Local disk in GB. """
    region: str | None = None
    """ Region the instance runs in. """
    ip: str | None = None
    """ Public IP address; null until the instance is running. """
    os_image: str | None = None
    """ Operating-system image of the instance. """
    cost_per_hour: float | None = None
    """ Price in USD per hour. """
    deployed_at: datetime.datetime | None = None
    """ When the instance was deployed. """
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    max_runtime_minutes: int | None = None
    """ Runtime limit in minutes, counted from when the instance first reached `running`; null when there is no
    limit. """
    idle_shutdown_minutes: int | None = None
    """ Idle-shutdown limit in minutes (GPU use under 5 % with no SSH, web-terminal or editor session); null when it
    is off. """
    auto_stop_at: datetime.datetime | None = None
    """ When the runtime limit will stop the instance; null without a limit. """
    stop_reason: KnownStopReason | str | None = None
    """ Why the instance stopped; null while it runs. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        id = get("id")
        if id is None:
            raise missing_field(cls, src_dict, "id")

        name = get("name")
        if name is None:
            raise missing_field(cls, src_dict, "name")

        _status = get("status")
        if _status is None:
            raise missing_field(cls, src_dict, "status")
        status = _parse_status(_status)

        gpu_type = get("gpu_type")

        gpu_count = get("gpu_count")

        cpu_cores = get("cpu_cores")

        memory = get("memory")

        storage = get("storage")

        region = get("region")

        ip = get("ip")

        os_image = get("os_image")

        cost_per_hour = get("cost_per_hour")

        deployed_at = _parse_deployed_at(get("deployed_at"))

        created_at = _parse_created_at(get("created_at"))

        updated_at = _parse_updated_at(get("updated_at"))

        max_runtime_minutes = get("max_runtime_minutes")

        idle_shutdown_minutes = get("idle_shutdown_minutes")

        auto_stop_at = _parse_auto_stop_at(get("auto_stop_at"))

        stop_reason = _parse_stop_reason(get("stop_reason"))

        instance = object.__new__(cls)
        instance.id = id
        instance.name = name
        instance.status = status
        instance.gpu_type = gpu_type
        instance.gpu_count = gpu_count
        instance.cpu_cores = cpu_cores
        instance.memory = memory
        instance.storage = storage
        instance.region = region
        instance.ip = ip
        instance.os_image = os_image
        instance.cost_per_hour = cost_per_hour
        instance.deployed_at = deployed_at
        instance.created_at = created_at
        instance.updated_at = updated_at
        instance.max_runtime_minutes = max_runtime_minutes
        instance.idle_shutdown_minutes = idle_shutdown_minutes
        instance.auto_stop_at = auto_stop_at
        instance.stop_reason = stop_reason
        instance._payload = src_dict
        return instance


def _parse_status(data: object) -> KnownInstanceStatus | str:
    if isinstance(data, str):
        return cast("KnownInstanceStatus | str", KnownInstanceStatus._value2member_map_.get(data, data))
    return cast("KnownInstanceStatus | str", data)


def _parse_deployed_at(data: object) -> datetime.datetime | None:
    if data is None:
        return data
    if isinstance(data, str):
        try:
            deployed_at_type_0 = datetime.datetime.fromisoformat(data)

            return deployed_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("datetime.datetime | None", data)


def _parse_created_at(data: object) -> datetime.datetime | None:
    if data is None:
        return data
    if isinstance(data, str):
        try:
            created_at_type_0 = datetime.datetime.fromisoformat(data)

            return created_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("datetime.datetime | None", data)


def _parse_updated_at(data: object) -> datetime.datetime | None:
    if data is None:
        return data
    if isinstance(data, str):
        try:
            updated_at_type_0 = datetime.datetime.fromisoformat(data)

            return updated_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("datetime.datetime | None", data)


def _parse_auto_stop_at(data: object) -> datetime.datetime | None:
    if data is None:
        return data
    if isinstance(data, str):
        try:
            auto_stop_at_type_0 = datetime.datetime.fromisoformat(data)

            return auto_stop_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("datetime.datetime | None", data)


def _parse_stop_reason(data: object) -> KnownStopReason | str | None:
    if isinstance(data, str):
        return cast("KnownStopReason | None | str", KnownStopReason._value2member_map_.get(data, data))
    return cast("KnownStopReason | None | str", data)
