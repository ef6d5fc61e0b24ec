# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireModel

T = TypeVar("T", bound="CreateStorageVolumeRequest")


@_attrs_define
class CreateStorageVolumeRequest(WireModel):
    _wire_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "size_gb": "size_gb",
        "region": "region",
    }

    name: str
    """ Name of the volume. """
    size_gb: int
    """ Size in GB (the server's minimum and maximum are not documented). """
    region: str | Unset = UNSET
    """ Storage region, passed through unchanged. Clients have sent a region name (`us-east-1`) while volumes report
    a region id (`"137"`); which the server accepts is unverified. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        size_gb = self.size_gb

        region = self.region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "size_gb": size_gb,
            }
        )
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        size_gb = d.pop("size_gb")

        region = d.pop("region", UNSET)

        create_storage_volume_request = cls(
            name=name,
            size_gb=size_gb,
            region=region,
        )

        create_storage_volume_request.additional_properties = d
        return create_storage_volume_request
