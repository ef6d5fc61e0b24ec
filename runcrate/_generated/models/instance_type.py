# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireModel

T = TypeVar("T", bound="InstanceType")


@_attrs_define
class InstanceType(WireModel):
    """One GPU / count / region combination that can be launched right now, with its hourly price. Pass its `id` as
    `instance_type_id` to `createInstance`.

    """

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "gpu_type": "gpu_type",
        "gpu_count": "gpu_count",
        "region": "region",
        "hourly_rate": "hourly_rate",
        "cpu_cores": "cpu_cores",
        "memory_gb": "memory_gb",
        "storage_gb": "storage_gb",
        "deployment_type": "deployment_type",
    }

    id: str
    """ Instance-type id, e.g. `bold-tesla-a100-fa6f`. """
    gpu_type: str
    gpu_count: int
    region: str
    """ Region, e.g. `us-east`, `us-east-1`, `mumbai-india-1`. """
    hourly_rate: float
    """ Price in USD per hour. """
    cpu_cores: int | Unset = UNSET
    memory_gb: int | Unset = UNSET
    storage_gb: int | Unset = UNSET
    deployment_type: str | Unset = UNSET
    """ Kind of deployment behind this offer; values are not documented. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        gpu_type = self.gpu_type

        gpu_count = self.gpu_count

        region = self.region

        hourly_rate = self.hourly_rate

        cpu_cores = self.cpu_cores

        memory_gb = self.memory_gb

        storage_gb = self.storage_gb

        deployment_type = self.deployment_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "gpu_type": gpu_type,
                "gpu_count": gpu_count,
                "region": region,
                "hourly_rate": hourly_rate,
            }
        )
        if cpu_cores is not UNSET:
            field_dict["cpu_cores"] = cpu_cores
        if memory_gb is not UNSET:
            field_dict["memory_gb"] = memory_gb
        if storage_gb is not UNSET:
            field_dict["storage_gb"] = storage_gb
        if deployment_type is not UNSET:
            field_dict["deployment_type"] = deployment_type

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        gpu_type = d.pop("gpu_type")

        gpu_count = d.pop("gpu_count")

        region = d.pop("region")

        hourly_rate = d.pop("hourly_rate")

        cpu_cores = d.pop("cpu_cores", UNSET)

        memory_gb = d.pop("memory_gb", UNSET)

        storage_gb = d.pop("storage_gb", UNSET)

        deployment_type = d.pop("deployment_type", UNSET)

        instance_type = cls(
            id=id,
            gpu_type=gpu_type,
            gpu_count=gpu_count,
            region=region,
            hourly_rate=hourly_rate,
            cpu_cores=cpu_cores,
            memory_gb=memory_gb,
            storage_gb=storage_gb,
            deployment_type=deployment_type,
        )

        instance_type.additional_properties = d
        return instance_type
