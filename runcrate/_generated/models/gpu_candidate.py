# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel, missing_field

T = TypeVar("T", bound="GpuCandidate")


@_attrs_define(repr=False)
class GpuCandidate(WireModel):
    """One GPU configuration a job may run on, in the order they are tried."""

    _wire_names: ClassVar[dict[str, str]] = {
        "gpu_type": "gpu_type",
        "gpu_count": "gpu_count",
    }

    gpu_type: str
    gpu_count: int
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        gpu_type = get("gpu_type")
        if gpu_type is None:
            raise missing_field(cls, src_dict, "gpu_type")

        gpu_count = get("gpu_count")
        if gpu_count is None:
            raise missing_field(cls, src_dict, "gpu_count")

        gpu_candidate = object.__new__(cls)
        gpu_candidate.gpu_type = gpu_type
        gpu_candidate.gpu_count = gpu_count
        gpu_candidate._payload = src_dict
        return gpu_candidate
