# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireModel, json_list

T = TypeVar("T", bound="SecretListResponse")


@_attrs_define
class SecretListResponse(WireModel):
    _wire_names: ClassVar[dict[str, str]] = {
        "data": "data",
        "meta": "meta",
    }

    data: list[Secret]
    meta: ListMeta | Unset = UNSET
    """ Pagination metadata on list responses. Extra keys may appear. The jobs list may send `has_more` instead of
    `hasMore`; a missing value means false. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        data: list[Any] = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = [Secret.from_dict(data_item_data) for data_item_data in json_list(d.pop("data"))]

        _meta = d.pop("meta", UNSET)
        meta: ListMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = ListMeta.from_dict(cast("Mapping[str, Any]", _meta))

        secret_list_response = cls(
            data=data,
            meta=meta,
        )

        secret_list_response.additional_properties = d
        return secret_list_response


# Imported after the class so that models referring to each other import cleanly.
from ..models.list_meta import ListMeta  # noqa: E402
from ..models.secret import Secret  # noqa: E402
