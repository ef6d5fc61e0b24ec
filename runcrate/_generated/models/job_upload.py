# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireModel

T = TypeVar("T", bound="JobUpload")


@_attrs_define
class JobUpload(WireModel):
    """A reserved code upload."""

    _wire_names: ClassVar[dict[str, str]] = {
        "upload_id": "upload_id",
        "url": "url",
        "url_expires_at": "url_expires_at",
        "expires_at": "expires_at",
        "max_bytes": "max_bytes",
    }

    upload_id: str
    """ Use it as `code.upload_id` in a job spec before `expires_at`. """
    url: str | Unset | None = UNSET
    """ Signed URL to PUT the raw `.tar.gz` bytes to, without `Authorization` or any API parameters, before
    `url_expires_at`. Null (or missing) means there is nothing to upload: a job already uses an upload with this
    hash. """
    url_expires_at: datetime.datetime | Unset | None = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    """ Use the upload in a job before this time (about 24 h). """
    max_bytes: int | Unset = UNSET
    """ The largest archive the upload accepts, in bytes. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        upload_id = self.upload_id

        url: str | Unset | None
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        url_expires_at: str | Unset | None
        if isinstance(self.url_expires_at, Unset):
            url_expires_at = UNSET
        elif isinstance(self.url_expires_at, datetime.datetime):
            url_expires_at = self.url_expires_at.isoformat()
        else:
            url_expires_at = self.url_expires_at

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        max_bytes = self.max_bytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "upload_id": upload_id,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if url_expires_at is not UNSET:
            field_dict["url_expires_at"] = url_expires_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if max_bytes is not UNSET:
            field_dict["max_bytes"] = max_bytes

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        upload_id = d.pop("upload_id")

        url = d.pop("url", UNSET)

        url_expires_at = _parse_url_expires_at(d.pop("url_expires_at", UNSET))

        _expires_at = d.pop("expires_at", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        max_bytes = d.pop("max_bytes", UNSET)

        job_upload = cls(
            upload_id=upload_id,
            url=url,
            url_expires_at=url_expires_at,
            expires_at=expires_at,
            max_bytes=max_bytes,
        )

        job_upload.additional_properties = d
        return job_upload


def _parse_url_expires_at(data: object) -> datetime.datetime | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        try:
            url_expires_at_type_0 = datetime.datetime.fromisoformat(data)

            return url_expires_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("datetime.datetime | None | Unset", data)
