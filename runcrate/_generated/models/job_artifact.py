# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel, missing_field

T = TypeVar("T", bound="JobArtifact")


@_attrs_define(repr=False)
class JobArtifact(WireModel):
    """A file the job wrote to `$RUNCRATE_OUTPUT_DIR`, kept for 30 days after the job ends."""

    _wire_names: ClassVar[dict[str, str]] = {
        "path": "path",
        "bytes": "bytes",
        "sha256": "sha256",
    }

    path: str
    """ Path relative to the output directory; may contain `/`. """
    bytes: int
    sha256: str
    """ Hex SHA-256 of the file, for checking a download. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        path = get("path")
        if path is None:
            raise missing_field(cls, src_dict, "path")

        bytes_ = get("bytes")
        if bytes_ is None:
            raise missing_field(cls, src_dict, "bytes")

        sha256 = get("sha256")
        if sha256 is None:
            raise missing_field(cls, src_dict, "sha256")

        job_artifact = object.__new__(cls)
        job_artifact.path = path
        job_artifact.bytes = bytes_
        job_artifact.sha256 = sha256
        job_artifact._payload = src_dict
        return job_artifact
