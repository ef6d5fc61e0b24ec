# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireModel

T = TypeVar("T", bound="Environment")


@_attrs_define
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

    id: str
    name: str
    """ The value to use in the `environment` query parameter. """
    is_default: bool | Unset = UNSET
    """ Whether calls without an `environment` parameter act in this environment. """
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    monthly_budget_usd: float | Unset | None = UNSET
    """ Monthly spending cap in USD, set in the dashboard; null means no cap. """
    month_to_date_usd: float | Unset | None = UNSET
    """ Spend in the current UTC month (GPU instances plus inference), in USD. """
    budget_remaining_usd: float | Unset | None = UNSET
    """ What is left of the monthly budget, in USD; null means no cap. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        is_default = self.is_default

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        monthly_budget_usd: float | Unset | None
        if isinstance(self.monthly_budget_usd, Unset):
            monthly_budget_usd = UNSET
        else:
            monthly_budget_usd = self.monthly_budget_usd

        month_to_date_usd: float | Unset | None
        if isinstance(self.month_to_date_usd, Unset):
            month_to_date_usd = UNSET
        else:
            month_to_date_usd = self.month_to_date_usd

        budget_remaining_usd: float | Unset | None
        if isinstance(self.budget_remaining_usd, Unset):
            budget_remaining_usd = UNSET
        else:
            budget_remaining_usd = self.budget_remaining_usd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if is_default is not UNSET:
            field_dict["is_default"] = is_default
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if monthly_budget_usd is not UNSET:
            field_dict["monthly_budget_usd"] = monthly_budget_usd
        if month_to_date_usd is not UNSET:
            field_dict["month_to_date_usd"] = month_to_date_usd
        if budget_remaining_usd is not UNSET:
            field_dict["budget_remaining_usd"] = budget_remaining_usd

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        is_default = d.pop("is_default", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        monthly_budget_usd = d.pop("monthly_budget_usd", UNSET)

        month_to_date_usd = d.pop("month_to_date_usd", UNSET)

        budget_remaining_usd = d.pop("budget_remaining_usd", UNSET)

        environment = cls(
            id=id,
            name=name,
            is_default=is_default,
            created_at=created_at,
            updated_at=updated_at,
            monthly_budget_usd=monthly_budget_usd,
            month_to_date_usd=month_to_date_usd,
            budget_remaining_usd=budget_remaining_usd,
        )

        environment.additional_properties = d
        return environment
