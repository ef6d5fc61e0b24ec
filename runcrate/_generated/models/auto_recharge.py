# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel, missing_field

T = TypeVar("T", bound="AutoRecharge")


@_attrs_define(repr=False)
class AutoRecharge(WireModel):
    """Automatic top-up settings of the workspace."""

    _wire_names: ClassVar[dict[str, str]] = {
        "enabled": "enabled",
        "threshold_usd": "threshold_usd",
        "target_usd": "target_usd",
        "last_failure_reason": "last_failure_reason",
        "last_failure_at": "last_failure_at",
    }
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "threshold_usd",
            "target_usd",
            "last_failure_reason",
            "last_failure_at",
        }
    )

    enabled: bool
    threshold_usd: float | None = None
    """ When the balance drops below this amount (USD), a recharge starts. """
    target_usd: float | None = None
    """ A recharge tops the balance back up to this amount (USD). """
    last_failure_reason: str | None = None
    """ Why the last automatic recharge failed, if it did. """
    last_failure_at: datetime.datetime | None = None
    """ When the last automatic recharge failed. """
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

        target_usd = get("target_usd")

        last_failure_reason = get("last_failure_reason")

        last_failure_at = _parse_last_failure_at(get("last_failure_at"))

        auto_recharge = object.__new__(cls)
        auto_recharge.enabled = enabled
        auto_recharge.threshold_usd = threshold_usd
        auto_recharge.target_usd = target_usd
        auto_recharge.last_failure_reason = last_failure_reason
        auto_recharge.last_failure_at = last_failure_at
        auto_recharge._payload = src_dict
        return auto_recharge


def _parse_last_failure_at(data: object) -> datetime.datetime | None:
    if data is None:
        return data
    if isinstance(data, str):
        try:
            last_failure_at_type_0 = datetime.datetime.fromisoformat(data)

            return last_failure_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("datetime.datetime | None", data)
