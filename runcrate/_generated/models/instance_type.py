# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel, missing_field

T = TypeVar("T", bound="InstanceType")


@_attrs_define(repr=False)
class InstanceType(WireModel):
    """One GPU / count / region combination that can be launched right now, with its hourly price. Pass its `id` as
    `instance_type_id` to `createInstance`.

    """

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "gpu_type": "gpu_type",
        "gpu_count": "gpu_count",
        "cpu_cores": "cpu_cores",
        "memory_gb": "memory_gb",
        "storage_gb": "storage_gb",
        "region": "region",
        "deployment_type": "deployment_type",
        "hourly_rate": "hourly_rate",
    }
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "deployment_type",
        }
    )

    id: str
    """ Instance-type id, e.g. `bold-tesla-a100-fa6f`. """
    gpu_type: str
    gpu_count: int
    cpu_cores: int
    memory_gb: int
    storage_gb: int
    region: str
    """ Region, e.g. `us-east`, `us-east-1`, `mumbai-india-1`. """
    hourly_rate: float
    """ Price in USD per hour. """
    deployment_type: str | None = None
    """ Kind of deployment behind this offer; values are not documented. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        id = get("id")
        if id is None:
            raise missing_field(cls, src_dict, "id")

        gpu_type = get("gpu_type")
        if gpu_type is None:
            raise missing_field(cls, src_dict, "gpu_type")

        gpu_count = get("gpu_count")
        if gpu_count is None:
            raise missing_field(cls, src_dict, "gpu_count")

        cpu_cores = get("cpu_cores")
        if cpu_cores is None:
            raise missing_field(cls, src_dict, "cpu_cores")

        memory_gb = get("memory_gb")
        if memory_gb is None:
            raise missing_field(cls, src_dict, "memory_gb")

        storage_gb = get("storage_gb")
        if storage_gb is None:
            raise missing_field(cls, src_dict, "storage_gb")

        region = get("region")
        if region is None:
            raise missing_field(cls, src_dict, "region")

        deployment_type = get("deployment_type")

        hourly_rate = get("hourly_rate")
        if hourly_rate is None:
            raise missing_field(cls, src_dict, "hourly_rate")

        instance_type = object.__new__(cls)
        instance_type.id = id
        instance_type.gpu_type = gpu_type
        instance_type.gpu_count = gpu_count
        instance_type.cpu_cores = cpu_cores
        instance_type.memory_gb = memory_gb
        instance_type.storage_gb = storage_gb
        instance_type.region = region
        instance_type.deployment_type = deployment_type
        instance_type.hourly_rate = hourly_rate
        instance_type._payload = src_dict
        return instance_type
