# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_transaction_type import KnownTransactionType
from ..types import WireModel, missing_field

T = TypeVar("T", bound="Transaction")


@_attrs_define(repr=False)
class Transaction(WireModel):
    """A billing transaction. The API reference shows `projectId` and `createdAt` in camelCase, while clients have also
    expected `project_id` and `created_at`; both casings are listed as optional properties, and a client should read
    whichever is present.

    """

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "projectId": "project_id",
        "type": "type",
        "amount": "amount",
        "description": "description",
        "createdAt": "created_at",
        "status": "status",
    }
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "projectId",
            "description",
            "createdAt",
            "status",
        }
    )
    _aliases: ClassVar[dict[str, str]] = {
        "projectId": "project_id",
        "createdAt": "created_at",
    }

    id: str
    type: KnownTransactionType | str
    """ Open enum: known values are listed; accept any other string. `debit` has been seen in client tests besides
    the documented values. """
    amount: float
    """ Amount in USD, as sent by the server (its sign convention is not documented). """
    project_id: str | None = None
    """ Workspace id (camelCase form; see also `project_id`). """
    description: str | None = None
    created_at: datetime.datetime | None = None
    """ When the transaction happened (camelCase form; see also `created_at`). """
    status: str | None = None
    """ Transaction status, if the server sends one (unverified). The dashboard shows Completed, Pending, Failed and
    Accumulating. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        id = get("id")
        if id is None:
            raise missing_field(cls, src_dict, "id")

        project_id = get("projectId") if "projectId" in src_dict else get("project_id")

        _type_ = get("type")
        if _type_ is None:
            raise missing_field(cls, src_dict, "type")
        type_ = _parse_type_(_type_)

        amount = get("amount")
        if amount is None:
            raise missing_field(cls, src_dict, "amount")

        description = get("description")

        _created_at = get("createdAt") if "createdAt" in src_dict else get("created_at")
        created_at = None if _created_at is None else datetime.datetime.fromisoformat(_created_at)

        status = get("status")

        transaction = object.__new__(cls)
        transaction.id = id
        transaction.project_id = project_id
        transaction.type = type_
        transaction.amount = amount
        transaction.description = description
        transaction.created_at = created_at
        transaction.status = status
        transaction._payload = src_dict
        return transaction


def _parse_type_(data: object) -> KnownTransactionType | str:
    if isinstance(data, str):
        return cast("KnownTransactionType | str", KnownTransactionType._value2member_map_.get(data, data))
    return cast("KnownTransactionType | str", data)
