# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_instance_status import KnownInstanceStatus
from ..types import WireModel, missing_field

T = TypeVar("T", bound="InstanceStatusInfo")


@_attrs_define(repr=False)
class InstanceStatusInfo(WireModel):
    """The lightweight status of an instance, for polling."""

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "status": "status",
        "ip": "ip",
    }
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "ip",
        }
    )

    id: str
    status: KnownInstanceStatus | str
    """ Open enum: known values are listed; accept any other string. Every status except `terminated` and `failed`
    means the instance is still active. """
    ip: str | None = None
    """ Public IP address; null until the instance is running. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        id = get("id")
        if id is None:
            raise missing_field(cls, src_dict, "id")

        _status = get("status")
        if _status is None:
            raise missing_field(cls, src_dict, "status")
        status = _parse_status(_status)

        ip = get("ip")

        instance_status_info = object.__new__(cls)
        instance_status_info.id = id
        instance_status_info.status = status
        instance_status_info.ip = ip
        instance_status_info._payload = src_dict
        return instance_status_info


def _parse_status(data: object) -> KnownInstanceStatus | str:
    if isinstance(data, str):
        return cast("KnownInstanceStatus | str", KnownInstanceStatus._value2member_map_.get(data, data))
    return cast("KnownInstanceStatus | str", data)
