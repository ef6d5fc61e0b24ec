# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel

T = TypeVar("T", bound="JobGroupSpecParamsItem")


@_attrs_define(repr=False, eq=False)
class JobGroupSpecParamsItem(WireModel):
    _wire_names: ClassVar[dict[str, str]] = {}

    additional_properties: dict[str, str] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, str]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        job_group_spec_params_item = object.__new__(cls)
        job_group_spec_params_item._payload = src_dict
        return job_group_spec_params_item

    def __len__(self) -> int:
        """A map of names to values (like ``tags``): its length is the number of entries."""
        return len(self.additional_properties)

    def __eq__(self, other: object) -> bool:
        """Equal to a map with the same entries, so ``job.tags == {"team": "ml"}`` holds."""
        if isinstance(other, JobGroupSpecParamsItem):
            return self.additional_properties == other.additional_properties
        if isinstance(other, Mapping):
            return self.additional_properties == dict(cast(Mapping[str, Any], other))
        return NotImplemented
