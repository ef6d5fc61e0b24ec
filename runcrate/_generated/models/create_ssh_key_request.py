# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel, missing_field

T = TypeVar("T", bound="CreateSshKeyRequest")


@_attrs_define(repr=False)
class CreateSshKeyRequest(WireModel):
    _wire_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "public_key": "public_key",
        "type": "type",
    }
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
        }
    )

    name: str
    """ Name of the key. """
    public_key: str
    """ A public key in OpenSSH text form, as in an `authorized_keys` line or a `.pub` file: the key type, the
    base64 key blob and an optional comment, e.g. `ssh-ed25519 AAAA... user@host`. The types are those OpenSSH
    offers: `ssh-ed25519`, `ssh-rsa`, `ecdsa-sha2-nistp256`, `ecdsa-sha2-nistp384`, `ecdsa-sha2-nistp521` and the
    security-key types `sk-ssh-ed25519@openssh.com` and `sk-ecdsa-sha2-nistp256@openssh.com`. The blob must decode
    to a key of the named type (checked by the server: 422 otherwise). """
    type: str | None = None
    """ Key type, e.g. `ed25519`. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        name = get("name")
        if name is None:
            raise missing_field(cls, src_dict, "name")

        public_key = get("public_key")
        if public_key is None:
            raise missing_field(cls, src_dict, "public_key")

        type_ = get("type")

        create_ssh_key_request = object.__new__(cls)
        create_ssh_key_request.name = name
        create_ssh_key_request.public_key = public_key
        create_ssh_key_request.type = type_
        create_ssh_key_request._payload = src_dict
        return create_ssh_key_request
