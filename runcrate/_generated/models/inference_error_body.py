# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel, missing_field

T = TypeVar("T", bound="InferenceErrorBody")


@_attrs_define(repr=False)
class InferenceErrorBody(WireModel):
    _wire_names: ClassVar[dict[str, str]] = {
        "message": "message",
        "type": "type",
        "code": "code",
        "param": "param",
    }
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
            "code",
            "param",
        }
    )

    message: str
    type: str | None = None
    """ Error category, e.g. `invalid_request_error`, `authentication_error`, `rate_limit_error`, `server_error`.
    """
    code: str | None = None
    """ Machine-readable code, e.g. `invalid_api_key`, `rate_limited`, `budget_exceeded`, `insufficient_credits`.
    """
    param: str | None = None
    """ The request parameter the error refers to, when there is one. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        message = get("message")
        if message is None:
            raise missing_field(cls, src_dict, "message")

        type_ = get("type")

        code = get("code")

        param = get("param")

        inference_error_body = object.__new__(cls)
        inference_error_body.message = message
        inference_error_body.type = type_
        inference_error_body.code = code
        inference_error_body.param = param
        inference_error_body._payload = src_dict
        return inference_error_body
