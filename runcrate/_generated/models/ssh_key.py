# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireModel

T = TypeVar("T", bound="SSHKey")


@_attrs_define
class SSHKey(WireModel):
    """A registered SSH key. Fields are camelCase on the wire."""

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "fingerprint": "fingerprint",
        "type": "type",
        "createdAt": "created_at",
        "lastUsed": "last_used",
        "projectId": "project_id",
    }

    id: str
    name: str
    fingerprint: str
    """ Fingerprint of the stored key (the public key itself is never returned). """
    type: str | Unset = UNSET
    """ Key type, e.g. `ed25519`. """
    created_at: datetime.datetime | Unset = UNSET
    last_used: datetime.datetime | Unset | None = UNSET
    """ When the key was last used; null if never. """
    project_id: str | Unset = UNSET
    """ Workspace id. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        fingerprint = self.fingerprint

        type_ = self.type

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        last_used: str | Unset | None
        if isinstance(self.last_used, Unset):
            last_used = UNSET
        elif isinstance(self.last_used, datetime.datetime):
            last_used = self.last_used.isoformat()
        else:
            last_used = self.last_used

        project_id = self.project_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "fingerprint": fingerprint,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if last_used is not UNSET:
            field_dict["lastUsed"] = last_used
        if project_id is not UNSET:
            field_dict["projectId"] = project_id

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        fingerprint = d.pop("fingerprint")

        type_ = d.pop("type", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        last_used = _parse_last_used(d.pop("lastUsed", UNSET))

        project_id = d.pop("projectId", UNSET)

        ssh_key = cls(
            id=id,
            name=name,
            fingerprint=fingerprint,
            type=type_,
            created_at=created_at,
            last_used=last_used,
            project_id=project_id,
        )

        ssh_key.additional_properties = d
        return ssh_key


def _parse_last_used(data: object) -> datetime.datetime | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        try:
            last_used_type_0 = datetime.datetime.fromisoformat(data)

            return last_used_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("datetime.datetime | None | Unset", data)
