# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel, missing_field

T = TypeVar("T", bound="Environment")


@_attrs_define(repr=False)
class Environment(WireModel):
    """An environment of the workspace. Fields are snake_case on the wire."""

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "is_default": "is_default",
        "created_at": "created_at",
        "updated_at": "updated_at",
        "monthly_budget_usd": "monthly_budget_usd",
        "month_to_date_usd": "month_to_date_usd",
        "budget_remaining_usd": "budget_remaining_usd",
    }
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "is_default",
            "created_at",
            "updated_at",
            "monthly_budget_usd",
            "month_to_date_usd",
            "budget_remaining_usd",
        }
    )

    id: str
    name: str
    """ The value to use in the `environment` query parameter. """
    is_default: bool | None = None
    """ Whether calls without an `environment` parameter act in this environment. """
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    monthly_budget_usd: float | None = None
    """ Monthly spending cap in USD, set in the dashboard; null means no cap. """
    month_to_date_usd: float | None = None
    """ Spend in the current UTC month (GPU instances plus inference), in USD. """
    budget_remaining_usd: float | None = None
    """ What is left of the monthly budget, in USD; null means no cap. """
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

        is_default = get("is_default")

        _created_at = get("created_at")
        created_at = None if _created_at is None else datetime.datetime.fromisoformat(_created_at)

        _updated_at = get("updated_at")
        updated_at = None if _updated_at is None else datetime.datetime.fromisoformat(_updated_at)

        monthly_budget_usd = get("monthly_budget_usd")

        month_to_date_usd = get("month_to_date_usd")

        budget_remaining_usd = get("budget_remaining_usd")

        environment = object.__new__(cls)
        environment.id = id
        environment.name = name
        environment.is_default = is_default
        environment.created_at = created_at
        environment.updated_at = updated_at
        environment.monthly_budget_usd = monthly_budget_usd
        environment.month_to_date_usd = month_to_date_usd
        environment.budget_remaining_usd = budget_remaining_usd
        environment._payload = src_dict
        return environment
