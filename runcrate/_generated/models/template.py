# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel, missing_field

T = TypeVar("T", bound="Template")


@_attrs_define(repr=False)
class Template(WireModel):
    """An entry of the template catalogue."""

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "description": "description",
        "category": "category",
        "created_at": "created_at",
    }
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "description",
            "category",
            "created_at",
        }
    )

    id: str
    name: str
    description: str | None = None
    category: str | None = None
    created_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        id = get("id")
        if id is None:
            raise missing_field(cls, src_dict, "id")

        name = get("name")
        if name is None:
            raise missing_field(cls, src_dict, "name")

        description = get("description")

        category = get("category")

        _created_at = get("created_at")
        created_at = None if _created_at is None else datetime.datetime.fromisoformat(_created_at)

        template = object.__new__(cls)
        template.id = id
        template.name = name
        template.description = description
        template.category = category
        template.created_at = created_at
        template._payload = src_dict
        return template
