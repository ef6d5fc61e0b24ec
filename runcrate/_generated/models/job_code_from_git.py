# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel, missing_field

T = TypeVar("T", bound="JobCodeFromGit")


@_attrs_define(repr=False)
class JobCodeFromGit(WireModel):
    """Code cloned from a Git repository."""

    _wire_names: ClassVar[dict[str, str]] = {
        "git": "git",
    }

    git: JobGitRepository
    """ A Git repository to clone. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        _git = get("git")
        if _git is None:
            raise missing_field(cls, src_dict, "git")
        git = JobGitRepository.from_dict(cast("Mapping[str, Any]", _git))

        job_code_from_git = object.__new__(cls)
        job_code_from_git.git = git
        job_code_from_git._payload = src_dict
        return job_code_from_git


# Imported after the class so that models referring to each other import cleanly.
from ..models.job_git_repository import JobGitRepository  # noqa: E402
