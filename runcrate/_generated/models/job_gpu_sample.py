# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel

T = TypeVar("T", bound="JobGpuSample")


@_attrs_define
class JobGpuSample(WireModel):
    """One GPU's use over a metrics interval."""

    _wire_names: ClassVar[dict[str, str]] = {
        "util": "util",
        "mem_used_mb": "mem_used_mb",
        "mem_total_mb": "mem_total_mb",
    }

    util: float
    """ Average utilisation in percent. """
    mem_used_mb: float
    """ Peak memory used, in MB. """
    mem_total_mb: float
    """ Total memory, in MB. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        util = self.util

        mem_used_mb = self.mem_used_mb

        mem_total_mb = self.mem_total_mb

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "util": util,
                "mem_used_mb": mem_used_mb,
                "mem_total_mb": mem_total_mb,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        util = d.pop("util")

        mem_used_mb = d.pop("mem_used_mb")

        mem_total_mb = d.pop("mem_total_mb")

        job_gpu_sample = cls(
            util=util,
            mem_used_mb=mem_used_mb,
            mem_total_mb=mem_total_mb,
        )

        job_gpu_sample.additional_properties = d
        return job_gpu_sample
