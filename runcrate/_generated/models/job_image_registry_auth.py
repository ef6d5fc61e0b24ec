# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel, missing_field

T = TypeVar("T", bound="JobImageRegistryAuth")


@_attrs_define(repr=False)
class JobImageRegistryAuth(WireModel):
    """Credentials for pulling a private `image`, given as the names of environment variables (from `env` or the
    environment's secrets) that hold them, never the values.

    """

    _wire_names: ClassVar[dict[str, str]] = {
        "username_env": "username_env",
        "password_env": "password_env",
    }

    username_env: str
    """ Name of the environment variable holding the registry user name. """
    password_env: str
    """ Name of the environment variable holding the registry password or token. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        username_env = get("username_env")
        if username_env is None:
            raise missing_field(cls, src_dict, "username_env")

        password_env = get("password_env")
        if password_env is None:
            raise missing_field(cls, src_dict, "password_env")

        job_image_registry_auth = object.__new__(cls)
        job_image_registry_auth.username_env = username_env
        job_image_registry_auth.password_env = password_env
        job_image_registry_auth._payload = src_dict
        return job_image_registry_auth
