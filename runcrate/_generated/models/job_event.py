# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_job_event_kind import KnownJobEventKind
from ..types import UNSET, Unset, WireModel

T = TypeVar("T", bound="JobEvent")


@_attrs_define
class JobEvent(WireModel):
    """A step in a job's lifecycle."""

    _wire_names: ClassVar[dict[str, str]] = {
        "at": "at",
        "kind": "kind",
        "detail": "detail",
        "attempt": "attempt",
    }

    at: datetime.datetime
    kind: KnownJobEventKind | str
    """ Kind of a job event. Open enum: known values are listed; accept any other string. """
    detail: str | Unset | None = UNSET
    attempt: int | Unset | None = UNSET
    """ The attempt the event belongs to; null for machine-level events. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        at = self.at.isoformat()

        kind: str
        if isinstance(self.kind, KnownJobEventKind):
            kind = self.kind.value
        else:
            kind = self.kind

        detail: str | Unset | None
        if isinstance(self.detail, Unset):
            detail = UNSET
        else:
            detail = self.detail

        attempt: int | Unset | None
        if isinstance(self.attempt, Unset):
            attempt = UNSET
        else:
            attempt = self.attempt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "at": at,
                "kind": kind,
            }
        )
        if detail is not UNSET:
            field_dict["detail"] = detail
        if attempt is not UNSET:
            field_dict["attempt"] = attempt

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        at = datetime.datetime.fromisoformat(d.pop("at"))

        kind = _parse_kind(d.pop("kind"))

        detail = d.pop("detail", UNSET)

        attempt = d.pop("attempt", UNSET)

        job_event = cls(
            at=at,
            kind=kind,
            detail=detail,
            attempt=attempt,
        )

        job_event.additional_properties = d
        return job_event


def _parse_kind(data: object) -> KnownJobEventKind | str:
    if isinstance(data, str):
        return cast("KnownJobEventKind | str", KnownJobEventKind._value2member_map_.get(data, data))
    return cast("KnownJobEventKind | str", data)
