# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel

T = TypeVar("T", bound="ResizeStorageVolumeRequest")


@_attrs_define
class ResizeStorageVolumeRequest(WireModel):
    _wire_names: ClassVar[dict[str, str]] = {
        "size_gb": "size_gb",
    }

    size_gb: int
    """ New size in GB. Whether a volume can shrink is not documented. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        size_gb = self.size_gb

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "size_gb": size_gb,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        size_gb = d.pop("size_gb")

        resize_storage_volume_request = cls(
            size_gb=size_gb,
        )

        resize_storage_volume_request.additional_properties = d
        return resize_storage_volume_request
