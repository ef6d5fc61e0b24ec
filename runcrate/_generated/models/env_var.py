# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel, missing_field

T = TypeVar("T", bound="EnvVar")


@_attrs_define(repr=False)
class EnvVar(WireModel):
    """One environment variable for a new instance. The key is sent exactly as given."""

    _wire_names: ClassVar[dict[str, str]] = {
        "key": "key",
        "value": "value",
    }

    key: str
    """ Variable name, e.g. `HF_TOKEN`. """
    value: str
    """ Variable value. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        key = get("key")
        if key is None:
            raise missing_field(cls, src_dict, "key")

        value = get("value")
        if value is None:
            raise missing_field(cls, src_dict, "value")

        env_var = object.__new__(cls)
        env_var.key = key
        env_var.value = value
        env_var._payload = src_dict
        return env_var
