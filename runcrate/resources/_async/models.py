"""``client.models``: model inference under the official SDK's names.

Each is the same method as its OpenAI-style alias (``chat_completion`` is
``chat.completions.create``, ``generate_image`` is ``images.generate``, ``generate_video`` is
``videos.generate``, ``transcribe`` is ``audio.transcriptions.create``, ...), except
``text_to_speech``, which returns the audio's bytes (or saves them) where ``audio.speech.create``
returns the streamed response.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast, overload

from runcrate._inference_calls import is_raw
from runcrate.resources._async._base import AsyncAPIResource
from runcrate.resources._async.audio import AsyncTranscriptions, _open_speech
from runcrate.resources._async.chat import AsyncChatCompletions
from runcrate.resources._async.images import AsyncImages
from runcrate.resources._async.videos import AsyncVideos

if TYPE_CHECKING:
    from runcrate._generated.params import SpeechResponseFormat

__all__ = ["AsyncModels"]


class AsyncModels(AsyncAPIResource):
    """Chat, images, video jobs, text-to-speech and transcription (OpenAI-compatible inference)."""

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
        renamed into place) and never held in memory. Errors come back as JSON and raise with the
        server's message (``BadRequestError``, ``UnprocessableEntityError``, ...). Through
        ``with_raw_response``, ``parse()`` gives the streamed binary response.
        """
        speech = await _open_speech(self, model, input, voice, response_format, speed, extra)
        if is_raw(speech):
            return cast(bytes, speech)
        if to is None:
            return await speech.read()
        return await speech.write_to_file(to)
