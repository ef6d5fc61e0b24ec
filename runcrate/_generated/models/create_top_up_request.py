# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel, missing_field

T = TypeVar("T", bound="CreateTopUpRequest")


@_attrs_define(repr=False)
class CreateTopUpRequest(WireModel):
    _wire_names: ClassVar[dict[str, str]] = {
        "amount_usd": "amount_usd",
        "idempotency_key": "idempotency_key",
    }

    amount_usd: float
    """ Amount to charge, in USD (20 to 10000). """
    idempotency_key: str
    """ The same value as the `Idempotency-Key` header. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        amount_usd = get("amount_usd")
        if amount_usd is None:
            raise missing_field(cls, src_dict, "amount_usd")

        idempotency_key = get("idempotency_key")
        if idempotency_key is None:
            raise missing_field(cls, src_dict, "idempotency_key")

        create_top_up_request = object.__new__(cls)
        create_top_up_request.amount_usd = amount_usd
        create_top_up_request.idempotency_key = idempotency_key
        create_top_up_request._payload = src_dict
        return create_top_up_request
