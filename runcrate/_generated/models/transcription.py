# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireModel, json_list

T = TypeVar("T", bound="Transcription")


@_attrs_define
class Transcription(WireModel):
    """A transcription (response format `json`). Extra fields may appear."""

    _wire_names: ClassVar[dict[str, str]] = {
        "text": "text",
        "duration": "duration",
        "language": "language",
        "segments": "segments",
    }

    text: str
    """ The transcribed text. """
    duration: float | Unset = UNSET
    """ Length of the audio in seconds. """
    language: str | Unset = UNSET
    """ The detected or given language. """
    segments: list[TranscriptionSegment] | Unset = UNSET
    """ Timed segments, when the model returns them. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        duration = self.duration

        language = self.language

        segments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.segments, Unset):
            segments = []
            for segments_item_data in self.segments:
                segments_item = segments_item_data.to_dict()
                segments.append(segments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration
        if language is not UNSET:
            field_dict["language"] = language
        if segments is not UNSET:
            field_dict["segments"] = segments

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        duration = d.pop("duration", UNSET)

        language = d.pop("language", UNSET)

        _segments = d.pop("segments", UNSET)
        segments: list[TranscriptionSegment] | Unset = UNSET
        if _segments is not UNSET:
            segments = [
                TranscriptionSegment.from_dict(segments_item_data)
                for segments_item_data in json_list(_segments)
            ]

        transcription = cls(
            text=text,
            duration=duration,
            language=language,
            segments=segments,
        )

        transcription.additional_properties = d
        return transcription


# Imported after the class so that models referring to each other import cleanly.
from ..models.transcription_segment import TranscriptionSegment  # noqa: E402
