# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_job_event_kind import KnownJobEventKind
from ..types import WireModel, missing_field

T = TypeVar("T", bound="JobEvent")


@_attrs_define(repr=False)
class JobEvent(WireModel):
    """A step in a job's lifecycle."""

    _wire_names: ClassVar[dict[str, str]] = {
        "at": "at",
        "kind": "kind",
        "detail": "detail",
        "attempt": "attempt",
    }
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "detail",
            "attempt",
        }
    )

    at: datetime.datetime
    kind: KnownJobEventKind | str
    """ Kind of a job event. Open enum: known values are listed; accept any other string. """
    detail: str | None = None
    attempt: int | None = None
    """ The attempt the event belongs to; null for machine-level events. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        _at = get("at")
        if _at is None:
            raise missing_field(cls, src_dict, "at")
        at = datetime.datetime.fromisoformat(_at)

        _kind = get("kind")
        if _kind is None:
            raise missing_field(cls, src_dict, "kind")
        kind = _parse_kind(_kind)

        detail = get("detail")

        attempt = get("attempt")

        job_event = object.__new__(cls)
        job_event.at = at
        job_event.kind = kind
        job_event.detail = detail
        job_event.attempt = attempt
        job_event._payload = src_dict
        return job_event


def _parse_kind(data: object) -> KnownJobEventKind | str:
    if isinstance(data, str):
        return cast("KnownJobEventKind | str", KnownJobEventKind._value2member_map_.get(data, data))
    return cast("KnownJobEventKind | str", data)
