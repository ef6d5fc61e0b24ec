# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel, missing_field

T = TypeVar("T", bound="InstanceType")

_OPTIONAL = frozenset(
    {
        "deployment_type",
    }
)
_NONE_ABSENT: frozenset[str] = frozenset()


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
        d = dict(src_dict)
        pop = d.pop
        id = pop("id", None)
        if id is None:
            raise missing_field(cls, src_dict, "id")

        gpu_type = pop("gpu_type", None)
        if gpu_type is None:
            raise missing_field(cls, src_dict, "gpu_type")

        gpu_count = pop("gpu_count", None)
        if gpu_count is None:
            raise missing_field(cls, src_dict, "gpu_count")

        cpu_cores = pop("cpu_cores", None)
        if cpu_cores is None:
            raise missing_field(cls, src_dict, "cpu_cores")

        memory_gb = pop("memory_gb", None)
        if memory_gb is None:
            raise missing_field(cls, src_dict, "memory_gb")

        storage_gb = pop("storage_gb", None)
        if storage_gb is None:
            raise missing_field(cls, src_dict, "storage_gb")

        region = pop("region", None)
        if region is None:
            raise missing_field(cls, src_dict, "region")

        deployment_type = pop("deployment_type", None)

        hourly_rate = pop("hourly_rate", None)
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
        instance_type.additional_properties = d
        instance_type._absent = (
            _NONE_ABSENT if len(src_dict) - len(d) == 9 else _OPTIONAL.difference(src_dict)
        )
        instance_type._request_id = None
        return instance_type
