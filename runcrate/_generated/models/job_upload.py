# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel, missing_field

T = TypeVar("T", bound="JobUpload")


@_attrs_define(repr=False)
class JobUpload(WireModel):
    """A reserved code upload."""

    _wire_names: ClassVar[dict[str, str]] = {
        "upload_id": "upload_id",
        "url": "url",
        "url_expires_at": "url_expires_at",
        "expires_at": "expires_at",
        "max_bytes": "max_bytes",
    }
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "url",
            "url_expires_at",
        }
    )

    upload_id: str
    """ Use it as `code.upload_id` in a job spec before `expires_at`. """
    expires_at: datetime.datetime
    """ Use the upload in a job before this time (about 24 h). """
    max_bytes: int
    """ The largest archive the upload accepts, in bytes. """
    url: str | None = None
    """ Signed URL to PUT the raw `.tar.gz` bytes to, without `Authorization` or any API parameters, before
    `url_expires_at`. Null (or missing) means there is nothing to upload: a job already uses an upload with this
    hash. """
    url_expires_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        upload_id = get("upload_id")
        if upload_id is None:
            raise missing_field(cls, src_dict, "upload_id")

        url = get("url")

        url_expires_at = _parse_url_expires_at(get("url_expires_at"))

        _expires_at = get("expires_at")
        if _expires_at is None:
            raise missing_field(cls, src_dict, "expires_at")
        expires_at = datetime.datetime.fromisoformat(_expires_at)

        max_bytes = get("max_bytes")
        if max_bytes is None:
            raise missing_field(cls, src_dict, "max_bytes")

        job_upload = object.__new__(cls)
        job_upload.upload_id = upload_id
        job_upload.url = url
        job_upload.url_expires_at = url_expires_at
        job_upload.expires_at = expires_at
        job_upload.max_bytes = max_bytes
        job_upload._payload = src_dict
        return job_upload


def _parse_url_expires_at(data: object) -> datetime.datetime | None:
    if data is None:
        return data
    if isinstance(data, str):
        try:
            url_expires_at_type_0 = datetime.datetime.fromisoformat(data)

            return url_expires_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("datetime.datetime | None", data)
