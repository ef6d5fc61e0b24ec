# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel

T = TypeVar("T", bound="TranscriptionSegment")


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
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "start",
            "end",
            "text",
        }
    )

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
        get = src_dict.get
        id = get("id")

        start = get("start")

        end = get("end")

        text = get("text")

        transcription_segment = object.__new__(cls)
        transcription_segment.id = id
        transcription_segment.start = start
        transcription_segment.end = end
        transcription_segment.text = text
        transcription_segment._payload = src_dict
        return transcription_segment
