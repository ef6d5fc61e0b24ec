# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
# The checks run on whatever callers pass at run time, whatever the annotations say:
# pyright: reportUnnecessaryIsInstance=false, reportUnknownVariableType=false
# pyright: reportUnknownArgumentType=false, reportUnknownMemberType=false
"""The ``audio`` resource's plain methods, generated from the spec."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any

from runcrate._engine._async import AsyncResource
from runcrate._engine._sync import SyncResource
from runcrate._validation import (
    invalid,
    missing,
    near_miss,
    unexpected_keywords,
)

_ALLOWED_1 = frozenset({"mp3", "pcm"})
_ALLOWED_2 = frozenset({"json", "text", "srt", "vtt"})
_INF = float("inf")
CREATE_SPEECH_FIELDS = frozenset(
    (
        "model",
        "input",
        "voice",
        "response_format",
        "speed",
        "timeout",
        "max_retries",
        "extra_headers",
        "extra_query",
        "extra_body",
    )
)
CREATE_TRANSCRIPTION_FIELDS = frozenset(
    (
        "file",
        "model",
        "language",
        "response_format",
        "prompt",
        "temperature",
        "timeout",
        "max_retries",
        "extra_headers",
        "extra_query",
        "extra_body",
    )
)


def create_speech_arguments(fields: Mapping[str, Any]) -> dict[str, Any]:
    """``createSpeech``: the keywords of its request, converted and checked."""
    arguments: dict[str, Any] = {}
    body: dict[str, Any] = {}
    value = fields.get("model")
    if value is None:
        raise missing("model", "a non-empty string")
    if not isinstance(value, str) or len(value) < 1:
        raise invalid("model", value, "a non-empty string")
    body["model"] = value
    value = fields.get("input")
    if value is None:
        raise missing("input", "a non-empty string")
    if not isinstance(value, str) or len(value) < 1:
        raise invalid("input", value, "a non-empty string")
    body["input"] = value
    value = fields.get("voice")
    if value is not None:
        if not isinstance(value, str):
            raise invalid("voice", value, "a string")
        body["voice"] = value
    value = fields.get("response_format")
    if value is not None:
        if (not isinstance(value, str) or value not in _ALLOWED_1) and (not isinstance(value, str)):
            raise invalid("response_format", value, "a string")
        body["response_format"] = value
    value = fields.get("speed")
    if value is not None:
        if (
            not isinstance(value, int | float)
            or isinstance(value, bool)
            or (value != value)
            or value in (_INF, -_INF)
        ):
            raise invalid("speed", value, "a number")
        body["speed"] = value
    for key, value in fields.items():
        if value is not None and key not in CREATE_SPEECH_FIELDS:
            if near_miss(key, CREATE_SPEECH_FIELDS) is not None:
                raise unexpected_keywords([key], CREATE_SPEECH_FIELDS)
            body[key] = value
    arguments["body"] = body
    return arguments


def create_transcription_arguments(fields: Mapping[str, Any]) -> dict[str, Any]:
    """``createTranscription``: the keywords of its request, converted and checked."""
    arguments: dict[str, Any] = {}
    body: dict[str, Any] = {}
    value = fields.get("file")
    if value is None:
        raise missing("file", "a string")
    body["file"] = value
    value = fields.get("model")
    if value is None:
        raise missing("model", "a non-empty string")
    if not isinstance(value, str) or len(value) < 1:
        raise invalid("model", value, "a non-empty string")
    body["model"] = value
    value = fields.get("language")
    if value is not None:
        if not isinstance(value, str):
            raise invalid("language", value, "a string")
        body["language"] = value
    value = fields.get("response_format")
    if value is not None:
        if not isinstance(value, str) or value not in _ALLOWED_2:
            raise invalid("response_format", value, "one of 'json', 'text', 'srt', 'vtt'")
        body["response_format"] = value
    value = fields.get("prompt")
    if value is not None:
        if not isinstance(value, str):
            raise invalid("prompt", value, "a string")
        body["prompt"] = value
    value = fields.get("temperature")
    if value is not None:
        if (
            not isinstance(value, int | float)
            or isinstance(value, bool)
            or (value != value)
            or value in (_INF, -_INF)
        ):
            raise invalid("temperature", value, "a number")
        body["temperature"] = value
    for key, value in fields.items():
        if value is not None and key not in CREATE_TRANSCRIPTION_FIELDS:
            if near_miss(key, CREATE_TRANSCRIPTION_FIELDS) is not None:
                raise unexpected_keywords([key], CREATE_TRANSCRIPTION_FIELDS)
            body[key] = value
    arguments["body"] = body
    return arguments


class AudioTranscriptions(SyncResource):
    """The ``audio.transcriptions`` methods."""

    @cached_property
    def with_raw_response(self) -> AudioTranscriptionsWithRawResponse:
        """The methods that make one HTTP call, each returning a ``RawResponse`` (status, headers, request
        id) whose ``parse()`` gives what the method returns."""
        return AudioTranscriptionsWithRawResponse(self)


class AudioTranscriptionsWithRawResponse:
    """``audio.transcriptions.with_raw_response``: each method returns a ``RawResponse`` whose ``parse()`` gives
    the method's own result."""

    def __init__(self, resource: AudioTranscriptions) -> None:
        self._resource = resource


class AsyncAudioTranscriptions(AsyncResource):
    """The ``audio.transcriptions`` methods."""

    @cached_property
    def with_raw_response(self) -> AsyncAudioTranscriptionsWithRawResponse:
        """The methods that make one HTTP call, each returning a ``RawResponse`` (status, headers, request
        id) whose ``parse()`` gives what the method returns."""
        return AsyncAudioTranscriptionsWithRawResponse(self)


class AsyncAudioTranscriptionsWithRawResponse:
    """``audio.transcriptions.with_raw_response``: each method returns a ``RawResponse`` whose ``parse()`` gives
    the method's own result."""

    def __init__(self, resource: AsyncAudioTranscriptions) -> None:
        self._resource = resource


class AudioSpeech(SyncResource):
    """The ``audio.speech`` methods."""

    @cached_property
    def with_raw_response(self) -> AudioSpeechWithRawResponse:
        """The methods that make one HTTP call, each returning a ``RawResponse`` (status, headers, request
        id) whose ``parse()`` gives what the method returns."""
        return AudioSpeechWithRawResponse(self)


class AudioSpeechWithRawResponse:
    """``audio.speech.with_raw_response``: each method returns a ``RawResponse`` whose ``parse()`` gives
    the method's own result."""

    def __init__(self, resource: AudioSpeech) -> None:
        self._resource = resource


class AsyncAudioSpeech(AsyncResource):
    """The ``audio.speech`` methods."""

    @cached_property
    def with_raw_response(self) -> AsyncAudioSpeechWithRawResponse:
        """The methods that make one HTTP call, each returning a ``RawResponse`` (status, headers, request
        id) whose ``parse()`` gives what the method returns."""
        return AsyncAudioSpeechWithRawResponse(self)


class AsyncAudioSpeechWithRawResponse:
    """``audio.speech.with_raw_response``: each method returns a ``RawResponse`` whose ``parse()`` gives
    the method's own result."""

    def __init__(self, resource: AsyncAudioSpeech) -> None:
        self._resource = resource


class Audio(SyncResource):
    """The ``audio`` methods."""

    @cached_property
    def speech(self) -> AudioSpeech:
        """The ``audio.speech`` methods."""
        return AudioSpeech._bound(self._engine)

    @cached_property
    def transcriptions(self) -> AudioTranscriptions:
        """The ``audio.transcriptions`` methods."""
        return AudioTranscriptions._bound(self._engine)

    @cached_property
    def with_raw_response(self) -> AudioWithRawResponse:
        """The methods that make one HTTP call, each returning a ``RawResponse`` (status, headers, request
        id) whose ``parse()`` gives what the method returns."""
        return AudioWithRawResponse(self)


class AudioWithRawResponse:
    """``audio.with_raw_response``: each method returns a ``RawResponse`` whose ``parse()`` gives
    the method's own result."""

    def __init__(self, resource: Audio) -> None:
        self.speech = resource.speech.with_raw_response
        self.transcriptions = resource.transcriptions.with_raw_response


class AsyncAudio(AsyncResource):
    """The ``audio`` methods."""

    @cached_property
    def speech(self) -> AsyncAudioSpeech:
        """The ``audio.speech`` methods."""
        return AsyncAudioSpeech._bound(self._engine)

    @cached_property
    def transcriptions(self) -> AsyncAudioTranscriptions:
        """The ``audio.transcriptions`` methods."""
        return AsyncAudioTranscriptions._bound(self._engine)

    @cached_property
    def with_raw_response(self) -> AsyncAudioWithRawResponse:
        """The methods that make one HTTP call, each returning a ``RawResponse`` (status, headers, request
        id) whose ``parse()`` gives what the method returns."""
        return AsyncAudioWithRawResponse(self)


class AsyncAudioWithRawResponse:
    """``audio.with_raw_response``: each method returns a ``RawResponse`` whose ``parse()`` gives
    the method's own result."""

    def __init__(self, resource: AsyncAudio) -> None:
        self.speech = resource.speech.with_raw_response
        self.transcriptions = resource.transcriptions.with_raw_response
