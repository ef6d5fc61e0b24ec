# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel, json_list

T = TypeVar("T", bound="JobMetricPoint")


@_attrs_define
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

    def to_dict(self) -> dict[str, Any]:
        at = self.at.isoformat()

        gpus: list[Any] = []
        for gpus_item_data in self.gpus:
            gpus_item = gpus_item_data.to_dict()
            gpus.append(gpus_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "at": at,
                "gpus": gpus,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        at = datetime.datetime.fromisoformat(d.pop("at"))

        gpus = [JobGpuSample.from_dict(gpus_item_data) for gpus_item_data in json_list(d.pop("gpus"))]

        job_metric_point = cls(
            at=at,
            gpus=gpus,
        )

        job_metric_point.additional_properties = d
        return job_metric_point


# Imported after the class so that models referring to each other import cleanly.
from ..models.job_gpu_sample import JobGpuSample  # noqa: E402
