# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel, missing_field

T = TypeVar("T", bound="ScheduleSpec")


@_attrs_define(repr=False)
class ScheduleSpec(WireModel):
    """The launch body a schedule stores: for kind `instance` exactly the body of `createInstance` (its `env_vars` is an
    array of `{key, value}` objects), for kind `job` exactly the body of `submitJob` (a job spec, whose `env` is a
    string-to-string map). It must include `max_runtime_minutes` (5-10080 for instances, 1-10080 for jobs).

    """

    _wire_names: ClassVar[dict[str, str]] = {
        "max_runtime_minutes": "max_runtime_minutes",
    }

    max_runtime_minutes: int
    """ Runtime limit of each launch, in minutes (5-10080 for instances, 1-10080 for jobs). """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        max_runtime_minutes = get("max_runtime_minutes")
        if max_runtime_minutes is None:
            raise missing_field(cls, src_dict, "max_runtime_minutes")

        schedule_spec = object.__new__(cls)
        schedule_spec.max_runtime_minutes = max_runtime_minutes
        schedule_spec._payload = src_dict
        return schedule_spec
