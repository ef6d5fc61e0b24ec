# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel, json_list, missing_field

T = TypeVar("T", bound="Transcription")


@_attrs_define(repr=False)
class Transcription(WireModel):
    """A transcription (response format `json`). Extra fields may appear."""

    _wire_names: ClassVar[dict[str, str]] = {
        "text": "text",
        "duration": "duration",
        "language": "language",
        "segments": "segments",
    }
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "duration",
            "language",
            "segments",
        }
    )

    text: str
    """ The transcribed text. """
    duration: float | None = None
    """ Length of the audio in seconds. """
    language: str | None = None
    """ The detected or given language. """
    segments: list[TranscriptionSegment] | None = None
    """ Timed segments, when the model returns them. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        text = get("text")
        if text is None:
            raise missing_field(cls, src_dict, "text")

        duration = get("duration")

        language = get("language")

        _segments = get("segments")
        segments = (
            None
            if _segments is None
            else [
                TranscriptionSegment.from_dict(segments_item_data)
                for segments_item_data in json_list(_segments)
            ]
        )

        transcription = object.__new__(cls)
        transcription.text = text
        transcription.duration = duration
        transcription.language = language
        transcription.segments = segments
        transcription._payload = src_dict
        return transcription


# Imported after the class so that models referring to each other import cleanly.
from ..models.transcription_segment import TranscriptionSegment  # noqa: E402
