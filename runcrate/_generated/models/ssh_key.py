# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel, missing_field

T = TypeVar("T", bound="SSHKey")


@_attrs_define(repr=False)
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
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
            "createdAt",
            "lastUsed",
            "projectId",
        }
    )

    id: str
    name: str
    fingerprint: str
    """ Fingerprint of the stored key (the public key itself is never returned). """
    type: str | None = None
    """ Key type, e.g. `ed25519`. """
    created_at: datetime.datetime | None = None
    last_used: datetime.datetime | None = None
    """ When the key was last used; null if never. """
    project_id: str | None = None
    """ Workspace id. """
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

        fingerprint = get("fingerprint")
        if fingerprint is None:
            raise missing_field(cls, src_dict, "fingerprint")

        type_ = get("type")

        _created_at = get("createdAt")
        created_at = None if _created_at is None else datetime.datetime.fromisoformat(_created_at)

        last_used = _parse_last_used(get("lastUsed"))

        project_id = get("projectId")

        ssh_key = object.__new__(cls)
        ssh_key.id = id
        ssh_key.name = name
        ssh_key.fingerprint = fingerprint
        ssh_key.type = type_
        ssh_key.created_at = created_at
        ssh_key.last_used = last_used
        ssh_key.project_id = project_id
        ssh_key._payload = src_dict
        return ssh_key


def _parse_last_used(data: object) -> datetime.datetime | None:
    if data is None:
        return data
    if isinstance(data, str):
        try:
            last_used_type_0 = datetime.datetime.fromisoformat(data)

            return last_used_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("datetime.datetime | None", data)
