# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel, missing_field

T = TypeVar("T", bound="ResizeStorageVolumeRequest")


@_attrs_define(repr=False)
class ResizeStorageVolumeRequest(WireModel):
    _wire_names: ClassVar[dict[str, str]] = {
        "size_gb": "size_gb",
    }

    size_gb: int
    """ New size in GB. Whether a volume can shrink is not documented. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        size_gb = get("size_gb")
        if size_gb is None:
            raise missing_field(cls, src_dict, "size_gb")

        resize_storage_volume_request = object.__new__(cls)
        resize_storage_volume_request.size_gb = size_gb
        resize_storage_volume_request._payload = src_dict
        return resize_storage_volume_request
