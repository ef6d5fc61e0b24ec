# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_job_code_source import KnownJobCodeSource
from ..types import UNSET, Unset, WireModel

T = TypeVar("T", bound="JobCode")


@_attrs_define
class JobCode(WireModel):
    """Where the job's code came from: `{source: upload, ref, sha256}` for an uploaded archive or `{source: git, url, ref,
    commit}` for a repository.

    """

    _wire_names: ClassVar[dict[str, str]] = {
        "source": "source",
        "ref": "ref",
        "sha256": "sha256",
        "url": "url",
        "commit": "commit",
    }

    source: KnownJobCodeSource | str
    """ Where a job's code came from. Open enum: known values are listed; accept any other string. """
    ref: str | Unset | None = UNSET
    """ The upload id or the Git ref that was requested. """
    sha256: str | Unset | None = UNSET
    """ Hex SHA-256 of the uploaded archive (uploads). """
    url: str | Unset | None = UNSET
    """ The repository URL (Git). """
    commit: str | Unset | None = UNSET
    """ The commit that was checked out (Git). """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        source: str
        if isinstance(self.source, KnownJobCodeSource):
            source = self.source.value
        else:
            source = self.source

        ref: str | Unset | None
        if isinstance(self.ref, Unset):
            ref = UNSET
        else:
            ref = self.ref

        sha256: str | Unset | None
        if isinstance(self.sha256, Unset):
            sha256 = UNSET
        else:
            sha256 = self.sha256

        url: str | Unset | None
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        commit: str | Unset | None
        if isinstance(self.commit, Unset):
            commit = UNSET
        else:
            commit = self.commit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
            }
        )
        if ref is not UNSET:
            field_dict["ref"] = ref
        if sha256 is not UNSET:
            field_dict["sha256"] = sha256
        if url is not UNSET:
            field_dict["url"] = url
        if commit is not UNSET:
            field_dict["commit"] = commit

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source = _parse_source(d.pop("source"))

        ref = d.pop("ref", UNSET)

        sha256 = d.pop("sha256", UNSET)

        url = d.pop("url", UNSET)

        commit = d.pop("commit", UNSET)

        job_code = cls(
            source=source,
            ref=ref,
            sha256=sha256,
            url=url,
            commit=commit,
        )

        job_code.additional_properties = d
        return job_code


def _parse_source(data: object) -> KnownJobCodeSource | str:
    if isinstance(data, str):
        return cast("KnownJobCodeSource | str", KnownJobCodeSource._value2member_map_.get(data, data))
    return cast("KnownJobCodeSource | str", data)
