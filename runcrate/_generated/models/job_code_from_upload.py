# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel, missing_field

T = TypeVar("T", bound="JobCodeFromUpload")


@_attrs_define(repr=False)
class JobCodeFromUpload(WireModel):
    """Code from an archive uploaded through `createJobUpload`."""

    _wire_names: ClassVar[dict[str, str]] = {
        "upload_id": "upload_id",
    }

    upload_id: str
    """ The `upload_id` of a `JobUpload`, used before its `expires_at`. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        upload_id = get("upload_id")
        if upload_id is None:
            raise missing_field(cls, src_dict, "upload_id")

        job_code_from_upload = object.__new__(cls)
        job_code_from_upload.upload_id = upload_id
        job_code_from_upload._payload = src_dict
        return job_code_from_upload
