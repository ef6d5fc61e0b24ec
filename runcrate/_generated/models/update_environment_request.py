# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel

T = TypeVar("T", bound="UpdateEnvironmentRequest")


@_attrs_define(repr=False)
class UpdateEnvironmentRequest(WireModel):
    """The fields to change; at least one is required."""

    _wire_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "is_default": "is_default",
    }
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "is_default",
        }
    )

    name: str | None = None
    """ New name: not blank, and unique within the workspace (a taken name answers 409). Calls that select this
    environment by name must use the new one. """
    is_default: bool | None = None
    """ Make this the workspace's default environment. Whether this clears the flag on the other environments is
    unverified. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        name = get("name")

        is_default = get("is_default")

        update_environment_request = object.__new__(cls)
        update_environment_request.name = name
        update_environment_request.is_default = is_default
        update_environment_request._payload = src_dict
        return update_environment_request
