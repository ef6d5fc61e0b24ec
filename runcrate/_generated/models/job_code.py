# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_job_code_source import KnownJobCodeSource
from ..types import WireModel, missing_field

T = TypeVar("T", bound="JobCode")


@_attrs_define(repr=False)
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
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "ref",
            "sha256",
            "url",
            "commit",
        }
    )

    source: KnownJobCodeSource | str
    """ Where a job's code came from. Open enum: known values are listed; accept any other string. """
    ref: str | None = None
    """ The upload id or the Git ref that was requested. """
    sha256: str | None = None
    """ Hex SHA-256 of the uploaded archive (uploads). """
    url: str | None = None
    """ The repository URL (Git). """
    commit: str | None = None
    """ The commit that was checked out (Git). """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        _source = get("source")
        if _source is None:
            raise missing_field(cls, src_dict, "source")
        source = _parse_source(_source)

        ref = get("ref")

        sha256 = get("sha256")

        url = get("url")

        commit = get("commit")

        job_code = object.__new__(cls)
        job_code.source = source
        job_code.ref = ref
        job_code.sha256 = sha256
        job_code.url = url
        job_code.commit = commit
        job_code._payload = src_dict
        return job_code


def _parse_source(data: object) -> KnownJobCodeSource | str:
    if isinstance(data, str):
        return cast("KnownJobCodeSource | str", KnownJobCodeSource._value2member_map_.get(data, data))
    return cast("KnownJobCodeSource | str", data)
