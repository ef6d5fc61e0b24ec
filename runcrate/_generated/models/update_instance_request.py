# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel

T = TypeVar("T", bound="UpdateInstanceRequest")


@_attrs_define(repr=False)
class UpdateInstanceRequest(WireModel):
    """The auto-stop limits to change. Leave a field out to keep its value; send `null` to turn the limit off. At least one
    field is required.

    """

    _wire_names: ClassVar[dict[str, str]] = {
        "max_runtime_minutes": "max_runtime_minutes",
        "idle_shutdown_minutes": "idle_shutdown_minutes",
    }
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "max_runtime_minutes",
            "idle_shutdown_minutes",
        }
    )

    max_runtime_minutes: int | None = None
    """ New runtime limit in minutes, counted as the total time since the instance started running; `null` turns it
    off. A change never stops the instance sooner than 2 minutes from now. """
    idle_shutdown_minutes: int | None = None
    """ New idle-shutdown limit in minutes; `null` turns it off. Only for GPU instances launched with idle-stop
    support. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        max_runtime_minutes = get("max_runtime_minutes")

        idle_shutdown_minutes = get("idle_shutdown_minutes")

        update_instance_request = object.__new__(cls)
        update_instance_request.max_runtime_minutes = max_runtime_minutes
        update_instance_request.idle_shutdown_minutes = idle_shutdown_minutes
        update_instance_request._payload = src_dict
        return update_instance_request
