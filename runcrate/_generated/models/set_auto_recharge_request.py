# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel, missing_field

T = TypeVar("T", bound="SetAutoRechargeRequest")


@_attrs_define(repr=False)
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

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        enabled = get("enabled")
        if enabled is None:
            raise missing_field(cls, src_dict, "enabled")

        threshold_usd = get("threshold_usd")
        if threshold_usd is None:
            raise missing_field(cls, src_dict, "threshold_usd")

        target_usd = get("target_usd")
        if target_usd is None:
            raise missing_field(cls, src_dict, "target_usd")

        set_auto_recharge_request = object.__new__(cls)
        set_auto_recharge_request.enabled = enabled
        set_auto_recharge_request.threshold_usd = threshold_usd
        set_auto_recharge_request.target_usd = target_usd
        set_auto_recharge_request._payload = src_dict
        return set_auto_recharge_request
