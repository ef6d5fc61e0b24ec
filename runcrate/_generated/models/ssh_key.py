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

_OPTIONAL = frozenset(
    {
        "type",
        "createdAt",
        "lastUsed",
        "projectId",
    }
)
_NONE_ABSENT: frozenset[str] = frozenset()


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
        d = dict(src_dict)
        pop = d.pop
        id = pop("id", None)
        if id is None:
            raise missing_field(cls, src_dict, "id")

        name = pop("name", None)
        if name is None:
            raise missing_field(cls, src_dict, "name")

        fingerprint = pop("fingerprint", None)
        if fingerprint is None:
            raise missing_field(cls, src_dict, "fingerprint")

        type_ = pop("type", None)

        _created_at = pop("createdAt", None)
        created_at = None if _created_at is None else datetime.datetime.fromisoformat(_created_at)

        last_used = _parse_last_used(pop("lastUsed", None))

        project_id = pop("projectId", None)

        ssh_key = object.__new__(cls)
        ssh_key.id = id
        ssh_key.name = name
        ssh_key.fingerprint = fingerprint
        ssh_key.type = type_
        ssh_key.created_at = created_at
        ssh_key.last_used = last_used
        ssh_key.project_id = project_id
        ssh_key.additional_properties = d
        ssh_key._absent = _NONE_ABSENT if len(src_dict) - len(d) == 7 else _OPTIONAL.difference(src_dict)
        ssh_key._request_id = None
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
