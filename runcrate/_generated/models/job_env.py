# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel

T = TypeVar("T", bound="JobEnv")


@_attrs_define(repr=False, eq=False)
class JobEnv(WireModel):
    """Environment variables for the command, as a name-to-value map (unlike the `env_vars` array of instances). Write-
    only: jobs report only the names, in `env_keys`. An entry overrides an environment secret of the same name.

    """

    _wire_names: ClassVar[dict[str, str]] = {}

    additional_properties: dict[str, str] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, str]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        job_env = object.__new__(cls)
        job_env._payload = src_dict
        return job_env

    def __len__(self) -> int:
        """A map of names to values (like ``tags``): its length is the number of entries."""
        return len(self.additional_properties)

    def __eq__(self, other: object) -> bool:
        """Equal to a map with the same entries, so ``job.tags == {"team": "ml"}`` holds."""
        if isinstance(other, JobEnv):
            return self.additional_properties == other.additional_properties
        if isinstance(other, Mapping):
            return self.additional_properties == dict(cast(Mapping[str, Any], other))
        return NotImplemented
