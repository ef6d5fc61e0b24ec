# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel

T = TypeVar("T", bound="JobImageRegistryAuth")


@_attrs_define
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

    def to_dict(self) -> dict[str, Any]:
        username_env = self.username_env

        password_env = self.password_env

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username_env": username_env,
                "password_env": password_env,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username_env = d.pop("username_env")

        password_env = d.pop("password_env")

        job_image_registry_auth = cls(
            username_env=username_env,
            password_env=password_env,
        )

        job_image_registry_auth.additional_properties = d
        return job_image_registry_auth
