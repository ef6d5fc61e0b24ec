# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireModel

T = TypeVar("T", bound="ErrorBodyDetails")


@_attrs_define
class ErrorBodyDetails(WireModel):
    """Additional structured information; its keys depend on the error."""

    _wire_names: ClassVar[dict[str, str]] = {
        "reason": "reason",
        "field": "field",
    }

    reason: str | Unset = UNSET
    """ Finer reason, e.g. `idempotency_in_progress` on a 409. """
    field: str | Unset = UNSET
    """ What a `validation_error` or `invalid_params` refers to: a dotted path into the body (e.g.
    `spec.max_runtime_minutes`, `env_vars[0].value`) or a parameter's name. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        field = self.field

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reason is not UNSET:
            field_dict["reason"] = reason
        if field is not UNSET:
            field_dict["field"] = field

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = d.pop("reason", UNSET)

        field = d.pop("field", UNSET)

        error_body_details = cls(
            reason=reason,
            field=field,
        )

        error_body_details.additional_properties = d
        return error_body_details
