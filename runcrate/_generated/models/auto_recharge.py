# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireModel

T = TypeVar("T", bound="AutoRecharge")


@_attrs_define
class AutoRecharge(WireModel):
    """Automatic top-up settings of the workspace."""

    _wire_names: ClassVar[dict[str, str]] = {
        "enabled": "enabled",
        "threshold_usd": "threshold_usd",
        "target_usd": "target_usd",
        "last_failure_reason": "last_failure_reason",
        "last_failure_at": "last_failure_at",
    }

    enabled: bool
    threshold_usd: float | Unset | None = UNSET
    """ When the balance drops below this amount (USD), a recharge starts. """
    target_usd: float | Unset | None = UNSET
    """ A recharge tops the balance back up to this amount (USD). """
    last_failure_reason: str | Unset | None = UNSET
    """ Why the last automatic recharge failed, if it did. """
    last_failure_at: datetime.datetime | Unset | None = UNSET
    """ When the last automatic recharge failed. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        threshold_usd: float | Unset | None
        if isinstance(self.threshold_usd, Unset):
            threshold_usd = UNSET
        else:
            threshold_usd = self.threshold_usd

        target_usd: float | Unset | None
        if isinstance(self.target_usd, Unset):
            target_usd = UNSET
        else:
            target_usd = self.target_usd

        last_failure_reason: str | Unset | None
        if isinstance(self.last_failure_reason, Unset):
            last_failure_reason = UNSET
        else:
            last_failure_reason = self.last_failure_reason

        last_failure_at: str | Unset | None
        if isinstance(self.last_failure_at, Unset):
            last_failure_at = UNSET
        elif isinstance(self.last_failure_at, datetime.datetime):
            last_failure_at = self.last_failure_at.isoformat()
        else:
            last_failure_at = self.last_failure_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
            }
        )
        if threshold_usd is not UNSET:
            field_dict["threshold_usd"] = threshold_usd
        if target_usd is not UNSET:
            field_dict["target_usd"] = target_usd
        if last_failure_reason is not UNSET:
            field_dict["last_failure_reason"] = last_failure_reason
        if last_failure_at is not UNSET:
            field_dict["last_failure_at"] = last_failure_at

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled")

        threshold_usd = d.pop("threshold_usd", UNSET)

        target_usd = d.pop("target_usd", UNSET)

        last_failure_reason = d.pop("last_failure_reason", UNSET)

        last_failure_at = _parse_last_failure_at(d.pop("last_failure_at", UNSET))

        auto_recharge = cls(
            enabled=enabled,
            threshold_usd=threshold_usd,
            target_usd=target_usd,
            last_failure_reason=last_failure_reason,
            last_failure_at=last_failure_at,
        )

        auto_recharge.additional_properties = d
        return auto_recharge


def _parse_last_failure_at(data: object) -> datetime.datetime | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        try:
            last_failure_at_type_0 = datetime.datetime.fromisoformat(data)

            return last_failure_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("datetime.datetime | None | Unset", data)
