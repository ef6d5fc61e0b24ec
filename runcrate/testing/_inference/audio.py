"""The fake audio models: text-to-speech as real audio bytes, and transcription of an upload.

Speech lasts one second per 15 characters of input: ``mp3`` (the default) is silent MPEG-1
Layer III frames (``audio/mpeg``), ``pcm`` a 400 Hz tone as 16-bit little-endian 24 kHz mono
samples (``audio/pcm``). The format is an open value in the API (models may offer more); the fake's
model offers these two and refuses any other with 422 ``validation_error``. Transcription does
not listen: its text is
"Transcribed N bytes of audio: <first 16 hex digits of the file's SHA-256>", so a test can
check that the upload arrived intact, and its duration assumes 16,000 bytes per second.
"""

from __future__ import annotations

import hashlib
from collections.abc import Awaitable, Callable
from typing import Any

from runcrate.testing._inference import media
from runcrate.testing._inference.requests import choice, optional_str, out_of_range, required_str

MAX_SPEECH_INPUT_CHARS = 4096
SPEECH_FORMATS = {"mp3": "audio/mpeg", "pcm": "audio/pcm"}
TRANSCRIPTION_FORMATS = ("json", "text", "srt", "vtt")
TRANSCRIPTION_BYTES_PER_SECOND = 16_000
READ_CHUNK_BYTES = 64 * 1024


def speech(body: dict[str, Any]) -> tuple[bytes, str]:
    """The spoken ``input`` and its media type, after checking every known field."""
    required_str(body, "model")
    text = required_str(body, "input")
    optional_str(body, "voice")
    if len(text) > MAX_SPEECH_INPUT_CHARS:
        raise out_of_range("input", f"'input' is longer than {MAX_SPEECH_INPUT_CHARS} characters.")
    fmt = choice(optional_str(body, "response_format"), "response_format", tuple(SPEECH_FORMATS), "mp3")
    seconds = media.speech_seconds(text)
    audio = media.silent_mp3(seconds) if fmt == "mp3" else media.pcm_tone(seconds)
    return audio, SPEECH_FORMATS[fmt]


def transcription_format(fields: dict[str, str]) -> str:
    """The requested ``response_format`` (``json`` by default), after checking the text parts."""
    required_str(fields, "model")
    return choice(fields.get("response_format"), "response_format", TRANSCRIPTION_FORMATS, "json")


async def transcribe(
    read: Callable[[int], Awaitable[bytes]], fmt: str, language: str | None
) -> dict[str, Any] | str:
    """What the fake model heard in the file ``read`` returns piece by piece: a ``Transcription``
    object for ``json``, text otherwise."""
    size, digest = await _measure(read)
    duration = round(size / TRANSCRIPTION_BYTES_PER_SECOND, 3)
    text = f"Transcribed {size} bytes of audio: {digest[:16]}"
    if fmt == "json":
        segment = {"id": 0, "start": 0.0, "end": duration, "text": text}
        return {"text": text, "language": language or "en", "duration": duration, "segments": [segment]}
    if fmt == "text":
        return text
    return subtitles(fmt, [(0.0, duration, text)])


async def _measure(read: Callable[[int], Awaitable[bytes]]) -> tuple[int, str]:
    """The file's length and SHA-256, read in pieces so a large file is never held whole."""
    sha = hashlib.sha256()
    size = 0
    while piece := await read(READ_CHUNK_BYTES):
        sha.update(piece)
        size += len(piece)
    return size, sha.hexdigest()


def subtitles(fmt: str, cues: list[tuple[float, float, str]]) -> str:
    """SubRip (``srt``: numbered cues, ``HH:MM:SS,mmm``) or WebVTT (``vtt``: header, ``HH:MM:SS.mmm``)."""
    if fmt == "srt":
        blocks = [f"{i}\n{_stamp(a, ',')} --> {_stamp(b, ',')}\n{t}\n" for i, (a, b, t) in enumerate(cues, 1)]
        return "\n".join(blocks)
    blocks = [f"{_stamp(a, '.')} --> {_stamp(b, '.')}\n{t}\n" for a, b, t in cues]
    return "\n".join(["WEBVTT\n", *blocks])


def _stamp(seconds: float, separator: str) -> str:
    millis = round(seconds * 1000)
    hours, millis = divmod(millis, 3_600_000)
    minutes, millis = divmod(millis, 60_000)
    secs, millis = divmod(millis, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}{separator}{millis:03d}"
