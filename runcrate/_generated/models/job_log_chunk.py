# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireModel

T = TypeVar("T", bound="JobLogChunk")


@_attrs_define
class JobLogChunk(WireModel):
    """A piece of a job's output. `seq` and `ts` are null on a marker chunk that stands in for output that was dropped."""

    _wire_names: ClassVar[dict[str, str]] = {
        "text": "text",
        "seq": "seq",
        "ts": "ts",
    }

    text: str
    seq: int | Unset | None = UNSET
    ts: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        seq: int | Unset | None
        if isinstance(self.seq, Unset):
            seq = UNSET
        else:
            seq = self.seq

        ts: str | Unset | None
        if isinstance(self.ts, Unset):
            ts = UNSET
        elif isinstance(self.ts, datetime.datetime):
            ts = self.ts.isoformat()
        else:
            ts = self.ts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
            }
        )
        if seq is not UNSET:
            field_dict["seq"] = seq
        if ts is not UNSET:
            field_dict["ts"] = ts

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        seq = d.pop("seq", UNSET)

        ts = _parse_ts(d.pop("ts", UNSET))

        job_log_chunk = cls(
            text=text,
            seq=seq,
            ts=ts,
        )

        job_log_chunk.additional_properties = d
        return job_log_chunk


def _parse_ts(data: object) -> datetime.datetime | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        try:
            ts_type_0 = datetime.datetime.fromisoformat(data)

            return ts_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("datetime.datetime | None | Unset", data)
