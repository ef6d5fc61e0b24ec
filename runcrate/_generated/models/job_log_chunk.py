# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel, missing_field

T = TypeVar("T", bound="JobLogChunk")


@_attrs_define(repr=False)
class JobLogChunk(WireModel):
    """A piece of a job's output. `seq` and `ts` are null on a marker chunk that stands in for output that was dropped."""

    _wire_names: ClassVar[dict[str, str]] = {
        "seq": "seq",
        "ts": "ts",
        "text": "text",
    }
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "seq",
            "ts",
        }
    )

    text: str
    seq: int | None = None
    ts: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        seq = get("seq")

        ts = _parse_ts(get("ts"))

        text = get("text")
        if text is None:
            raise missing_field(cls, src_dict, "text")

        job_log_chunk = object.__new__(cls)
        job_log_chunk.seq = seq
        job_log_chunk.ts = ts
        job_log_chunk.text = text
        job_log_chunk._payload = src_dict
        return job_log_chunk


def _parse_ts(data: object) -> datetime.datetime | None:
    if data is None:
        return data
    if isinstance(data, str):
        try:
            ts_type_0 = datetime.datetime.fromisoformat(data)

            return ts_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("datetime.datetime | None", data)
