# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel

T = TypeVar("T", bound="ErrorBodyDetails")


@_attrs_define(repr=False)
class ErrorBodyDetails(WireModel):
    """Additional structured information; its keys depend on the error."""

    _wire_names: ClassVar[dict[str, str]] = {
        "reason": "reason",
        "field": "field",
    }
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "reason",
            "field",
        }
    )

    reason: str | None = None
    """ Finer reason, e.g. `idempotency_in_progress` on a 409. """
    field: str | None = None
    """ What a `validation_error` or `invalid_params` refers to: a dotted path into the body (e.g.
    `spec.max_runtime_minutes`, `env_vars[0].value`) or a parameter's name. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        reason = get("reason")

        field = get("field")

        error_body_details = object.__new__(cls)
        error_body_details.reason = reason
        error_body_details.field = field
        error_body_details._payload = src_dict
        return error_body_details
