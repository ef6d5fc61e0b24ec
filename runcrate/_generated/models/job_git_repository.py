# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel, missing_field

T = TypeVar("T", bound="JobGitRepository")


@_attrs_define(repr=False)
class JobGitRepository(WireModel):
    """A Git repository to clone."""

    _wire_names: ClassVar[dict[str, str]] = {
        "url": "url",
        "ref": "ref",
        "token_env": "token_env",
    }
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "ref",
            "token_env",
        }
    )

    url: str
    """ Clone URL over https, e.g. `https://github.com/acme/trainer.git`. """
    ref: str | None = None
    """ Branch, tag or commit to check out, e.g. `main`. """
    token_env: str | None = None
    """ Name of an environment variable (from `env` or the environment's secrets) that holds the access token for a
    private repository. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        url = get("url")
        if url is None:
            raise missing_field(cls, src_dict, "url")

        ref = get("ref")

        token_env = get("token_env")

        job_git_repository = object.__new__(cls)
        job_git_repository.url = url
        job_git_repository.ref = ref
        job_git_repository.token_env = token_env
        job_git_repository._payload = src_dict
        return job_git_repository
