# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireModel

T = TypeVar("T", bound="CreateSshKeyRequest")


@_attrs_define
class CreateSshKeyRequest(WireModel):
    _wire_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "public_key": "public_key",
        "type": "type",
    }

    name: str
    """ Name of the key. """
    public_key: str
    """ A public key in OpenSSH text form, as in an `authorized_keys` line or a `.pub` file: the key type, the
    base64 key blob and an optional comment, e.g. `ssh-ed25519 AAAA... user@host`. The types are those OpenSSH
    offers: `ssh-ed25519`, `ssh-rsa`, `ecdsa-sha2-nistp256`, `ecdsa-sha2-nistp384`, `ecdsa-sha2-nistp521` and the
    security-key types `sk-ssh-ed25519@openssh.com` and `sk-ecdsa-sha2-nistp256@openssh.com`. The blob must decode
    to a key of the named type (checked by the server: 422 otherwise). """
    type: str | Unset = UNSET
    """ Key type, e.g. `ed25519`. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        public_key = self.public_key

        type_ = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "public_key": public_key,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        public_key = d.pop("public_key")

        type_ = d.pop("type", UNSET)

        create_ssh_key_request = cls(
            name=name,
            public_key=public_key,
            type=type_,
        )

        create_ssh_key_request.additional_properties = d
        return create_ssh_key_request
