# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_top_up_decline_reason import KnownTopUpDeclineReason
from ..models.known_top_up_status import KnownTopUpStatus
from ..types import WireModel, missing_field

T = TypeVar("T", bound="TopUp")


@_attrs_define(repr=False)
class TopUp(WireModel):
    """A top-up of the credit balance, charged to the saved card."""

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "status": "status",
        "amount_usd": "amount_usd",
        "idempotency_key": "idempotency_key",
        "invoice_number": "invoice_number",
        "balance_usd": "balance_usd",
        "confirm_url": "confirm_url",
        "expires_at": "expires_at",
        "reason": "reason",
        "message": "message",
        "created_at": "created_at",
    }
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "invoice_number",
            "balance_usd",
            "confirm_url",
            "expires_at",
            "reason",
            "message",
            "created_at",
        }
    )

    id: str
    status: KnownTopUpStatus | str
    """ Open enum: known values are listed; accept any other string. `processing` and `requires_action` are pending
    states that end as `succeeded` or `declined`. """
    amount_usd: float
    """ Amount charged, in USD. """
    idempotency_key: str
    """ The idempotency key of the request that created this top-up. """
    invoice_number: str | None = None
    """ Invoice number, when `succeeded`. """
    balance_usd: float | None = None
    """ The new credit balance in USD, when `succeeded`. """
    confirm_url: str | None = None
    """ When `requires_action`: an owner or manager must confirm the payment at this URL; nothing is charged until
    they do. """
    expires_at: datetime.datetime | None = None
    """ When `requires_action`, the confirmation deadline. """
    reason: KnownTopUpDeclineReason | str | None = None
    """ Why the top-up was declined, when `declined`. """
    message: str | None = None
    """ Human-readable explanation, when `declined`. """
    created_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        id = get("id")
        if id is None:
            raise missing_field(cls, src_dict, "id")

        _status = get("status")
        if _status is None:
            raise missing_field(cls, src_dict, "status")
        status = _parse_status(_status)

        amount_usd = get("amount_usd")
        if amount_usd is None:
            raise missing_field(cls, src_dict, "amount_usd")

        idempotency_key = get("idempotency_key")
        if idempotency_key is None:
            raise missing_field(cls, src_dict, "idempotency_key")

        invoice_number = get("invoice_number")

        balance_usd = get("balance_usd")

        confirm_url = get("confirm_url")

        expires_at = _parse_expires_at(get("expires_at"))

        reason = _parse_reason(get("reason"))

        message = get("message")

        created_at = _parse_created_at(get("created_at"))

        top_up = object.__new__(cls)
        top_up.id = id
        top_up.status = status
        top_up.amount_usd = amount_usd
        top_up.idempotency_key = idempotency_key
        top_up.invoice_number = invoice_number
        top_up.balance_usd = balance_usd
        top_up.confirm_url = confirm_url
        top_up.expires_at = expires_at
        top_up.reason = reason
        top_up.message = message
        top_up.created_at = created_at
        top_up._payload = src_dict
        return top_up


def _parse_status(data: object) -> KnownTopUpStatus | str:
    if isinstance(data, str):
        return cast("KnownTopUpStatus | str", KnownTopUpStatus._value2member_map_.get(data, data))
    return cast("KnownTopUpStatus | str", data)


def _parse_expires_at(data: object) -> datetime.datetime | None:
    if data is None:
        return data
    if isinstance(data, str):
        try:
            expires_at_type_0 = datetime.datetime.fromisoformat(data)

            return expires_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("datetime.datetime | None", data)


def _parse_reason(data: object) -> KnownTopUpDeclineReason | str | None:
    if isinstance(data, str):
        return cast(
            "KnownTopUpDeclineReason | None | str", KnownTopUpDeclineReason._value2member_map_.get(data, data)
        )
    return cast("KnownTopUpDeclineReason | None | str", data)


def _parse_created_at(data: object) -> datetime.datetime | None:
    if data is None:
        return data
    if isinstance(data, str):
        try:
            created_at_type_0 = datetime.datetime.fromisoformat(data)

            return created_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("datetime.datetime | None", data)
