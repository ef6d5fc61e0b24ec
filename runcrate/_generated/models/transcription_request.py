# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from io import BytesIO
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.transcription_response_format import TranscriptionResponseFormat
from ..types import File, WireModel, missing_field

T = TypeVar("T", bound="TranscriptionRequest")


@_attrs_define(repr=False)
class TranscriptionRequest(WireModel):
    """A speech-to-text request, sent as `multipart/form-data`."""

    _wire_names: ClassVar[dict[str, str]] = {
        "file": "file",
        "model": "model",
        "language": "language",
        "response_format": "response_format",
        "prompt": "prompt",
        "temperature": "temperature",
    }
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "language",
            "response_format",
            "prompt",
            "temperature",
        }
    )

    file: File
    """ The audio file (mp3, wav, m4a, flac, ogg, webm or mp4). The part's filename is the caller's; the server uses
    it to recognise the format. """
    model: str
    """ Model id, e.g. `openai/whisper-large-v3`, `openai/whisper-large-v3-turbo` or `openai/whisper-1`. """
    language: str | None = None
    """ ISO-639-1 language hint, e.g. `en`. """
    response_format: TranscriptionResponseFormat | None = None
    """ Format of the result: `json` (the server default) gives a JSON `Transcription`; `text`, `srt` and `vtt` give
    plain text. """
    prompt: str | None = None
    """ Text that guides the transcription's style or vocabulary. """
    temperature: float | None = None
    """ Sampling temperature (OpenAI uses 0-1; the server's range is undocumented). """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        files.append(("model", (None, str(self.model).encode(), "text/plain")))

        if self.language is not None:
            files.append(("language", (None, str(self.language).encode(), "text/plain")))

        if self.response_format is not None:
            files.append(("response_format", (None, str(self.response_format.value).encode(), "text/plain")))

        if self.prompt is not None:
            files.append(("prompt", (None, str(self.prompt).encode(), "text/plain")))

        if self.temperature is not None:
            files.append(("temperature", (None, str(self.temperature).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        _file = get("file")
        if _file is None:
            raise missing_field(cls, src_dict, "file")
        file = File(payload=BytesIO(_file))

        model = get("model")
        if model is None:
            raise missing_field(cls, src_dict, "model")

        language = get("language")

        _response_format = get("response_format")
        response_format = None if _response_format is None else TranscriptionResponseFormat(_response_format)

        prompt = get("prompt")

        temperature = get("temperature")

        transcription_request = object.__new__(cls)
        transcription_request.file = file
        transcription_request.model = model
        transcription_request.language = language
        transcription_request.response_format = response_format
        transcription_request.prompt = prompt
        transcription_request.temperature = temperature
        transcription_request._payload = src_dict
        return transcription_request
