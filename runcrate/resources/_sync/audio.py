# Generated from runcrate/resources/_async by unasync (generator/sync_twins.py). Do not edit: change the async resource and run `make generate`.
"""Text-to-speech and transcription: ``client.audio.speech`` / ``client.audio.transcriptions``.

``client.models.text_to_speech`` and ``client.models.transcribe`` are the official SDK's names for them.
"""

from __future__ import annotations

import os
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, overload

import httpx

from runcrate._engine._sync import SyncResource
from runcrate._generated.api.audio import create_speech, create_transcription
from runcrate._generated.models.transcription import Transcription
from runcrate._generated.models.transcription_request import TranscriptionRequest
from runcrate._generated.resources import audio as generated
from runcrate._generated.types import File
from runcrate._inference_calls import ParsedWith, parsed_with, split_options
from runcrate._media import AudioInput, SpeechAudio, audio_upload
from runcrate._response import BinaryResponse, OpenedResponse, to_raw_response_wrapper
from runcrate._types import request_options

if TYPE_CHECKING:
    from runcrate._generated.params import SpeechResponseFormat, TranscriptionResponseFormat

__all__ = [
    "Audio",
    "Speech",
    "SpeechResponse",
    "SpeechWithRawResponse",
    "SpeechWithStreamingResponse",
    "Transcriptions",
    "TranscriptionsWithRawResponse",
    "open_speech",
]

_TEXT_FORMATS = frozenset({"text", "srt", "vtt"})


class SpeechResponse(BinaryResponse):
    """Generated speech, streamed: ``read()``, ``iter_bytes()``, ``write_to_file(path)`` (atomic).

    ``content_type`` is ``audio/mpeg`` for mp3 and ``audio/pcm`` for pcm. Read it once.
    """

    def stream_to_file(self, path: str | os.PathLike[str]) -> Path:
        """OpenAI's name for :meth:`write_to_file`."""
        return self.write_to_file(path)


class Speech(generated.AudioSpeech):
    """``client.audio.speech``: text-to-speech."""

    @cached_property
    def with_raw_response(self) -> SpeechWithRawResponse:
        """``create`` returning a ``RawResponse`` (status, headers, request id) whose ``parse()`` gives the
        audio."""
        return SpeechWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> SpeechWithStreamingResponse:
        """OpenAI's streaming form: ``async with speech.with_streaming_response.create(...) as response:``.

        The response is released when the block ends.
        """
        return SpeechWithStreamingResponse(self)

    def create(
        self: SyncResource,
        model: str,
        input: str,
        *,
        voice: str | None = None,
        response_format: SpeechResponseFormat | None = None,
        speed: float | None = None,
        **extra: Any,
    ) -> SpeechAudio:
        """Turn text into speech and return the audio (``bytes``, with ``write_to_file(path)``).

        ``model`` e.g. ``hexgrad/Kokoro-82M`` or ``openai/tts-1``; ``input`` is the text (the maximum
        length depends on the model); ``voice`` depends on the model (``af_heart``, ``alloy``, ...).
        ``response_format`` ``mp3`` (the server's default, ``audio/mpeg``) or ``pcm``
        (``audio/pcm``); other formats are unverified. ``speed`` (1 is normal) where the model
        supports it. Other keywords (``language``, ``instructions``, ...) are forwarded unchanged,
        except the per-call options ``timeout``, ``max_retries``, ``extra_headers``,
        ``extra_query`` and ``extra_body``. The call's timeout is at least 120 s.

        Errors come back as JSON and raise with the server's message: ``BadRequestError`` (400,
        e.g. an unsupported format), ``InsufficientCreditsError`` (402),
        ``UnprocessableEntityError`` (422, e.g. input too long), ``RateLimitError`` (429).
        ``with_streaming_response.create(...)`` streams the audio instead of reading it whole, and
        :meth:`AsyncModels.text_to_speech` can stream it straight to a file.
        """
        streamed = open_speech(self, model, input, voice, response_format, speed, extra)
        audio = SpeechAudio(streamed.read())
        audio.content_type = streamed.content_type
        audio.request_id = streamed.request_id
        return audio


class SpeechWithRawResponse(generated.AudioSpeechWithRawResponse):
    def __init__(self, resource: Speech) -> None:
        super().__init__(resource)
        self.create = to_raw_response_wrapper(resource.create)


class SpeechWithStreamingResponse:
    """``audio.speech.with_streaming_response``: the audio as it arrives."""

    def __init__(self, speech: Speech) -> None:
        self._speech = speech

    def create(
        self,
        model: str,
        input: str,
        *,
        voice: str | None = None,
        response_format: SpeechResponseFormat | None = None,
        speed: float | None = None,
        **extra: Any,
    ) -> OpenedResponse[SpeechResponse]:
        """:meth:`AsyncSpeech.create`, as a context manager that releases the response at the end."""
        return OpenedResponse(
            lambda: open_speech(self._speech, model, input, voice, response_format, speed, extra)
        )


def open_speech(  # noqa: PLR0917 (one private call site per public method, same order)
    resource: SyncResource,
    model: str,
    input: str,
    voice: str | None,
    response_format: str | None,
    speed: float | None,
    extra: dict[str, Any],
) -> SpeechResponse:
    """Send the speech request and return the audio still streaming."""
    options, model_fields = split_options(extra)
    fields = {
        **model_fields,
        "model": model,
        "input": input,
        "voice": voice,
        "response_format": response_format,
        "speed": speed,
    }
    return resource._engine.request_binary(
        create_speech,
        make_response=SpeechResponse,
        options=request_options(options),
        **generated.create_speech_arguments(fields),
    )


def _transcription_parser(as_text: bool) -> ParsedWith[Transcription | str]:
    """The parser for the answer: by its ``Content-Type`` and the format asked for (``text``,
    ``srt`` and ``vtt`` answer plain text, which a JSON-only parser would refuse)."""

    def parse(response: httpx.Response) -> Transcription | str:
        is_json = "json" in response.headers.get("content-type", "").lower()
        if not is_json:
            return response.text if as_text else Transcription(text=response.text)
        transcription = create_transcription.parse_response(response)
        return transcription.text if as_text else transcription

    return parsed_with(create_transcription, parse)


_JSON_PARSER = _transcription_parser(as_text=False)
_TEXT_PARSER = _transcription_parser(as_text=True)


class Transcriptions(generated.AudioTranscriptions):
    """``client.audio.transcriptions``: speech-to-text."""

    @cached_property
    def with_raw_response(self) -> TranscriptionsWithRawResponse:
        """``create`` returning a ``RawResponse`` (status, headers, request id) whose ``parse()`` gives the
        transcription."""
        return TranscriptionsWithRawResponse(self)

    @overload
    def create(
        self: SyncResource,
        model: str,
        file: AudioInput,
        *,
        language: str | None = None,
        response_format: Literal["json"] | None = None,
        prompt: str | None = None,
        temperature: float | None = None,
        filename: str | None = None,
        **extra: Any,
    ) -> Transcription: ...
    @overload
    def create(
        self: SyncResource,
        model: str,
        file: AudioInput,
        *,
        language: str | None = None,
        response_format: Literal["text", "srt", "vtt"],
        prompt: str | None = None,
        temperature: float | None = None,
        filename: str | None = None,
        **extra: Any,
    ) -> str: ...
    @overload
    def create(
        self: SyncResource,
        model: str,
        file: AudioInput,
        *,
        language: str | None = None,
        response_format: TranscriptionResponseFormat | None = None,
        prompt: str | None = None,
        temperature: float | None = None,
        filename: str | None = None,
        **extra: Any,
    ) -> Transcription | str: ...
    def create(
        self: SyncResource,
        model: str,
        file: AudioInput,
        *,
        language: str | None = None,
        response_format: TranscriptionResponseFormat | None = None,
        prompt: str | None = None,
        temperature: float | None = None,
        filename: str | None = None,
        **extra: Any,
    ) -> Transcription | str:
        """Transcribe an audio file (mp3, wav, m4a, flac, ogg, webm or mp4), sent as multipart/form-data.

        ``client.audio.transcriptions.create`` and ``client.models.transcribe`` are this one method.

        ``file`` is a ``pathlib.Path``, the bytes, a binary file object, or OpenAI's ``(filename,
        content[, content_type])``; a ``str`` is refused (never read as a file name). The server
        recognises the format by the part's filename: ``filename`` if given, else the path's or file
        object's name, else ``audio.wav``. ``model`` e.g. ``openai/whisper-large-v3``; ``language``
        an ISO-639-1 hint; ``prompt`` guides style or vocabulary; ``temperature`` sampling. Other
        keywords are sent as form fields (as strings), except the per-call options ``timeout``,
        ``max_retries``, ``extra_headers``, ``extra_query`` and ``extra_body``.

        ``response_format`` ``json`` (the default) returns a ``Transcription`` (``text``,
        ``duration``, ``language``, ``segments``); ``text``, ``srt`` and ``vtt`` return the text as a
        ``str``. The parser follows the answer's ``Content-Type``. A seekable file (path, bytes,
        ordinary file) is re-sent on a retry; a pipe is sent once. The call's timeout is at least
        120 s. Errors: ``BadRequestError`` (400), ``InsufficientCreditsError`` (402),
        ``UnprocessableEntityError`` (422), ``RateLimitError`` (429), with the server's message;
        ``ValueError`` / ``FileNotFoundError`` before any request for unusable input.
        """
        options, model_fields = split_options(extra)
        fields = {
            "model": model,
            "file": file,
            "language": language,
            "response_format": response_format,
            "prompt": prompt,
            "temperature": temperature,
        }
        body = generated.create_transcription_arguments({**model_fields, **fields})["body"]
        as_text = body.get("response_format") in _TEXT_FORMATS
        if as_text:
            options["extra_headers"] = {"Accept": "text/plain, */*;q=0.5", **options.get("extra_headers", {})}
        upload = self._engine.offload(audio_upload, file, filename)
        try:
            request = TranscriptionRequest.from_dict({**body, "file": b""})
            request.file = File(
                payload=upload.content, file_name=upload.filename, mime_type=upload.content_type
            )
            return self._engine.request(
                _TEXT_PARSER if as_text else _JSON_PARSER, body=request, options=request_options(options)
            )
        finally:
            upload.close()


class TranscriptionsWithRawResponse(generated.AudioTranscriptionsWithRawResponse):
    def __init__(self, resource: Transcriptions) -> None:
        super().__init__(resource)
        self.create = to_raw_response_wrapper(resource.create)


class Audio(generated.Audio):
    """``client.audio``: ``speech`` (text-to-speech) and ``transcriptions`` (speech-to-text)."""

    @cached_property
    def speech(self) -> Speech:
        """``client.audio.speech.create(...)``."""
        return Speech._bound(self._engine)

    @cached_property
    def transcriptions(self) -> Transcriptions:
        """``client.audio.transcriptions.create(...)``."""
        return Transcriptions._bound(self._engine)
