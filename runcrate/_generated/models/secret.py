# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireModel

T = TypeVar("T", bound="Secret")


@_attrs_define
class Secret(WireModel):
    """The name of a secret. Secret values are never returned."""

    _wire_names: ClassVar[dict[str, str]] = {
        "key": "key",
        "sensitive": "sensitive",
        "updated_at": "updated_at",
    }

    key: str
    """ Name of the secret, e.g. `HF_TOKEN`. """
    sensitive: bool | Unset = UNSET
    """ Whether the value is marked sensitive (false when missing). """
    updated_at: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        sensitive = self.sensitive

        updated_at: str | Unset | None
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
            }
        )
        if sensitive is not UNSET:
            field_dict["sensitive"] = sensitive
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        sensitive = d.pop("sensitive", UNSET)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        secret = cls(
            key=key,
            sensitive=sensitive,
            updated_at=updated_at,
        )

        secret.additional_properties = d
        return secret


def _parse_updated_at(data: object) -> datetime.datetime | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        try:
            updated_at_type_0 = datetime.datetime.fromisoformat(data)

            return updated_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("datetime.datetime | None | Unset", data)
