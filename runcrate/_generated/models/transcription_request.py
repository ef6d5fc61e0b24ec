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
from ..types import UNSET, File, Unset, WireModel

T = TypeVar("T", bound="TranscriptionRequest")


@_attrs_define
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

    file: File
    """ The audio file (mp3, wav, m4a, flac, ogg, webm or mp4). The part's filename is the caller's; the server uses
    it to recognise the format. """
    model: str
    """ Model id, e.g. `openai/whisper-large-v3`, `openai/whisper-large-v3-turbo` or `openai/whisper-1`. """
    language: str | Unset = UNSET
    """ ISO-639-1 language hint, e.g. `en`. """
    response_format: TranscriptionResponseFormat | Unset = UNSET
    """ Format of the result: `json` (the server default) gives a JSON `Transcription`; `text`, `srt` and `vtt` give
    plain text. """
    prompt: str | Unset = UNSET
    """ Text that guides the transcription's style or vocabulary. """
    temperature: float | Unset = UNSET
    """ Sampling temperature (OpenAI uses 0-1; the server's range is undocumented). """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        model = self.model

        language = self.language

        response_format: str | Unset = UNSET
        if not isinstance(self.response_format, Unset):
            response_format = self.response_format.value

        prompt = self.prompt

        temperature = self.temperature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
                "model": model,
            }
        )
        if language is not UNSET:
            field_dict["language"] = language
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if temperature is not UNSET:
            field_dict["temperature"] = temperature

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        files.append(("model", (None, str(self.model).encode(), "text/plain")))

        if not isinstance(self.language, Unset):
            files.append(("language", (None, str(self.language).encode(), "text/plain")))

        if not isinstance(self.response_format, Unset):
            files.append(("response_format", (None, str(self.response_format.value).encode(), "text/plain")))

        if not isinstance(self.prompt, Unset):
            files.append(("prompt", (None, str(self.prompt).encode(), "text/plain")))

        if not isinstance(self.temperature, Unset):
            files.append(("temperature", (None, str(self.temperature).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        model = d.pop("model")

        language = d.pop("language", UNSET)

        _response_format = d.pop("response_format", UNSET)
        response_format: TranscriptionResponseFormat | Unset
        if isinstance(_response_format, Unset):
            response_format = UNSET
        else:
            response_format = TranscriptionResponseFormat(_response_format)

        prompt = d.pop("prompt", UNSET)

        temperature = d.pop("temperature", UNSET)

        transcription_request = cls(
            file=file,
            model=model,
            language=language,
            response_format=response_format,
            prompt=prompt,
            temperature=temperature,
        )

        transcription_request.additional_properties = d
        return transcription_request
