# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel, missing_field

T = TypeVar("T", bound="Balance")


@_attrs_define(repr=False)
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
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "originalBalance",
            "floating_balance_usd",
            "burn_usd_per_hour",
            "runway_hours",
        }
    )

    credits_balance: float
    """ Credit balance in USD. """
    active_usage_cost: float
    """ Cost of what is running now, in USD. """
    original_balance: float | None = None
    """ Seen in client test fixtures; its meaning is not documented. """
    floating_balance_usd: float | None = None
    """ The balance minus what running instances have used so far, in USD. """
    burn_usd_per_hour: float | None = None
    """ Combined hourly cost of the running instances, in USD. """
    runway_hours: float | None = None
    """ How long the floating balance lasts at the current burn rate; null when nothing runs. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        credits_balance = get("creditsBalance")
        if credits_balance is None:
            raise missing_field(cls, src_dict, "creditsBalance")

        active_usage_cost = get("activeUsageCost")
        if active_usage_cost is None:
            raise missing_field(cls, src_dict, "activeUsageCost")

        original_balance = get("originalBalance")

        floating_balance_usd = get("floating_balance_usd")

        burn_usd_per_hour = get("burn_usd_per_hour")

        runway_hours = get("runway_hours")

        balance = object.__new__(cls)
        balance.credits_balance = credits_balance
        balance.active_usage_cost = active_usage_cost
        balance.original_balance = original_balance
        balance.floating_balance_usd = floating_balance_usd
        balance.burn_usd_per_hour = burn_usd_per_hour
        balance.runway_hours = runway_hours
        balance._payload = src_dict
        return balance
