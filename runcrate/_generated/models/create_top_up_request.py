# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel

T = TypeVar("T", bound="CreateTopUpRequest")


@_attrs_define
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

    def to_dict(self) -> dict[str, Any]:
        amount_usd = self.amount_usd

        idempotency_key = self.idempotency_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_usd": amount_usd,
                "idempotency_key": idempotency_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount_usd = d.pop("amount_usd")

        idempotency_key = d.pop("idempotency_key")

        create_top_up_request = cls(
            amount_usd=amount_usd,
            idempotency_key=idempotency_key,
        )

        create_top_up_request.additional_properties = d
        return create_top_up_request
