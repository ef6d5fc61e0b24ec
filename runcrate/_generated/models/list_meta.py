# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireModel

T = TypeVar("T", bound="ListMeta")


@_attrs_define
class ListMeta(WireModel):
    """Pagination metadata on list responses. Extra keys may appear. The jobs list may send `has_more` instead of
    `hasMore`; a missing value means false.

    """

    _wire_names: ClassVar[dict[str, str]] = {
        "cursor": "cursor",
        "hasMore": "has_more",
        "total": "total",
        "requestId": "request_id",
    }

    cursor: int | str | Unset | None = UNSET
    """ Opaque cursor for the next page (jobs list only). Documented as a string; integers have been seen. """
    has_more: bool | Unset = UNSET
    total: int | Unset = UNSET
    request_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        cursor: int | str | Unset | None
        if isinstance(self.cursor, Unset):
            cursor = UNSET
        else:
            cursor = self.cursor

        has_more = self.has_more

        total = self.total

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        if has_more is not UNSET:
            field_dict["hasMore"] = has_more
        if total is not UNSET:
            field_dict["total"] = total
        if request_id is not UNSET:
            field_dict["requestId"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cursor = d.pop("cursor", UNSET)

        has_more = d.pop("hasMore", UNSET) if "hasMore" in d else d.pop("has_more", UNSET)

        total = d.pop("total", UNSET)

        request_id = d.pop("requestId", UNSET)

        list_meta = cls(
            cursor=cursor,
            has_more=has_more,
            total=total,
            request_id=request_id,
        )

        list_meta.additional_properties = d
        return list_meta
