# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireModel

T = TypeVar("T", bound="TranscriptionSegment")


@_attrs_define
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

    id: int | Unset = UNSET
    start: float | Unset = UNSET
    """ Start time in seconds. """
    end: float | Unset = UNSET
    """ End time in seconds. """
    text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        start = self.start

        end = self.end

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        start = d.pop("start", UNSET)

        end = d.pop("end", UNSET)

        text = d.pop("text", UNSET)

        transcription_segment = cls(
            id=id,
            start=start,
            end=end,
            text=text,
        )

        transcription_segment.additional_properties = d
        return transcription_segment
