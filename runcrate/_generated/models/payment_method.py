# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_payment_method_type import KnownPaymentMethodType
from ..types import WireModel, missing_field

T = TypeVar("T", bound="PaymentMethod")


@_attrs_define(repr=False)
class PaymentMethod(WireModel):
    """A saved payment method. Cards are added in the dashboard only."""

    _wire_names: ClassVar[dict[str, str]] = {
        "type": "type",
        "brand": "brand",
        "last4": "last4",
        "exp_month": "exp_month",
        "exp_year": "exp_year",
        "default": "default",
    }
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "brand",
            "last4",
            "exp_month",
            "exp_year",
            "default",
        }
    )

    type: KnownPaymentMethodType | str
    """ Open enum: known values are listed; accept any other string. """
    brand: str | None = None
    """ Card brand, e.g. `visa`. """
    last4: str | None = None
    """ Last four digits of the card number (a string, so leading zeros are kept). """
    exp_month: int | None = None
    exp_year: int | None = None
    default: bool | None = None
    """ Whether this is the default payment method (false when missing). """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        _type_ = get("type")
        if _type_ is None:
            raise missing_field(cls, src_dict, "type")
        type_ = _parse_type_(_type_)

        brand = get("brand")

        last4 = get("last4")

        exp_month = get("exp_month")

        exp_year = get("exp_year")

        default = get("default")

        payment_method = object.__new__(cls)
        payment_method.type = type_
        payment_method.brand = brand
        payment_method.last4 = last4
        payment_method.exp_month = exp_month
        payment_method.exp_year = exp_year
        payment_method.default = default
        payment_method._payload = src_dict
        return payment_method


def _parse_type_(data: object) -> KnownPaymentMethodType | str:
    if isinstance(data, str):
        return cast("KnownPaymentMethodType | str", KnownPaymentMethodType._value2member_map_.get(data, data))
    return cast("KnownPaymentMethodType | str", data)
