# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel

T = TypeVar("T", bound="SetAutoRechargeRequest")


@_attrs_define
class SetAutoRechargeRequest(WireModel):
    """The complete auto-recharge settings. All three fields are required, also when disabling (send the current threshold
    and target).

    """

    _wire_names: ClassVar[dict[str, str]] = {
        "enabled": "enabled",
        "threshold_usd": "threshold_usd",
        "target_usd": "target_usd",
    }

    enabled: bool
    """ Turn automatic recharging on or off. """
    threshold_usd: float
    """ Recharge when the balance drops below this amount (USD). """
    target_usd: float
    """ Top the balance back up to this amount (USD). """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        threshold_usd = self.threshold_usd

        target_usd = self.target_usd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
                "threshold_usd": threshold_usd,
                "target_usd": target_usd,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled")

        threshold_usd = d.pop("threshold_usd")

        target_usd = d.pop("target_usd")

        set_auto_recharge_request = cls(
            enabled=enabled,
            threshold_usd=threshold_usd,
            target_usd=target_usd,
        )

        set_auto_recharge_request.additional_properties = d
        return set_auto_recharge_request
