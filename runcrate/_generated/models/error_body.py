# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel, missing_field

T = TypeVar("T", bound="ErrorBody")


@_attrs_define(repr=False)
class ErrorBody(WireModel):
    _wire_names: ClassVar[dict[str, str]] = {
        "code": "code",
        "message": "message",
        "details": "details",
    }
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "details",
        }
    )

    code: str | None
    """ Machine-readable error code, an open set in mixed case (compare case-insensitively). Known values include
    `not_found`, `NOT_FOUND`, `rate_limited`, `invalid_key`, `insufficient_credits`, `BUDGET_REACHED`, `forbidden`,
    `conflict`, `validation_error`, `invalid_params`, `bad_request`, `server_error`, `internal_error`,
    `bad_gateway`, `launch_refused`, `TOPUP_CAP_REACHED`, `NO_PAYMENT_METHOD`, `PAYMENT_HOLD`. """
    message: str
    """ Human-readable description of the error. """
    details: ErrorBodyDetails | None = None
    """ Additional structured information; its keys depend on the error. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        if "code" not in src_dict:
            raise missing_field(cls, src_dict, "code")
        code = get("code")

        message = get("message")
        if message is None:
            raise missing_field(cls, src_dict, "message")

        _details = get("details")
        details = (
            None if _details is None else ErrorBodyDetails.from_dict(cast("Mapping[str, Any]", _details))
        )

        error_body = object.__new__(cls)
        error_body.code = code
        error_body.message = message
        error_body.details = details
        error_body._payload = src_dict
        return error_body


# Imported after the class so that models referring to each other import cleanly.
from ..models.error_body_details import ErrorBodyDetails  # noqa: E402
