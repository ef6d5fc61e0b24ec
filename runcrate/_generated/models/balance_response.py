# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel, missing_field

T = TypeVar("T", bound="BalanceResponse")


@_attrs_define(repr=False)
class BalanceResponse(WireModel):
    _wire_names: ClassVar[dict[str, str]] = {
        "data": "data",
    }

    data: Balance
    """ The workspace's credit balance (1 credit = 1 USD). Casing is mixed in this one object: the older fields are
    camelCase, the runway fields snake_case. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        _data = get("data")
        if _data is None:
            raise missing_field(cls, src_dict, "data")
        data = Balance.from_dict(cast("Mapping[str, Any]", _data))

        balance_response = object.__new__(cls)
        balance_response.data = data
        balance_response._payload = src_dict
        return balance_response


# Imported after the class so that models referring to each other import cleanly.
from ..models.balance import Balance  # noqa: E402
