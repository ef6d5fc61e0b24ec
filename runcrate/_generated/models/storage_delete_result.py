# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireModel

T = TypeVar("T", bound="StorageDeleteResult")


@_attrs_define
class StorageDeleteResult(WireModel):
    """The outcome of deleting a volume, with the refund for the unused part of the week."""

    _wire_names: ClassVar[dict[str, str]] = {
        "message": "message",
        "refund_amount": "refund_amount",
    }

    message: str
    """ Confirmation text. """
    refund_amount: float | Unset = UNSET
    """ Amount refunded, in USD. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        refund_amount = self.refund_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if refund_amount is not UNSET:
            field_dict["refund_amount"] = refund_amount

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        refund_amount = d.pop("refund_amount", UNSET)

        storage_delete_result = cls(
            message=message,
            refund_amount=refund_amount,
        )

        storage_delete_result.additional_properties = d
        return storage_delete_result
