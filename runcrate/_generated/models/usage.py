# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel, missing_field

T = TypeVar("T", bound="Usage")


@_attrs_define(repr=False)
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

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        total_requests = get("total_requests")
        if total_requests is None:
            raise missing_field(cls, src_dict, "total_requests")

        total_prompt_tokens = get("total_prompt_tokens")
        if total_prompt_tokens is None:
            raise missing_field(cls, src_dict, "total_prompt_tokens")

        total_completion_tokens = get("total_completion_tokens")
        if total_completion_tokens is None:
            raise missing_field(cls, src_dict, "total_completion_tokens")

        total_tokens = get("total_tokens")
        if total_tokens is None:
            raise missing_field(cls, src_dict, "total_tokens")

        total_cost = get("total_cost")
        if total_cost is None:
            raise missing_field(cls, src_dict, "total_cost")

        usage = object.__new__(cls)
        usage.total_requests = total_requests
        usage.total_prompt_tokens = total_prompt_tokens
        usage.total_completion_tokens = total_completion_tokens
        usage.total_tokens = total_tokens
        usage.total_cost = total_cost
        usage._payload = src_dict
        return usage
