# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel

T = TypeVar("T", bound="SshCertificate")


@_attrs_define
class SshCertificate(WireModel):
    """A short-lived SSH certificate and the address to connect to."""

    _wire_names: ClassVar[dict[str, str]] = {
        "certificate": "certificate",
        "ip": "ip",
        "user": "user",
        "port": "port",
    }

    certificate: str
    """ The OpenSSH certificate for the submitted public key. """
    ip: str
    """ Host to connect to. """
    user: str
    """ User to log in as, e.g. `root`. """
    port: int
    """ SSH port, e.g. 22. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        certificate = self.certificate

        ip = self.ip

        user = self.user

        port = self.port

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "certificate": certificate,
                "ip": ip,
                "user": user,
                "port": port,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        certificate = d.pop("certificate")

        ip = d.pop("ip")

        user = d.pop("user")

        port = d.pop("port")

        ssh_certificate = cls(
            certificate=certificate,
            ip=ip,
            user=user,
            port=port,
        )

        ssh_certificate.additional_properties = d
        return ssh_certificate
