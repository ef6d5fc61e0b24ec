# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireModel

T = TypeVar("T", bound="ErrorBody")


@_attrs_define
class ErrorBody(WireModel):
    _wire_names: ClassVar[dict[str, str]] = {
        "code": "code",
        "message": "message",
        "details": "details",
    }

    code: str | None
    """ Machine-readable error code, an open set in mixed case (compare case-insensitively). Known values include
    `not_found`, `NOT_FOUND`, `rate_limited`, `invalid_key`, `insufficient_credits`, `BUDGET_REACHED`, `forbidden`,
    `conflict`, `validation_error`, `invalid_params`, `bad_request`, `server_error`, `internal_error`,
    `bad_gateway`, `launch_refused`, `TOPUP_CAP_REACHED`, `NO_PAYMENT_METHOD`, `PAYMENT_HOLD`. """
    message: str
    """ Human-readable description of the error. """
    details: ErrorBodyDetails | Unset = UNSET
    """ Additional structured information; its keys depend on the error. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        code: str | None
        code = self.code

        message = self.message

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        _details = d.pop("details", UNSET)
        details: ErrorBodyDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = ErrorBodyDetails.from_dict(cast("Mapping[str, Any]", _details))

        error_body = cls(
            code=code,
            message=message,
            details=details,
        )

        error_body.additional_properties = d
        return error_body


# Imported after the class so that models referring to each other import cleanly.
from ..models.error_body_details import ErrorBodyDetails  # noqa: E402
