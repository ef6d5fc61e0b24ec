# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel, missing_field

T = TypeVar("T", bound="Secret")


@_attrs_define(repr=False)
class Secret(WireModel):
    """The name of a secret. Secret values are never returned."""

    _wire_names: ClassVar[dict[str, str]] = {
        "key": "key",
        "sensitive": "sensitive",
        "updated_at": "updated_at",
    }
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "sensitive",
            "updated_at",
        }
    )

    key: str
    """ Name of the secret, e.g. `HF_TOKEN`. """
    sensitive: bool | None = None
    """ Whether the value is marked sensitive (false when missing). """
    updated_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        key = get("key")
        if key is None:
            raise missing_field(cls, src_dict, "key")

        sensitive = get("sensitive")

        updated_at = _parse_updated_at(get("updated_at"))

        secret = object.__new__(cls)
        secret.key = key
        secret.sensitive = sensitive
        secret.updated_at = updated_at
        secret._payload = src_dict
        return secret


def _parse_updated_at(data: object) -> datetime.datetime | None:
    if data is None:
        return data
    if isinstance(data, str):
        try:
            updated_at_type_0 = datetime.datetime.fromisoformat(data)

            return updated_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("datetime.datetime | None", data)
