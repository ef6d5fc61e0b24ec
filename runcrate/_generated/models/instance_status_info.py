# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_instance_status import KnownInstanceStatus
from ..types import UNSET, Unset, WireModel

T = TypeVar("T", bound="InstanceStatusInfo")


@_attrs_define
class InstanceStatusInfo(WireModel):
    """The lightweight status of an instance, for polling."""

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "status": "status",
        "ip": "ip",
    }

    id: str
    status: KnownInstanceStatus | str
    """ Open enum: known values are listed; accept any other string. Every status except `terminated` and `failed`
    means the instance is still active. """
    ip: str | Unset | None = UNSET
    """ Public IP address; null until the instance is running. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: str
        if isinstance(self.status, KnownInstanceStatus):
            status = self.status.value
        else:
            status = self.status

        ip: str | Unset | None
        if isinstance(self.ip, Unset):
            ip = UNSET
        else:
            ip = self.ip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if ip is not UNSET:
            field_dict["ip"] = ip

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        status = _parse_status(d.pop("status"))

        ip = d.pop("ip", UNSET)

        instance_status_info = cls(
            id=id,
            status=status,
            ip=ip,
        )

        instance_status_info.additional_properties = d
        return instance_status_info


def _parse_status(data: object) -> KnownInstanceStatus | str:
    if isinstance(data, str):
        return cast("KnownInstanceStatus | str", KnownInstanceStatus._value2member_map_.get(data, data))
    return cast("KnownInstanceStatus | str", data)
