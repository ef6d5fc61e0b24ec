# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_storage_provider import KnownStorageProvider
from ..types import UNSET, Unset, WireModel

T = TypeVar("T", bound="StorageRegion")


@_attrs_define
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
    provider: KnownStorageProvider | str | Unset = UNSET
    """ Open enum: known values are listed; accept any other string. Backblaze B2 is supported, but its value is not
    known. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        provider: str | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        elif isinstance(self.provider, KnownStorageProvider):
            provider = self.provider.value
        else:
            provider = self.provider

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if provider is not UNSET:
            field_dict["provider"] = provider

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        provider = _parse_provider(d.pop("provider", UNSET))

        storage_region = cls(
            id=id,
            name=name,
            provider=provider,
        )

        storage_region.additional_properties = d
        return storage_region


def _parse_provider(data: object) -> KnownStorageProvider | str | Unset:
    if isinstance(data, str):
        return cast(
            "KnownStorageProvider | str | Unset", KnownStorageProvider._value2member_map_.get(data, data)
        )
    return cast("KnownStorageProvider | str | Unset", data)
