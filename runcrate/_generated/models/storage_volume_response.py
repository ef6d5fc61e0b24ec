# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel, missing_field

T = TypeVar("T", bound="StorageVolumeResponse")


@_attrs_define(repr=False)
class StorageVolumeResponse(WireModel):
    _wire_names: ClassVar[dict[str, str]] = {
        "data": "data",
    }

    data: StorageVolume
    """ A persistent storage volume. List and get responses have been seen in camelCase (`sizeGb`, `providerType`,
    ...), create and resize responses in snake_case (`size_gb`, `provider_type`, ...); both casings are listed as
    optional properties, and a client should read whichever is present. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        _data = get("data")
        if _data is None:
            raise missing_field(cls, src_dict, "data")
        data = StorageVolume.from_dict(cast("Mapping[str, Any]", _data))

        storage_volume_response = object.__new__(cls)
        storage_volume_response.data = data
        storage_volume_response._payload = src_dict
        return storage_volume_response


# Imported after the class so that models referring to each other import cleanly.
from ..models.storage_volume import StorageVolume  # noqa: E402
