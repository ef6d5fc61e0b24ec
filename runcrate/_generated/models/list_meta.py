# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel

T = TypeVar("T", bound="ListMeta")


@_attrs_define(repr=False)
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
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "cursor",
            "hasMore",
            "total",
            "requestId",
        }
    )
    _aliases: ClassVar[dict[str, str]] = {
        "hasMore": "has_more",
    }

    cursor: int | str | None = None
    """ Opaque cursor for the next page (jobs list only). Documented as a string; integers have been seen. """
    has_more: bool | None = None
    total: int | None = None
    request_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        cursor = get("cursor")

        has_more = get("hasMore") if "hasMore" in src_dict else get("has_more")

        total = get("total")

        request_id = get("requestId")

        list_meta = object.__new__(cls)
        list_meta.cursor = cursor
        list_meta.has_more = has_more
        list_meta.total = total
        list_meta.request_id = request_id
        list_meta._payload = src_dict
        return list_meta
