# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireModel

T = TypeVar("T", bound="JobGitRepository")


@_attrs_define
class JobGitRepository(WireModel):
    """A Git repository to clone."""

    _wire_names: ClassVar[dict[str, str]] = {
        "url": "url",
        "ref": "ref",
        "token_env": "token_env",
    }

    url: str
    """ Clone URL over https, e.g. `https://github.com/acme/trainer.git`. """
    ref: str | Unset = UNSET
    """ Branch, tag or commit to check out, e.g. `main`. """
    token_env: str | Unset = UNSET
    """ Name of an environment variable (from `env` or the environment's secrets) that holds the access token for a
    private repository. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        ref = self.ref

        token_env = self.token_env

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if ref is not UNSET:
            field_dict["ref"] = ref
        if token_env is not UNSET:
            field_dict["token_env"] = token_env

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        ref = d.pop("ref", UNSET)

        token_env = d.pop("token_env", UNSET)

        job_git_repository = cls(
            url=url,
            ref=ref,
            token_env=token_env,
        )

        job_git_repository.additional_properties = d
        return job_git_repository
