# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel

T = TypeVar("T", bound="JobCodeFromUpload")


@_attrs_define
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

    def to_dict(self) -> dict[str, Any]:
        upload_id = self.upload_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "upload_id": upload_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        upload_id = d.pop("upload_id")

        job_code_from_upload = cls(
            upload_id=upload_id,
        )

        job_code_from_upload.additional_properties = d
        return job_code_from_upload
