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

from runcrate._engine._async import AsyncResource
from runcrate._files import check_target_file
from runcrate._response import async_to_raw_response_wrapper
from runcrate.resources._async.audio import AsyncSpeech, AsyncTranscriptions, open_speech
from runcrate.resources._async.chat import AsyncChatCompletions
from runcrate.resources._async.images import AsyncImages
from runcrate.resources._async.videos import AsyncVideos

if TYPE_CHECKING:
    from runcrate._generated.params import SpeechResponseFormat

__all__ = ["AsyncModels", "AsyncModelsWithRawResponse", "AsyncModelsWithStreamingResponse"]


class AsyncModels(AsyncResource):
    """Chat, images, video jobs, text-to-speech and transcription (OpenAI-compatible inference)."""

    @cached_property
    def with_raw_response(self) -> AsyncModelsWithRawResponse:
        """The methods that make one HTTP call, each returning a ``RawResponse`` (status, headers, request
        id) whose ``parse()`` gives what the method returns."""
        return AsyncModelsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncModelsWithStreamingResponse:
        """``text_to_speech`` and ``download_video`` with the body streamed (``async with ... as r:``)."""
        return AsyncModelsWithStreamingResponse(self)

    chat_completion = AsyncChatCompletions.create
    generate_image = AsyncImages.generate
    generate_video = AsyncVideos.generate
    get_video_status = AsyncVideos.get_status
    download_video = AsyncVideos.download
    generate_video_and_save = AsyncVideos.generate_and_save
    transcribe = AsyncTranscriptions.create

    @overload
    async def text_to_speech(
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
    async def text_to_speech(
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
    async def text_to_speech(
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
        speech = await open_speech(self, model, input, voice, response_format, speed, extra)
        if target is None:
            return await speech.read()
        return await speech.write_to_file(target)


class AsyncModelsWithRawResponse:
    """``models.with_raw_response``: each method returns a ``RawResponse`` whose ``parse()`` gives the
    method's own result."""

    def __init__(self, resource: AsyncModels) -> None:
        self.chat_completion = async_to_raw_response_wrapper(resource.chat_completion)
        self.generate_image = async_to_raw_response_wrapper(resource.generate_image)
        self.generate_video = async_to_raw_response_wrapper(resource.generate_video)
        self.get_video_status = async_to_raw_response_wrapper(resource.get_video_status)
        self.download_video = async_to_raw_response_wrapper(resource.download_video)
        self.transcribe = async_to_raw_response_wrapper(resource.transcribe)
        self.text_to_speech = async_to_raw_response_wrapper(resource.text_to_speech)


class AsyncModelsWithStreamingResponse:
    """``models.with_streaming_response``: speech and finished videos as they arrive."""

    def __init__(self, models: AsyncModels) -> None:
        self.text_to_speech = AsyncSpeech._bound(models._engine).with_streaming_response.create
        """:meth:`AsyncModels.text_to_speech`, as a context manager that releases the response at the end."""
        self.download_video = AsyncVideos._bound(models._engine).with_streaming_response.download
        """The finished video (MP4), streamed: ``async with ... as response:``."""
