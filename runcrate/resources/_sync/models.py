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
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast, overload

from runcrate._inference_calls import is_raw
from runcrate.resources._sync._base import APIResource
from runcrate.resources._sync.audio import Transcriptions, _open_speech
from runcrate.resources._sync.chat import ChatCompletions
from runcrate.resources._sync.images import Images
from runcrate.resources._sync.videos import Videos

if TYPE_CHECKING:
    from runcrate._generated.params import SpeechResponseFormat

__all__ = ["Models"]


class Models(APIResource):
    """Chat, images, video jobs, text-to-speech and transcription (OpenAI-compatible inference)."""

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
        renamed into place) and never held in memory. Errors come back as JSON and raise with the
        server's message (``BadRequestError``, ``UnprocessableEntityError``, ...). Through
        ``with_raw_response``, ``parse()`` gives the streamed binary response.
        """
        speech = _open_speech(self, model, input, voice, response_format, speed, extra)
        if is_raw(speech):
            return cast(bytes, speech)
        if to is None:
            return speech.read()
        return speech.write_to_file(to)
