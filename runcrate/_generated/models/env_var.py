# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel, missing_field

T = TypeVar("T", bound="EnvVar")

_NONE_ABSENT: frozenset[str] = frozenset()


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
        d = dict(src_dict)
        pop = d.pop
        key = pop("key", None)
        if key is None:
            raise missing_field(cls, src_dict, "key")

        value = pop("value", None)
        if value is None:
            raise missing_field(cls, src_dict, "value")

        env_var = object.__new__(cls)
        env_var.key = key
        env_var.value = value
        env_var.additional_properties = d
        env_var._absent = _NONE_ABSENT
        env_var._request_id = None
        return env_var
