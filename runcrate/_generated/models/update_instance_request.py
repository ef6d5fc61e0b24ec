# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireModel

T = TypeVar("T", bound="UpdateInstanceRequest")


@_attrs_define
class UpdateInstanceRequest(WireModel):
    """The auto-stop limits to change. Leave a field out to keep its value; send `null` to turn the limit off. At least one
    field is required.

    """

    _wire_names: ClassVar[dict[str, str]] = {
        "max_runtime_minutes": "max_runtime_minutes",
        "idle_shutdown_minutes": "idle_shutdown_minutes",
    }

    max_runtime_minutes: int | Unset | None = UNSET
    """ New runtime limit in minutes, counted as the total time since the instance started running; `null` turns it
    off. A change never stops the instance sooner than 2 minutes from now. """
    idle_shutdown_minutes: int | Unset | None = UNSET
    """ New idle-shutdown limit in minutes; `null` turns it off. Only for GPU instances launched with idle-stop
    support. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        max_runtime_minutes: int | Unset | None
        if isinstance(self.max_runtime_minutes, Unset):
            max_runtime_minutes = UNSET
        else:
            max_runtime_minutes = self.max_runtime_minutes

        idle_shutdown_minutes: int | Unset | None
        if isinstance(self.idle_shutdown_minutes, Unset):
            idle_shutdown_minutes = UNSET
        else:
            idle_shutdown_minutes = self.idle_shutdown_minutes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_runtime_minutes is not UNSET:
            field_dict["max_runtime_minutes"] = max_runtime_minutes
        if idle_shutdown_minutes is not UNSET:
            field_dict["idle_shutdown_minutes"] = idle_shutdown_minutes

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_runtime_minutes = d.pop("max_runtime_minutes", UNSET)

        idle_shutdown_minutes = d.pop("idle_shutdown_minutes", UNSET)

        update_instance_request = cls(
            max_runtime_minutes=max_runtime_minutes,
            idle_shutdown_minutes=idle_shutdown_minutes,
        )

        update_instance_request.additional_properties = d
        return update_instance_request
