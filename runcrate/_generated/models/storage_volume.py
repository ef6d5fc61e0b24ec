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
from ..types import UNSET, Unset, WireModel

T = TypeVar("T", bound="StorageVolume")


@_attrs_define
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

    id: str
    name: str
    size_gb: int | Unset = UNSET
    """ Size in GB (camelCase form; see also `size_gb`). """
    status: KnownStorageVolumeStatus | str | Unset = UNSET
    """ Open enum: known values are listed; accept any other string. """
    region: str | Unset = UNSET
    """ Region id, e.g. `"137"`. """
    provider_type: KnownStorageProvider | str | Unset = UNSET
    """ Open enum: known values are listed; accept any other string. Backblaze B2 is supported, but its value is not
    known. """
    deployment_id: str | Unset | None = UNSET
    """ The instance the volume is attached to (camelCase form; see also `deployment_id`). """
    project_id: str | Unset = UNSET
    """ Workspace id (camelCase form; see also `project_id`). """
    created_at: datetime.datetime | Unset = UNSET
    """ Creation time (camelCase form; see also `created_at`). """
    updated_at: datetime.datetime | Unset = UNSET
    """ Last update (camelCase form; see also `updated_at`). """
    mount_path: str | Unset = UNSET
    """ Mount path on an instance; seen only in older clients (unverified). """
    cost_per_hour: float | Unset = UNSET
    """ Price in USD per hour; seen only in older clients (unverified). """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        size_gb = self.size_gb

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, KnownStorageVolumeStatus):
            status = self.status.value
        else:
            status = self.status

        region = self.region

        provider_type: str | Unset
        if isinstance(self.provider_type, Unset):
            provider_type = UNSET
        elif isinstance(self.provider_type, KnownStorageProvider):
            provider_type = self.provider_type.value
        else:
            provider_type = self.provider_type

        deployment_id: str | Unset | None
        if isinstance(self.deployment_id, Unset):
            deployment_id = UNSET
        else:
            deployment_id = self.deployment_id

        project_id = self.project_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        mount_path = self.mount_path

        cost_per_hour = self.cost_per_hour

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if size_gb is not UNSET:
            field_dict["sizeGb"] = size_gb
        if status is not UNSET:
            field_dict["status"] = status
        if region is not UNSET:
            field_dict["region"] = region
        if provider_type is not UNSET:
            field_dict["providerType"] = provider_type
        if deployment_id is not UNSET:
            field_dict["deploymentId"] = deployment_id
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if mount_path is not UNSET:
            field_dict["mount_path"] = mount_path
        if cost_per_hour is not UNSET:
            field_dict["cost_per_hour"] = cost_per_hour

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        size_gb = d.pop("sizeGb", UNSET) if "sizeGb" in d else d.pop("size_gb", UNSET)

        status = _parse_status(d.pop("status", UNSET))

        region = d.pop("region", UNSET)

        provider_type = _parse_provider_type(
            d.pop("providerType", UNSET) if "providerType" in d else d.pop("provider_type", UNSET)
        )

        deployment_id = d.pop("deploymentId", UNSET) if "deploymentId" in d else d.pop("deployment_id", UNSET)

        project_id = d.pop("projectId", UNSET) if "projectId" in d else d.pop("project_id", UNSET)

        _created_at = d.pop("createdAt", UNSET) if "createdAt" in d else d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updatedAt", UNSET) if "updatedAt" in d else d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        mount_path = d.pop("mount_path", UNSET)

        cost_per_hour = d.pop("cost_per_hour", UNSET)

        storage_volume = cls(
            id=id,
            name=name,
            size_gb=size_gb,
            status=status,
            region=region,
            provider_type=provider_type,
            deployment_id=deployment_id,
            project_id=project_id,
            created_at=created_at,
            updated_at=updated_at,
            mount_path=mount_path,
            cost_per_hour=cost_per_hour,
        )

        storage_volume.additional_properties = d
        return storage_volume


def _parse_status(data: object) -> KnownStorageVolumeStatus | str | Unset:
    if isinstance(data, str):
        return cast(
            "KnownStorageVolumeStatus | str | Unset",
            KnownStorageVolumeStatus._value2member_map_.get(data, data),
        )
    return cast("KnownStorageVolumeStatus | str | Unset", data)


def _parse_provider_type(data: object) -> KnownStorageProvider | str | Unset:
    if isinstance(data, str):
        return cast(
            "KnownStorageProvider | str | Unset", KnownStorageProvider._value2member_map_.get(data, data)
        )
    return cast("KnownStorageProvider | str | Unset", data)
