# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel, json_list, missing_field

T = TypeVar("T", bound="InstanceTypeListResponse")


@_attrs_define(repr=False)
class InstanceTypeListResponse(WireModel):
    _wire_names: ClassVar[dict[str, str]] = {
        "data": "data",
        "meta": "meta",
    }
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "meta",
        }
    )

    data: list[InstanceType]
    meta: ListMeta | None = None
    """ Pagination metadata on list responses. Extra keys may appear. The jobs list may send `has_more` instead of
    `hasMore`; a missing value means false. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        _data = get("data")
        if _data is None:
            raise missing_field(cls, src_dict, "data")
        data = [InstanceType.from_dict(data_item_data) for data_item_data in json_list(_data)]

        _meta = get("meta")
        meta = None if _meta is None else ListMeta.from_dict(cast("Mapping[str, Any]", _meta))

        instance_type_list_response = object.__new__(cls)
        instance_type_list_response.data = data
        instance_type_list_response.meta = meta
        instance_type_list_response._payload = src_dict
        return instance_type_list_response


# Imported after the class so that models referring to each other import cleanly.
from ..models.instance_type import InstanceType  # noqa: E402
from ..models.list_meta import ListMeta  # noqa: E402
