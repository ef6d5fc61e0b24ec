# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel, json_list, missing_field

T = TypeVar("T", bound="JobMetricPoint")


@_attrs_define(repr=False)
class JobMetricPoint(WireModel):
    """GPU use of a job over one interval, one sample per GPU."""

    _wire_names: ClassVar[dict[str, str]] = {
        "at": "at",
        "gpus": "gpus",
    }

    at: datetime.datetime
    gpus: list[JobGpuSample]
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        _at = get("at")
        if _at is None:
            raise missing_field(cls, src_dict, "at")
        at = datetime.datetime.fromisoformat(_at)

        _gpus = get("gpus")
        if _gpus is None:
            raise missing_field(cls, src_dict, "gpus")
        gpus = [JobGpuSample.from_dict(gpus_item_data) for gpus_item_data in json_list(_gpus)]

        job_metric_point = object.__new__(cls)
        job_metric_point.at = at
        job_metric_point.gpus = gpus
        job_metric_point._payload = src_dict
        return job_metric_point


# Imported after the class so that models referring to each other import cleanly.
from ..models.job_gpu_sample import JobGpuSample  # noqa: E402
