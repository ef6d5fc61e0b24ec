# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel

T = TypeVar("T", bound="SSHKeyResponse")


@_attrs_define
class SSHKeyResponse(WireModel):
    _wire_names: ClassVar[dict[str, str]] = {
        "data": "data",
    }

    data: SSHKey
    """ A registered SSH key. Fields are camelCase on the wire. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = SSHKey.from_dict(cast("Mapping[str, Any]", d.pop("data")))

        ssh_key_response = cls(
            data=data,
        )

        ssh_key_response.additional_properties = d
        return ssh_key_response


# Imported after the class so that models referring to each other import cleanly.
from ..models.ssh_key import SSHKey  # noqa: E402
