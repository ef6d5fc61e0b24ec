# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel, missing_field

T = TypeVar("T", bound="JobGpuSample")


@_attrs_define(repr=False)
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

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        util = get("util")
        if util is None:
            raise missing_field(cls, src_dict, "util")

        mem_used_mb = get("mem_used_mb")
        if mem_used_mb is None:
            raise missing_field(cls, src_dict, "mem_used_mb")

        mem_total_mb = get("mem_total_mb")
        if mem_total_mb is None:
            raise missing_field(cls, src_dict, "mem_total_mb")

        job_gpu_sample = object.__new__(cls)
        job_gpu_sample.util = util
        job_gpu_sample.mem_used_mb = mem_used_mb
        job_gpu_sample.mem_total_mb = mem_total_mb
        job_gpu_sample._payload = src_dict
        return job_gpu_sample
