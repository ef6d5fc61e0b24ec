"""``/v1/audio``: text-to-speech as real audio bytes, and multipart transcription.

Speech lasts one second per 15 characters of input: ``mp3`` (the default) is silent MPEG-1
Layer III frames (``audio/mpeg``), ``pcm`` a 400 Hz tone as 16-bit little-endian 24 kHz mono
samples (``audio/pcm``); any other format is a 400. Transcription does not listen: its text is
"Transcribed N bytes of audio: <first 16 hex digits of the file's SHA-256>", so a test can
check that the upload arrived intact, and its duration assumes 16,000 bytes per second.
"""

from __future__ import annotations

import hashlib
from typing import Any

from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import BaseRoute, Route

from . import _media
from ._http import ApiProblem
from ._inference_io import bad_param, choice, json_object, optional_str, out_of_range, required_str

MAX_SPEECH_INPUT_CHARS = 4096
SPEECH_FORMATS = {"mp3": "audio/mpeg", "pcm": "audio/pcm"}
TRANSCRIPTION_FORMATS = ("json", "text", "srt", "vtt")
TRANSCRIPTION_BYTES_PER_SECOND = 16_000
READ_CHUNK_BYTES = 64 * 1024


def routes() -> list[BaseRoute]:
    """The audio routes; they keep no state."""
    return [
        Route("/audio/speech", create_speech, methods=["POST"]),
        Route("/audio/transcriptions", create_transcription, methods=["POST"]),
    ]


async def create_speech(request: Request) -> Response:
    body = await json_object(request)
    required_str(body, "model")
    text = required_str(body, "input")
    optional_str(body, "voice")
    if len(text) > MAX_SPEECH_INPUT_CHARS:
        raise out_of_range("input", f"'input' is longer than {MAX_SPEECH_INPUT_CHARS} characters.")
    fmt = choice(optional_str(body, "response_format"), "response_format", tuple(SPEECH_FORMATS), "mp3")
    seconds = _media.speech_seconds(text)
    audio = _media.silent_mp3(seconds) if fmt == "mp3" else _media.pcm_tone(seconds)
    return Response(audio, media_type=SPEECH_FORMATS[fmt])


async def create_transcription(request: Request) -> Response:
    if not request.headers.get("content-type", "").startswith("multipart/form-data"):
        raise ApiProblem(400, "bad_request", "Send the audio as multipart/form-data with a 'file' part.")
    try:
        form = await request.form()
    except HTTPException as exc:  # Starlette's answer to a malformed multipart body
        raise ApiProblem(400, "bad_request", f"Malformed multipart body: {exc.detail}") from None
    try:
        upload = form.get("file")
        if not isinstance(upload, UploadFile):
            raise bad_param("file", "Missing required file part 'file'.")
        fields = {k: v for k, v in form.multi_items() if isinstance(v, str)}
        required_str(fields, "model")
        fmt = choice(fields.get("response_format"), "response_format", TRANSCRIPTION_FORMATS, "json")
        size, digest = await _measure(upload)
    finally:
        await form.close()  # removes the spooled temporary file of a large upload
    duration = round(size / TRANSCRIPTION_BYTES_PER_SECOND, 3)
    text = f"Transcribed {size} bytes of audio: {digest[:16]}"
    if fmt == "json":
        segment = {"id": 0, "start": 0.0, "end": duration, "text": text}
        result: dict[str, Any] = {
            "text": text,
            "language": fields.get("language") or "en",
            "duration": duration,
            "segments": [segment],
        }
        return JSONResponse(result)
    if fmt == "text":
        return PlainTextResponse(text)
    return PlainTextResponse(subtitles(fmt, [(0.0, duration, text)]))


async def _measure(upload: UploadFile) -> tuple[int, str]:
    """The upload's length and SHA-256, read in pieces so a large file is never held whole."""
    sha = hashlib.sha256()
    size = 0
    while piece := await upload.read(READ_CHUNK_BYTES):
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
