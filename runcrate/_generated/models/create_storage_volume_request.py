# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel, missing_field

T = TypeVar("T", bound="CreateStorageVolumeRequest")


@_attrs_define(repr=False)
class CreateStorageVolumeRequest(WireModel):
    _wire_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "size_gb": "size_gb",
        "region": "region",
    }
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "region",
        }
    )

    name: str
    """ Name of the volume. """
    size_gb: int
    """ Size in GB (the server's minimum and maximum are not documented). """
    region: str | None = None
    """ Storage region, passed through unchanged. Clients have sent a region name (`us-east-1`) while volumes report
    a region id (`"137"`); which the server accepts is unverified. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        name = get("name")
        if name is None:
            raise missing_field(cls, src_dict, "name")

        size_gb = get("size_gb")
        if size_gb is None:
            raise missing_field(cls, src_dict, "size_gb")

        region = get("region")

        create_storage_volume_request = object.__new__(cls)
        create_storage_volume_request.name = name
        create_storage_volume_request.size_gb = size_gb
        create_storage_volume_request.region = region
        create_storage_volume_request._payload = src_dict
        return create_storage_volume_request
