# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel, missing_field

T = TypeVar("T", bound="SshCertificate")


@_attrs_define(repr=False)
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

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        certificate = get("certificate")
        if certificate is None:
            raise missing_field(cls, src_dict, "certificate")

        ip = get("ip")
        if ip is None:
            raise missing_field(cls, src_dict, "ip")

        user = get("user")
        if user is None:
            raise missing_field(cls, src_dict, "user")

        port = get("port")
        if port is None:
            raise missing_field(cls, src_dict, "port")

        ssh_certificate = object.__new__(cls)
        ssh_certificate.certificate = certificate
        ssh_certificate.ip = ip
        ssh_certificate.user = user
        ssh_certificate.port = port
        ssh_certificate._payload = src_dict
        return ssh_certificate
