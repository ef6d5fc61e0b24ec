# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_payment_method_type import KnownPaymentMethodType
from ..types import UNSET, Unset, WireModel

T = TypeVar("T", bound="PaymentMethod")


@_attrs_define
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

    type: KnownPaymentMethodType | str
    """ Open enum: known values are listed; accept any other string. """
    brand: str | Unset | None = UNSET
    """ Card brand, e.g. `visa`. """
    last4: str | Unset | None = UNSET
    """ Last four digits of the card number (a string, so leading zeros are kept). """
    exp_month: int | Unset | None = UNSET
    exp_year: int | Unset | None = UNSET
    default: bool | Unset = UNSET
    """ Whether this is the default payment method (false when missing). """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        type_: str
        if isinstance(self.type, KnownPaymentMethodType):
            type_ = self.type.value
        else:
            type_ = self.type

        brand: str | Unset | None
        if isinstance(self.brand, Unset):
            brand = UNSET
        else:
            brand = self.brand

        last4: str | Unset | None
        if isinstance(self.last4, Unset):
            last4 = UNSET
        else:
            last4 = self.last4

        exp_month: int | Unset | None
        if isinstance(self.exp_month, Unset):
            exp_month = UNSET
        else:
            exp_month = self.exp_month

        exp_year: int | Unset | None
        if isinstance(self.exp_year, Unset):
            exp_year = UNSET
        else:
            exp_year = self.exp_year

        default = self.default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if brand is not UNSET:
            field_dict["brand"] = brand
        if last4 is not UNSET:
            field_dict["last4"] = last4
        if exp_month is not UNSET:
            field_dict["exp_month"] = exp_month
        if exp_year is not UNSET:
            field_dict["exp_year"] = exp_year
        if default is not UNSET:
            field_dict["default"] = default

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = _parse_type_(d.pop("type"))

        brand = d.pop("brand", UNSET)

        last4 = d.pop("last4", UNSET)

        exp_month = d.pop("exp_month", UNSET)

        exp_year = d.pop("exp_year", UNSET)

        default = d.pop("default", UNSET)

        payment_method = cls(
            type=type_,
            brand=brand,
            last4=last4,
            exp_month=exp_month,
            exp_year=exp_year,
            default=default,
        )

        payment_method.additional_properties = d
        return payment_method


def _parse_type_(data: object) -> KnownPaymentMethodType | str:
    if isinstance(data, str):
        return cast("KnownPaymentMethodType | str", KnownPaymentMethodType._value2member_map_.get(data, data))
    return cast("KnownPaymentMethodType | str", data)
