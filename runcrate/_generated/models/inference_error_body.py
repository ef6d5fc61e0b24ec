# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireModel

T = TypeVar("T", bound="InferenceErrorBody")


@_attrs_define
class InferenceErrorBody(WireModel):
    _wire_names: ClassVar[dict[str, str]] = {
        "message": "message",
        "type": "type",
        "code": "code",
        "param": "param",
    }

    message: str
    type: str | Unset | None = UNSET
    """ Error category, e.g. `invalid_request_error`, `authentication_error`, `rate_limit_error`, `server_error`.
    """
    code: str | Unset | None = UNSET
    """ Machine-readable code, e.g. `invalid_api_key`, `rate_limited`, `budget_exceeded`, `insufficient_credits`.
    """
    param: str | Unset | None = UNSET
    """ The request parameter the error refers to, when there is one. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        type_: str | Unset | None
        if isinstance(self.type, Unset):
            type_ = UNSET
        else:
            type_ = self.type

        code: str | Unset | None
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        param: str | Unset | None
        if isinstance(self.param, Unset):
            param = UNSET
        else:
            param = self.param

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if code is not UNSET:
            field_dict["code"] = code
        if param is not UNSET:
            field_dict["param"] = param

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        type_ = d.pop("type", UNSET)

        code = d.pop("code", UNSET)

        param = d.pop("param", UNSET)

        inference_error_body = cls(
            message=message,
            type=type_,
            code=code,
            param=param,
        )

        inference_error_body.additional_properties = d
        return inference_error_body
