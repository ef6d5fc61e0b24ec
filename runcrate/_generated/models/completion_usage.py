# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel, missing_field

T = TypeVar("T", bound="CompletionUsage")


@_attrs_define(repr=False)
class CompletionUsage(WireModel):
    """Token counts of the request."""

    _wire_names: ClassVar[dict[str, str]] = {
        "prompt_tokens": "prompt_tokens",
        "completion_tokens": "completion_tokens",
        "total_tokens": "total_tokens",
    }

    prompt_tokens: int
    completion_tokens: int
    total_tokens: int
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        prompt_tokens = get("prompt_tokens")
        if prompt_tokens is None:
            raise missing_field(cls, src_dict, "prompt_tokens")

        completion_tokens = get("completion_tokens")
        if completion_tokens is None:
            raise missing_field(cls, src_dict, "completion_tokens")

        total_tokens = get("total_tokens")
        if total_tokens is None:
            raise missing_field(cls, src_dict, "total_tokens")

        completion_usage = object.__new__(cls)
        completion_usage.prompt_tokens = prompt_tokens
        completion_usage.completion_tokens = completion_tokens
        completion_usage.total_tokens = total_tokens
        completion_usage._payload = src_dict
        return completion_usage
