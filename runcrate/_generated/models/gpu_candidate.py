# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireModel

T = TypeVar("T", bound="GpuCandidate")


@_attrs_define
class GpuCandidate(WireModel):
    """One GPU configuration a job may run on, in the order they are tried."""

    _wire_names: ClassVar[dict[str, str]] = {
        "gpu_type": "gpu_type",
        "gpu_count": "gpu_count",
    }

    gpu_type: str
    gpu_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        gpu_type = self.gpu_type

        gpu_count = self.gpu_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gpu_type": gpu_type,
            }
        )
        if gpu_count is not UNSET:
            field_dict["gpu_count"] = gpu_count

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        gpu_type = d.pop("gpu_type")

        gpu_count = d.pop("gpu_count", UNSET)

        gpu_candidate = cls(
            gpu_type=gpu_type,
            gpu_count=gpu_count,
        )

        gpu_candidate.additional_properties = d
        return gpu_candidate
