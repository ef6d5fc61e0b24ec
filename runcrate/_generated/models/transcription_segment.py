# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel

T = TypeVar("T", bound="TranscriptionSegment")

_OPTIONAL = frozenset(
    {
        "id",
        "start",
        "end",
        "text",
    }
)
_NONE_ABSENT: frozenset[str] = frozenset()


@_attrs_define(repr=False)
class TranscriptionSegment(WireModel):
    """One timed segment. Its shape is not documented; the listed fields follow OpenAI and are unverified, and others may
    appear.

    """

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "start": "start",
        "end": "end",
        "text": "text",
    }

    id: int | None = None
    start: float | None = None
    """ Start time in seconds. """
    end: float | None = None
    """ End time in seconds. """
    text: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pop = d.pop
        id = pop("id", None)

        start = pop("start", None)

        end = pop("end", None)

        text = pop("text", None)

        transcription_segment = object.__new__(cls)
        transcription_segment.id = id
        transcription_segment.start = start
        transcription_segment.end = end
        transcription_segment.text = text
        transcription_segment.additional_properties = d
        transcription_segment._absent = (
            _NONE_ABSENT if len(src_dict) - len(d) == 4 else _OPTIONAL.difference(src_dict)
        )
        transcription_segment._request_id = None
        return transcription_segment
