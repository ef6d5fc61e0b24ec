# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel, missing_field

T = TypeVar("T", bound="StorageDeleteResult")


@_attrs_define(repr=False)
class StorageDeleteResult(WireModel):
    """The outcome of deleting a volume, with the refund for the unused part of the week."""

    _wire_names: ClassVar[dict[str, str]] = {
        "message": "message",
        "refund_amount": "refund_amount",
    }
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "refund_amount",
        }
    )

    message: str
    """ Confirmation text. """
    refund_amount: float | None = None
    """ Amount refunded, in USD. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        message = get("message")
        if message is None:
            raise missing_field(cls, src_dict, "message")

        refund_amount = get("refund_amount")

        storage_delete_result = object.__new__(cls)
        storage_delete_result.message = message
        storage_delete_result.refund_amount = refund_amount
        storage_delete_result._payload = src_dict
        return storage_delete_result
