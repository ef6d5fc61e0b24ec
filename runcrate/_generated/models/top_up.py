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
from ..types import UNSET, Unset, WireModel

T = TypeVar("T", bound="TopUp")


@_attrs_define
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

    id: str
    status: KnownTopUpStatus | str
    """ Open enum: known values are listed; accept any other string. `processing` and `requires_action` are pending
    states that end as `succeeded` or `declined`. """
    amount_usd: float
    """ Amount charged, in USD. """
    idempotency_key: str
    """ The idempotency key of the request that created this top-up. """
    invoice_number: str | Unset | None = UNSET
    """ Invoice number, when `succeeded`. """
    balance_usd: float | Unset | None = UNSET
    """ The new credit balance in USD, when `succeeded`. """
    confirm_url: str | Unset | None = UNSET
    """ When `requires_action`: an owner or manager must confirm the payment at this URL; nothing is charged until
    they do. """
    expires_at: datetime.datetime | Unset | None = UNSET
    """ When `requires_action`, the confirmation deadline. """
    reason: KnownTopUpDeclineReason | str | Unset | None = UNSET
    """ Why the top-up was declined, when `declined`. """
    message: str | Unset | None = UNSET
    """ Human-readable explanation, when `declined`. """
    created_at: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: str
        if isinstance(self.status, KnownTopUpStatus):
            status = self.status.value
        else:
            status = self.status

        amount_usd = self.amount_usd

        idempotency_key = self.idempotency_key

        invoice_number: str | Unset | None
        if isinstance(self.invoice_number, Unset):
            invoice_number = UNSET
        else:
            invoice_number = self.invoice_number

        balance_usd: float | Unset | None
        if isinstance(self.balance_usd, Unset):
            balance_usd = UNSET
        else:
            balance_usd = self.balance_usd

        confirm_url: str | Unset | None
        if isinstance(self.confirm_url, Unset):
            confirm_url = UNSET
        else:
            confirm_url = self.confirm_url

        expires_at: str | Unset | None
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        reason: str | Unset | None
        if isinstance(self.reason, Unset):
            reason = UNSET
        elif isinstance(self.reason, KnownTopUpDeclineReason):
            reason = self.reason.value
        else:
            reason = self.reason

        message: str | Unset | None
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        created_at: str | Unset | None
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "amount_usd": amount_usd,
                "idempotency_key": idempotency_key,
            }
        )
        if invoice_number is not UNSET:
            field_dict["invoice_number"] = invoice_number
        if balance_usd is not UNSET:
            field_dict["balance_usd"] = balance_usd
        if confirm_url is not UNSET:
            field_dict["confirm_url"] = confirm_url
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if reason is not UNSET:
            field_dict["reason"] = reason
        if message is not UNSET:
            field_dict["message"] = message
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        status = _parse_status(d.pop("status"))

        amount_usd = d.pop("amount_usd")

        idempotency_key = d.pop("idempotency_key")

        invoice_number = d.pop("invoice_number", UNSET)

        balance_usd = d.pop("balance_usd", UNSET)

        confirm_url = d.pop("confirm_url", UNSET)

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))

        reason = _parse_reason(d.pop("reason", UNSET))

        message = d.pop("message", UNSET)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        top_up = cls(
            id=id,
            status=status,
            amount_usd=amount_usd,
            idempotency_key=idempotency_key,
            invoice_number=invoice_number,
            balance_usd=balance_usd,
            confirm_url=confirm_url,
            expires_at=expires_at,
            reason=reason,
            message=message,
            created_at=created_at,
        )

        top_up.additional_properties = d
        return top_up


def _parse_status(data: object) -> KnownTopUpStatus | str:
    if isinstance(data, str):
        return cast("KnownTopUpStatus | str", KnownTopUpStatus._value2member_map_.get(data, data))
    return cast("KnownTopUpStatus | str", data)


def _parse_expires_at(data: object) -> datetime.datetime | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        try:
            expires_at_type_0 = datetime.datetime.fromisoformat(data)

            return expires_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("datetime.datetime | None | Unset", data)


def _parse_reason(data: object) -> KnownTopUpDeclineReason | str | Unset | None:
    if isinstance(data, str):
        return cast(
            "KnownTopUpDeclineReason | None | str | Unset",
            KnownTopUpDeclineReason._value2member_map_.get(data, data),
        )
    return cast("KnownTopUpDeclineReason | None | str | Unset", data)


def _parse_created_at(data: object) -> datetime.datetime | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        try:
            created_at_type_0 = datetime.datetime.fromisoformat(data)

            return created_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("datetime.datetime | None | Unset", data)
