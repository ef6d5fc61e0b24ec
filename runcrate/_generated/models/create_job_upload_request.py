# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireModel

T = TypeVar("T", bound="CreateJobUploadRequest")


@_attrs_define
class CreateJobUploadRequest(WireModel):
    """Body of `createJobUpload`."""

    _wire_names: ClassVar[dict[str, str]] = {
        "bytes": "bytes",
        "sha256": "sha256",
    }

    bytes: int
    """ Size of the `.tar.gz` archive in bytes (at most 1 GiB). """
    sha256: str | Unset = UNSET
    """ Lowercase hex SHA-256 of the archive. With it the same hash returns the same upload, which makes the call
    safe to repeat and skips re-sending code a job already uses. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        bytes_ = self.bytes

        sha256 = self.sha256

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bytes": bytes_,
            }
        )
        if sha256 is not UNSET:
            field_dict["sha256"] = sha256

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bytes_ = d.pop("bytes")

        sha256 = d.pop("sha256", UNSET)

        create_job_upload_request = cls(
            bytes=bytes_,
            sha256=sha256,
        )

        create_job_upload_request.additional_properties = d
        return create_job_upload_request
