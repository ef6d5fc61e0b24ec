# Generated from runcrate/resources/_async by unasync (generator/sync_twins.py). Do not edit: change the async resource and run `make generate`.
"""``client.models``: model inference under the official SDK's names.

Each is the same method as its OpenAI-style alias (``chat_completion`` is
``chat.completions.create``, ``generate_image`` is ``images.generate``, ``generate_video`` is
``videos.generate``, ``transcribe`` is ``audio.transcriptions.create``, ...), except
``text_to_speech``, which returns the audio's bytes (or saves them) where ``audio.speech.create``
returns the streamed response.
"""

from __future__ import annotations

import os
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, overload

from runcrate._engine._sync import SyncResource
from runcrate._files import check_target_file
from runcrate._response import to_raw_response_wrapper
from runcrate.resources._sync.audio import Speech, Transcriptions, open_speech
from runcrate.resources._sync.chat import ChatCompletions
from runcrate.resources._sync.images import Images
from runcrate.resources._sync.videos import Videos

if TYPE_CHECKING:
    from runcrate._generated.params import SpeechResponseFormat

__all__ = ["Models", "ModelsWithRawResponse", "ModelsWithStreamingResponse"]


class Models(SyncResource):
    """Chat, images, video jobs, text-to-speech and transcription (OpenAI-compatible inference)."""

    @cached_property
    def with_raw_response(self) -> ModelsWithRawResponse:
        """The methods that make one HTTP call, each returning a ``RawResponse`` (status, headers, request
        id) whose ``parse()`` gives what the method returns."""
        return ModelsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ModelsWithStreamingResponse:
        """``text_to_speech`` and ``download_video`` with the body streamed (``async with ... as r:``)."""
        return ModelsWithStreamingResponse(self)

    chat_completion = ChatCompletions.create
    generate_image = Images.generate
    generate_video = Videos.generate
    get_video_status = Videos.get_status
    download_video = Videos.download
    generate_video_and_save = Videos.generate_and_save
    transcribe = Transcriptions.create

    @overload
    def text_to_speech(
        self,
        model: str,
        input: str,
        *,
        voice: str | None = None,
        response_format: SpeechResponseFormat | None = None,
        speed: float | None = None,
        to: None = None,
        **extra: Any,
    ) -> bytes: ...
    @overload
    def text_to_speech(
        self,
        model: str,
        input: str,
        *,
        voice: str | None = None,
        response_format: SpeechResponseFormat | None = None,
        speed: float | None = None,
        to: str | os.PathLike[str],
        **extra: Any,
    ) -> Path: ...
    def text_to_speech(
        self,
        model: str,
        input: str,
        *,
        voice: str | None = None,
        response_format: SpeechResponseFormat | None = None,
        speed: float | None = None,
        to: str | os.PathLike[str] | None = None,
        **extra: Any,
    ) -> bytes | Path:
        """Turn text into speech: the audio's bytes, or, with ``to``, the file it was streamed into.

        The arguments are those of ``client.audio.speech.create``: ``voice``, ``response_format``
        (``mp3``, the default, or ``pcm``), ``speed``, and model-specific keywords forwarded
        unchanged. With ``to`` the audio is streamed to that path atomically (a temporary file
        renamed into place) and never held in memory; a ``to`` that is a directory, or whose
        directory does not exist, is refused before the speech is made. Errors come back as JSON
        and raise with the server's message (``BadRequestError``, ``UnprocessableEntityError``, ...).
        ``with_streaming_response.text_to_speech(...)`` gives the audio as it arrives.
        """
        target = None if to is None else check_target_file("to", to)
        speech = open_speech(self, model, input, voice, response_format, speed, extra)
        if target is None:
            return speech.read()
        return speech.write_to_file(target)


class ModelsWithRawResponse:
    """``models.with_raw_response``: each method returns a ``RawResponse`` whose ``parse()`` gives the
    method's own result."""

    def __init__(self, resource: Models) -> None:
        self.chat_completion = to_raw_response_wrapper(resource.chat_completion)
        self.generate_image = to_raw_response_wrapper(resource.generate_image)
        self.generate_video = to_raw_response_wrapper(resource.generate_video)
        self.get_video_status = to_raw_response_wrapper(resource.get_video_status)
        self.download_video = to_raw_response_wrapper(resource.download_video)
        self.transcribe = to_raw_response_wrapper(resource.transcribe)
        self.text_to_speech = to_raw_response_wrapper(resource.text_to_speech)


class ModelsWithStreamingResponse:
    """``models.with_streaming_response``: speech and finished videos as they arrive."""

    def __init__(self, models: Models) -> None:
        self.text_to_speech = Speech._bound(models._engine).with_streaming_response.create
        """:meth:`AsyncModels.text_to_speech`, as a context manager that releases the response at the end."""
        self.download_video = Videos._bound(models._engine).with_streaming_response.download
        """The finished video (MP4), streamed: ``async with ... as response:``."""
