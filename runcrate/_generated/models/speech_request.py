# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_speech_response_format import KnownSpeechResponseFormat
from ..types import WireModel, missing_field

T = TypeVar("T", bound="SpeechRequest")


@_attrs_define(repr=False)
class SpeechRequest(WireModel):
    """A text-to-speech request. Keys not listed here (e.g. `language`) are forwarded unchanged."""

    _wire_names: ClassVar[dict[str, str]] = {
        "model": "model",
        "input": "input",
        "voice": "voice",
        "response_format": "response_format",
        "speed": "speed",
    }
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "voice",
            "response_format",
            "speed",
        }
    )

    model: str
    """ Model id, e.g. `hexgrad/Kokoro-82M` or `openai/tts-1`. """
    input: str
    """ The text to speak; the maximum length depends on the model. """
    voice: str | None = None
    """ Voice name; depends on the model, e.g. `af_heart` or `alloy`. """
    response_format: KnownSpeechResponseFormat | str | None = None
    """ Open enum: known values are listed; other formats are unverified and depend on the model (a model refuses a
    format it cannot produce with 422). `mp3` (the server default) returns `audio/mpeg`, `pcm` returns `audio/pcm`.
    """
    speed: float | None = None
    """ Speaking speed (1 is normal), where the model supports it. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model = get("model")
        if model is None:
            raise missing_field(cls, src_dict, "model")

        input_ = get("input")
        if input_ is None:
            raise missing_field(cls, src_dict, "input")

        voice = get("voice")

        response_format = _parse_response_format(get("response_format"))

        speed = get("speed")

        speech_request = object.__new__(cls)
        speech_request.model = model
        speech_request.input = input_
        speech_request.voice = voice
        speech_request.response_format = response_format
        speech_request.speed = speed
        speech_request._payload = src_dict
        return speech_request


def _parse_response_format(data: object) -> KnownSpeechResponseFormat | str | None:
    if isinstance(data, str):
        return cast(
            "KnownSpeechResponseFormat | str | None",
            KnownSpeechResponseFormat._value2member_map_.get(data, data),
        )
    return cast("KnownSpeechResponseFormat | str | None", data)
