# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel, missing_field

T = TypeVar("T", bound="CreateJobUploadRequest")


@_attrs_define(repr=False)
class CreateJobUploadRequest(WireModel):
    """Body of `createJobUpload`."""

    _wire_names: ClassVar[dict[str, str]] = {
        "bytes": "bytes",
        "sha256": "sha256",
    }
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "sha256",
        }
    )

    bytes: int
    """ Size of the `.tar.gz` archive in bytes (at most 1 GiB). """
    sha256: str | None = None
    """ Lowercase hex SHA-256 of the archive. With it the same hash returns the same upload, which makes the call
    safe to repeat and skips re-sending code a job already uses. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        bytes_ = get("bytes")
        if bytes_ is None:
            raise missing_field(cls, src_dict, "bytes")

        sha256 = get("sha256")

        create_job_upload_request = object.__new__(cls)
        create_job_upload_request.bytes = bytes_
        create_job_upload_request.sha256 = sha256
        create_job_upload_request._payload = src_dict
        return create_job_upload_request
