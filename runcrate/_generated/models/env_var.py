# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel

T = TypeVar("T", bound="EnvVar")


@_attrs_define
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

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        value = d.pop("value")

        env_var = cls(
            key=key,
            value=value,
        )

        env_var.additional_properties = d
        return env_var
