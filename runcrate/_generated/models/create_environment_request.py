# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel, missing_field

T = TypeVar("T", bound="CreateEnvironmentRequest")


@_attrs_define(repr=False)
class CreateEnvironmentRequest(WireModel):
    _wire_names: ClassVar[dict[str, str]] = {
        "name": "name",
    }

    name: str
    """ Name of the new environment; not blank, and unique within the workspace (a taken name answers 409). It is
    the value the `environment` parameter selects it by. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        name = get("name")
        if name is None:
            raise missing_field(cls, src_dict, "name")

        create_environment_request = object.__new__(cls)
        create_environment_request.name = name
        create_environment_request._payload = src_dict
        return create_environment_request
