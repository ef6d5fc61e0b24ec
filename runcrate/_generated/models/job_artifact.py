# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireModel

T = TypeVar("T", bound="JobArtifact")


@_attrs_define
class JobArtifact(WireModel):
    """A file the job wrote to `$RUNCRATE_OUTPUT_DIR`, kept for 30 days after the job ends."""

    _wire_names: ClassVar[dict[str, str]] = {
        "path": "path",
        "bytes": "bytes",
        "sha256": "sha256",
    }

    path: str
    """ Path relative to the output directory; may contain `/`. """
    bytes: int | Unset = UNSET
    sha256: str | Unset = UNSET
    """ Hex SHA-256 of the file, for checking a download. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        bytes_ = self.bytes

        sha256 = self.sha256

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "path": path,
            }
        )
        if bytes_ is not UNSET:
            field_dict["bytes"] = bytes_
        if sha256 is not UNSET:
            field_dict["sha256"] = sha256

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        path = d.pop("path")

        bytes_ = d.pop("bytes", UNSET)

        sha256 = d.pop("sha256", UNSET)

        job_artifact = cls(
            path=path,
            bytes=bytes_,
            sha256=sha256,
        )

        job_artifact.additional_properties = d
        return job_artifact
