# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_storage_provider import KnownStorageProvider
from ..models.known_storage_volume_status import KnownStorageVolumeStatus
from ..types import WireModel, missing_field

T = TypeVar("T", bound="StorageVolume")


@_attrs_define(repr=False)
class StorageVolume(WireModel):
    """A persistent storage volume. List and get responses have been seen in camelCase (`sizeGb`, `providerType`, ...),
    create and resize responses in snake_case (`size_gb`, `provider_type`, ...); both casings are listed as optional
    properties, and a client should read whichever is present.

    """

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "sizeGb": "size_gb",
        "status": "status",
        "region": "region",
        "providerType": "provider_type",
        "deploymentId": "deployment_id",
        "projectId": "project_id",
        "createdAt": "created_at",
        "updatedAt": "updated_at",
        "mount_path": "mount_path",
        "cost_per_hour": "cost_per_hour",
    }
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "sizeGb",
            "status",
            "region",
            "providerType",
            "deploymentId",
            "projectId",
            "createdAt",
            "updatedAt",
            "mount_path",
            "cost_per_hour",
        }
    )
    _aliases: ClassVar[dict[str, str]] = {
        "sizeGb": "size_gb",
        "providerType": "provider_type",
        "deploymentId": "deployment_id",
        "projectId": "project_id",
        "createdAt": "created_at",
        "updatedAt": "updated_at",
    }

    id: str
    name: str
    size_gb: int | None = None
    """ Size in GB (camelCase form; see also `size_gb`). """
    status: KnownStorageVolumeStatus | str | None = None
    """ Open enum: known values are listed; accept any other string. """
    region: str | None = None
    """ Region id, e.g. `"137"`. """
    provider_type: KnownStorageProvider | str | None = None
    """ Open enum: known values are listed; accept any other string. Backblaze B2 is supported, but its value is not
    known. """
    deployment_id: str | None = None
    """ The instance the volume is attached to (camelCase form; see also `deployment_id`). """
    project_id: str | None = None
    """ Workspace id (camelCase form; see also `project_id`). """
    created_at: datetime.datetime | None = None
    """ Creation time (camelCase form; see also `created_at`). """
    updated_at: datetime.datetime | None = None
    """ Last update (camelCase form; see also `updated_at`). """
    mount_path: str | None = None
    """ Mount path on an instance; seen only in older clients (unverified). """
    cost_per_hour: float | None = None
    """ Price in USD per hour; seen only in older clients (unverified). """
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

        size_gb = get("sizeGb") if "sizeGb" in src_dict else get("size_gb")

        status = _parse_status(get("status"))

        region = get("region")

        provider_type = _parse_provider_type(
            get("providerType") if "providerType" in src_dict else get("provider_type")
        )

        deployment_id = get("deploymentId") if "deploymentId" in src_dict else get("deployment_id")

        project_id = get("projectId") if "projectId" in src_dict else get("project_id")

        _created_at = get("createdAt") if "createdAt" in src_dict else get("created_at")
        created_at = None if _created_at is None else datetime.datetime.fromisoformat(_created_at)

        _updated_at = get("updatedAt") if "updatedAt" in src_dict else get("updated_at")
        updated_at = None if _updated_at is None else datetime.datetime.fromisoformat(_updated_at)

        mount_path = get("mount_path")

        cost_per_hour = get("cost_per_hour")

        storage_volume = object.__new__(cls)
        storage_volume.id = id
        storage_volume.name = name
        storage_volume.size_gb = size_gb
        storage_volume.status = status
        storage_volume.region = region
        storage_volume.provider_type = provider_type
        storage_volume.deployment_id = deployment_id
        storage_volume.project_id = project_id
        storage_volume.created_at = created_at
        storage_volume.updated_at = updated_at
        storage_volume.mount_path = mount_path
        storage_volume.cost_per_hour = cost_per_hour
        storage_volume._payload = src_dict
        return storage_volume


def _parse_status(data: object) -> KnownStorageVolumeStatus | str | None:
    if isinstance(data, str):
        return cast(
            "KnownStorageVolumeStatus | str | None",
            KnownStorageVolumeStatus._value2member_map_.get(data, data),
        )
    return cast("KnownStorageVolumeStatus | str | None", data)


def _parse_provider_type(data: object) -> KnownStorageProvider | str | None:
    if isinstance(data, str):
        return cast(
            "KnownStorageProvider | str | None", KnownStorageProvider._value2member_map_.get(data, data)
        )
    return cast("KnownStorageProvider | str | None", data)
