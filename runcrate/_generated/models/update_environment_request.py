# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireModel

T = TypeVar("T", bound="UpdateEnvironmentRequest")


@_attrs_define
class UpdateEnvironmentRequest(WireModel):
    """The fields to change; at least one is required."""

    _wire_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "is_default": "is_default",
    }

    name: str | Unset = UNSET
    """ New name: not blank, and unique within the workspace (a taken name answers 409). Calls that select this
    environment by name must use the new one. """
    is_default: bool | Unset = UNSET
    """ Make this the workspace's default environment. Whether this clears the flag on the other environments is
    unverified. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        is_default = self.is_default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if is_default is not UNSET:
            field_dict["is_default"] = is_default

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        is_default = d.pop("is_default", UNSET)

        update_environment_request = cls(
            name=name,
            is_default=is_default,
        )

        update_environment_request.additional_properties = d
        return update_environment_request
