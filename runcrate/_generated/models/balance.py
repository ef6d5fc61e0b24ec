# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireModel

T = TypeVar("T", bound="Balance")


@_attrs_define
class Balance(WireModel):
    """The workspace's credit balance (1 credit = 1 USD). Casing is mixed in this one object: the older fields are
    camelCase, the runway fields snake_case.

    """

    _wire_names: ClassVar[dict[str, str]] = {
        "creditsBalance": "credits_balance",
        "activeUsageCost": "active_usage_cost",
        "originalBalance": "original_balance",
        "floating_balance_usd": "floating_balance_usd",
        "burn_usd_per_hour": "burn_usd_per_hour",
        "runway_hours": "runway_hours",
    }

    credits_balance: float
    """ Credit balance in USD. """
    active_usage_cost: float | Unset = UNSET
    """ Cost of what is running now, in USD. """
    original_balance: float | Unset = UNSET
    """ Seen in client test fixtures; its meaning is not documented. """
    floating_balance_usd: float | Unset | None = UNSET
    """ The balance minus what running instances have used so far, in USD. """
    burn_usd_per_hour: float | Unset | None = UNSET
    """ Combined hourly cost of the running instances, in USD. """
    runway_hours: float | Unset | None = UNSET
    """ How long the floating balance lasts at the current burn rate; null when nothing runs. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        credits_balance = self.credits_balance

        active_usage_cost = self.active_usage_cost

        original_balance = self.original_balance

        floating_balance_usd: float | Unset | None
        if isinstance(self.floating_balance_usd, Unset):
            floating_balance_usd = UNSET
        else:
            floating_balance_usd = self.floating_balance_usd

        burn_usd_per_hour: float | Unset | None
        if isinstance(self.burn_usd_per_hour, Unset):
            burn_usd_per_hour = UNSET
        else:
            burn_usd_per_hour = self.burn_usd_per_hour

        runway_hours: float | Unset | None
        if isinstance(self.runway_hours, Unset):
            runway_hours = UNSET
        else:
            runway_hours = self.runway_hours

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "creditsBalance": credits_balance,
            }
        )
        if active_usage_cost is not UNSET:
            field_dict["activeUsageCost"] = active_usage_cost
        if original_balance is not UNSET:
            field_dict["originalBalance"] = original_balance
        if floating_balance_usd is not UNSET:
            field_dict["floating_balance_usd"] = floating_balance_usd
        if burn_usd_per_hour is not UNSET:
            field_dict["burn_usd_per_hour"] = burn_usd_per_hour
        if runway_hours is not UNSET:
            field_dict["runway_hours"] = runway_hours

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        credits_balance = d.pop("creditsBalance")

        active_usage_cost = d.pop("activeUsageCost", UNSET)

        original_balance = d.pop("originalBalance", UNSET)

        floating_balance_usd = d.pop("floating_balance_usd", UNSET)

        burn_usd_per_hour = d.pop("burn_usd_per_hour", UNSET)

        runway_hours = d.pop("runway_hours", UNSET)

        balance = cls(
            credits_balance=credits_balance,
            active_usage_cost=active_usage_cost,
            original_balance=original_balance,
            floating_balance_usd=floating_balance_usd,
            burn_usd_per_hour=burn_usd_per_hour,
            runway_hours=runway_hours,
        )

        balance.additional_properties = d
        return balance
