# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_storage_provider import KnownStorageProvider
from ..types import WireModel, missing_field

T = TypeVar("T", bound="StorageRegion")


@_attrs_define(repr=False)
class StorageRegion(WireModel):
    """A region where storage volumes can be created."""

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "provider": "provider",
    }

    id: str
    """ Region id, a numeric string such as `"137"`. """
    name: str
    """ Region name, e.g. `us-east-1`. """
    provider: KnownStorageProvider | str
    """ Open enum: known values are listed; accept any other string. Backblaze B2 is supported, but its value is not
    known. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        id = get("id")
        if id is None:
            raise missing_field(cls, src_dict, "id")

        name = get("name")
        if name is None:
            raise missing_field(cls, src_dict, "name")

        _provider = get("provider")
        if _provider is None:
            raise missing_field(cls, src_dict, "provider")
        provider = _parse_provider(_provider)

        storage_region = object.__new__(cls)
        storage_region.id = id
        storage_region.name = name
        storage_region.provider = provider
        storage_region._payload = src_dict
        return storage_region


def _parse_provider(data: object) -> KnownStorageProvider | str:
    if isinstance(data, str):
        return cast("KnownStorageProvider | str", KnownStorageProvider._value2member_map_.get(data, data))
    return cast("KnownStorageProvider | str", data)
