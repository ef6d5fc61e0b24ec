# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_transaction_type import KnownTransactionType
from ..types import UNSET, Unset, WireModel

T = TypeVar("T", bound="Transaction")


@_attrs_define
class Transaction(WireModel):
    """A billing transaction. The API reference shows `projectId` and `createdAt` in camelCase, while clients have also
    expected `project_id` and `created_at`; both casings are listed as optional properties, and a client should read
    whichever is present.

    """

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "type": "type",
        "amount": "amount",
        "projectId": "project_id",
        "description": "description",
        "createdAt": "created_at",
        "status": "status",
    }

    id: str
    type: KnownTransactionType | str
    """ Open enum: known values are listed; accept any other string. `debit` has been seen in client tests besides
    the documented values. """
    amount: float
    """ Amount in USD, as sent by the server (its sign convention is not documented). """
    project_id: str | Unset = UNSET
    """ Workspace id (camelCase form; see also `project_id`). """
    description: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    """ When the transaction happened (camelCase form; see also `created_at`). """
    status: str | Unset = UNSET
    """ Transaction status, if the server sends one (unverified). The dashboard shows Completed, Pending, Failed and
    Accumulating. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str
        if isinstance(self.type, KnownTransactionType):
            type_ = self.type.value
        else:
            type_ = self.type

        amount = self.amount

        project_id = self.project_id

        description = self.description

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "amount": amount,
            }
        )
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if description is not UNSET:
            field_dict["description"] = description
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = _parse_type_(d.pop("type"))

        amount = d.pop("amount")

        project_id = d.pop("projectId", UNSET) if "projectId" in d else d.pop("project_id", UNSET)

        description = d.pop("description", UNSET)

        _created_at = d.pop("createdAt", UNSET) if "createdAt" in d else d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        status = d.pop("status", UNSET)

        transaction = cls(
            id=id,
            type=type_,
            amount=amount,
            project_id=project_id,
            description=description,
            created_at=created_at,
            status=status,
        )

        transaction.additional_properties = d
        return transaction


def _parse_type_(data: object) -> KnownTransactionType | str:
    if isinstance(data, str):
        return cast("KnownTransactionType | str", KnownTransactionType._value2member_map_.get(data, data))
    return cast("KnownTransactionType | str", data)
