# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel

T = TypeVar("T", bound="Usage")


@_attrs_define
class Usage(WireModel):
    """Inference usage totals over the requested period. Compute charges are not included; they show up as transactions."""

    _wire_names: ClassVar[dict[str, str]] = {
        "total_requests": "total_requests",
        "total_prompt_tokens": "total_prompt_tokens",
        "total_completion_tokens": "total_completion_tokens",
        "total_tokens": "total_tokens",
        "total_cost": "total_cost",
    }

    total_requests: int
    total_prompt_tokens: int
    total_completion_tokens: int
    total_tokens: int
    total_cost: float
    """ Total cost in USD. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        total_requests = self.total_requests

        total_prompt_tokens = self.total_prompt_tokens

        total_completion_tokens = self.total_completion_tokens

        total_tokens = self.total_tokens

        total_cost = self.total_cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_requests": total_requests,
                "total_prompt_tokens": total_prompt_tokens,
                "total_completion_tokens": total_completion_tokens,
                "total_tokens": total_tokens,
                "total_cost": total_cost,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_requests = d.pop("total_requests")

        total_prompt_tokens = d.pop("total_prompt_tokens")

        total_completion_tokens = d.pop("total_completion_tokens")

        total_tokens = d.pop("total_tokens")

        total_cost = d.pop("total_cost")

        usage = cls(
            total_requests=total_requests,
            total_prompt_tokens=total_prompt_tokens,
            total_completion_tokens=total_completion_tokens,
            total_tokens=total_tokens,
            total_cost=total_cost,
        )

        usage.additional_properties = d
        return usage
