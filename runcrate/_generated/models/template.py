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

_OPTIONAL = frozenset(
    {
        "description",
        "category",
        "created_at",
    }
)
_NONE_ABSENT: frozenset[str] = frozenset()


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
        d = dict(src_dict)
        pop = d.pop
        id = pop("id", None)
        if id is None:
            raise missing_field(cls, src_dict, "id")

        name = pop("name", None)
        if name is None:
            raise missing_field(cls, src_dict, "name")

        description = pop("description", None)

        category = pop("category", None)

        _created_at = pop("created_at", None)
        created_at = None if _created_at is None else datetime.datetime.fromisoformat(_created_at)

        template = object.__new__(cls)
        template.id = id
        template.name = name
        template.description = description
        template.category = category
        template.created_at = created_at
        template.additional_properties = d
        template._absent = _NONE_ABSENT if len(src_dict) - len(d) == 5 else _OPTIONAL.difference(src_dict)
        template._request_id = None
        return template
