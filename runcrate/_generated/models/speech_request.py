# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_speech_response_format import KnownSpeechResponseFormat
from ..types import UNSET, Unset, WireModel

T = TypeVar("T", bound="SpeechRequest")


@_attrs_define
class SpeechRequest(WireModel):
    """A text-to-speech request. Keys not listed here (e.g. `language`) are forwarded unchanged."""

    _wire_names: ClassVar[dict[str, str]] = {
        "model": "model",
        "input": "input",
        "voice": "voice",
        "response_format": "response_format",
        "speed": "speed",
    }

    model: str
    """ Model id, e.g. `hexgrad/Kokoro-82M` or `openai/tts-1`. """
    input: str
    """ The text to speak; the maximum length depends on the model. """
    voice: str | Unset = UNSET
    """ Voice name; depends on the model, e.g. `af_heart` or `alloy`. """
    response_format: KnownSpeechResponseFormat | str | Unset = UNSET
    """ Open enum: known values are listed; other formats are unverified and depend on the model (a model refuses a
    format it cannot produce with 422). `mp3` (the server default) returns `audio/mpeg`, `pcm` returns `audio/pcm`.
    """
    speed: float | Unset = UNSET
    """ Speaking speed (1 is normal), where the model supports it. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        input_ = self.input

        voice = self.voice

        response_format: str | Unset
        if isinstance(self.response_format, Unset):
            response_format = UNSET
        elif isinstance(self.response_format, KnownSpeechResponseFormat):
            response_format = self.response_format.value
        else:
            response_format = self.response_format

        speed = self.speed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "input": input_,
            }
        )
        if voice is not UNSET:
            field_dict["voice"] = voice
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if speed is not UNSET:
            field_dict["speed"] = speed

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model = d.pop("model")

        input_ = d.pop("input")

        voice = d.pop("voice", UNSET)

        response_format = _parse_response_format(d.pop("response_format", UNSET))

        speed = d.pop("speed", UNSET)

        speech_request = cls(
            model=model,
            input=input_,
            voice=voice,
            response_format=response_format,
            speed=speed,
        )

        speech_request.additional_properties = d
        return speech_request


def _parse_response_format(data: object) -> KnownSpeechResponseFormat | str | Unset:
    if isinstance(data, str):
        return cast(
            "KnownSpeechResponseFormat | str | Unset",
            KnownSpeechResponseFormat._value2member_map_.get(data, data),
        )
    return cast("KnownSpeechResponseFormat | str | Unset", data)
