"""client.audio.speech / client.audio.transcriptions and their client.models names, with both clients."""

from __future__ import annotations

import hashlib
import io
import re
from pathlib import Path
from typing import Any

import httpx
import pytest

from runcrate import BadRequestError, RawResponse, UnprocessableEntityError
from runcrate.testing import FakeRuncrate
from tests.resources.conftest import call, collect

TTS = "hexgrad/Kokoro-82M"
WHISPER = "openai/whisper-large-v3"
AUDIO = bytes(range(256)) * 100
MP3_SYNC = b"\xff"


def transcript_of(data: bytes) -> str:
    """What the fake transcribes any upload to: its size and the start of its SHA-256."""
    return f"Transcribed {len(data)} bytes of audio: {hashlib.sha256(data).hexdigest()[:16]}"


def file_part_header(fake: FakeRuncrate) -> bytes:
    body = next(r.body for r in fake.requests if r.path == "/v1/audio/transcriptions")
    return next(line for line in body.split(b"\r\n") if b'name="file"' in line)


async def test_speech_create_streams_the_audio(client: Any, fake: FakeRuncrate, tmp_path: Path) -> None:
    speech = await call(
        client.audio.speech.create(model=TTS, input="Hello from the fake server.", voice="af_heart")
    )
    assert speech.content_type == "audio/mpeg"
    assert speech.request_id.startswith("req_") and speech._request_id == speech.request_id
    audio = await call(speech.read())
    assert audio[:1] == MP3_SYNC and len(audio) > 100
    assert fake.requests[0].json() == {
        "model": TTS,
        "input": "Hello from the fake server.",
        "voice": "af_heart",
    }
    again = await call(client.audio.speech.create(TTS, "Hello from the fake server.", voice="af_heart"))
    assert b"".join(await collect(again.iter_bytes())) == audio
    saved = await call(
        (
            await call(client.audio.speech.create(TTS, "Hello from the fake server.", voice="af_heart"))
        ).stream_to_file(tmp_path / "hello.mp3")
    )
    assert saved.read_bytes() == audio


async def test_speech_with_streaming_response_like_openai(client: Any, tmp_path: Path) -> None:
    manager = client.audio.speech.with_streaming_response.create(model=TTS, input="streamed", speed=1.2)
    if hasattr(manager, "__aenter__"):
        async with manager as response:
            await response.stream_to_file(tmp_path / "s.mp3")
    else:
        with manager as response:
            response.stream_to_file(tmp_path / "s.mp3")
    assert response.response.is_closed
    assert (tmp_path / "s.mp3").read_bytes()[:1] == MP3_SYNC


async def test_text_to_speech_returns_bytes_or_saves(client: Any, fake: FakeRuncrate, tmp_path: Path) -> None:
    pcm = await call(client.models.text_to_speech(TTS, "tone", response_format="pcm", language="en"))
    assert len(pcm) % 2 == 0 and pcm[:1] != MP3_SYNC
    assert fake.requests[0].json() == {
        "model": TTS,
        "input": "tone",
        "response_format": "pcm",
        "language": "en",
    }
    path = await call(client.models.text_to_speech(TTS, "tone", response_format="pcm", to=tmp_path / "t.pcm"))
    assert path == tmp_path / "t.pcm" and path.read_bytes() == pcm
    assert [p.name for p in tmp_path.iterdir()] == ["t.pcm"]


async def test_speech_errors_carry_the_servers_message(
    client: Any, fake: FakeRuncrate, tmp_path: Path
) -> None:
    with pytest.raises(UnprocessableEntityError) as bad:  # an open value this model cannot produce
        await call(client.models.text_to_speech(TTS, "x", response_format="wav", to=tmp_path / "x.wav"))
    assert bad.value.message == "Unsupported response_format 'wav': expected one of 'mp3', 'pcm'."
    assert list(tmp_path.iterdir()) == []
    fake.set_validation(requests=False)  # the spec itself documents the limit
    with pytest.raises(UnprocessableEntityError, match="longer than 4096"):
        await call(client.audio.speech.create(TTS, "x" * 5000))


async def test_transcribe_bytes_as_json(client: Any, fake: FakeRuncrate) -> None:
    result = await call(
        client.models.transcribe(WHISPER, AUDIO, language="de", prompt="names", temperature=0.2)
    )
    assert result.text == transcript_of(AUDIO)
    assert result.language == "de" and result.duration == round(len(AUDIO) / 16000, 3)
    assert result.segments[0].text == result.text
    assert result["text"] == result.text
    assert b'filename="audio.wav"' in file_part_header(fake)
    request = fake.requests[0]
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    for name, value in (b"model", WHISPER.encode()), (b"language", b"de"), (b"prompt", b"names"):
        assert re.search(
            b'name="' + name + b'"\r\n(?:[^\r]+\r\n)*\r\n' + re.escape(value) + b"\r\n", request.body
        )


async def test_transcribe_paths_files_and_tuples(client: Any, fake: FakeRuncrate, tmp_path: Path) -> None:
    (tmp_path / "meeting.mp3").write_bytes(AUDIO)
    by_path = await call(client.audio.transcriptions.create(file=tmp_path / "meeting.mp3", model=WHISPER))
    assert by_path.text == transcript_of(AUDIO)
    assert b'filename="meeting.mp3"' in file_part_header(fake)
    fake.reset()
    with (tmp_path / "meeting.mp3").open("rb") as handle:
        by_handle = await call(
            client.audio.transcriptions.create(file=handle, model=WHISPER, filename="m.ogg")
        )
        assert not handle.closed  # the caller's file stays the caller's
    assert by_handle.text == transcript_of(AUDIO)
    assert b'filename="m.ogg"' in file_part_header(fake)
    fake.reset()
    by_tuple = await call(
        client.audio.transcriptions.create(file=("note.flac", AUDIO[:1000], "audio/flac"), model=WHISPER)
    )
    assert by_tuple.text == transcript_of(AUDIO[:1000])
    assert b'filename="note.flac"' in file_part_header(fake)


@pytest.mark.parametrize(
    ("response_format", "expected_start"),
    [("text", "Transcribed"), ("srt", "1\n00:00:00,000 --> "), ("vtt", "WEBVTT")],
)
async def test_text_formats_return_strings(client: Any, response_format: str, expected_start: str) -> None:
    result = await call(
        client.audio.transcriptions.create(file=AUDIO, model=WHISPER, response_format=response_format)
    )
    assert isinstance(result, str)
    assert result.startswith(expected_start)
    assert transcript_of(AUDIO) in result


async def test_a_seekable_upload_is_sent_again_on_a_retry(
    client: Any, fake: FakeRuncrate, tmp_path: Path
) -> None:
    fake.faults.add("POST", "/v1/audio/transcriptions", statuses=[503])
    (tmp_path / "a.wav").write_bytes(AUDIO)
    result = await call(client.models.transcribe(WHISPER, tmp_path / "a.wav"))
    assert result.text == transcript_of(AUDIO)
    assert fake.attempts("POST", "/v1/audio/transcriptions") == 2
    fake.faults.add("POST", "/v1/audio/transcriptions", statuses=[503])
    result = await call(client.models.transcribe(WHISPER, io.BytesIO(AUDIO)))
    assert result.text == transcript_of(AUDIO)


@pytest.mark.parametrize(
    ("arguments", "error", "message"),
    [
        ({"file": Path("/no/such/audio.wav")}, FileNotFoundError, "no audio file"),
        ({"file": io.StringIO("text")}, ValueError, "binary mode"),
        ({"file": 42}, ValueError, "file must be a pathlib.Path"),
        ({"file": ("only-a-name",)}, ValueError, "file as a tuple"),
        ({"file": AUDIO, "response_format": "verbose_json"}, ValueError, "response_format must be one of"),
    ],
)
async def test_unusable_input_fails_before_sending(
    client: Any, fake: FakeRuncrate, arguments: dict[str, Any], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        await call(client.audio.transcriptions.create(model=WHISPER, **arguments))
    assert len(fake.requests) == 0


@pytest.mark.parametrize(
    "file",
    ["audio.wav", "/etc/passwd", "", ".", "https://example.com/a.wav", ("a.wav", "audio.wav")],
)
async def test_a_string_is_never_read_as_a_file(
    client: Any, fake: FakeRuncrate, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, file: Any
) -> None:
    (tmp_path / "audio.wav").write_bytes(AUDIO)  # an existing file of that name is not read either
    monkeypatch.chdir(tmp_path)
    for transcribe in (client.audio.transcriptions.create, client.models.transcribe):
        with pytest.raises(ValueError, match=r"file must not be a string.*pathlib\.Path"):
            await call(transcribe(model=WHISPER, file=file))
    assert fake.requests == []


async def test_a_streamed_body_read_after_its_block_ended_is_a_clear_error(client: Any) -> None:
    opened = client.audio.speech.with_streaming_response.create(model="hexgrad/Kokoro-82M", input="hi")
    if hasattr(opened, "__aenter__"):
        async with opened as response:
            pass
    else:
        with opened as response:
            pass
    for read in (response.read, lambda: collect(response.iter_bytes())):
        with pytest.raises(RuntimeError, match="already read or released") as caught:
            await call(read())
        assert not isinstance(caught.value, httpx.HTTPError | httpx.StreamError)


async def test_an_empty_model_is_refused_before_sending(client: Any, fake: FakeRuncrate) -> None:
    with pytest.raises(ValueError, match="model must be a non-empty string, got ''"):
        await call(client.models.transcribe("", AUDIO))
    assert fake.requests == []


async def test_transcription_errors_carry_the_servers_message(client: Any, fake: FakeRuncrate) -> None:
    fake.faults.add(
        "POST", "/v1/audio/transcriptions", statuses=[(400, {}, {"error": {"message": "bad audio"}})]
    )
    with pytest.raises(BadRequestError) as bad:
        await call(client.models.transcribe(WHISPER, AUDIO))
    assert bad.value.message == "bad audio"


async def test_with_raw_response(client: Any) -> None:
    raw = await call(client.audio.transcriptions.with_raw_response.create(file=AUDIO, model=WHISPER))
    assert isinstance(raw, RawResponse) and raw.status_code == 200
    assert raw.parse().text == transcript_of(AUDIO)
    raw_text = await call(
        client.audio.with_raw_response.transcriptions.create(WHISPER, AUDIO, response_format="text")
    )
    assert raw_text.headers["content-type"].startswith("text/plain")
    assert raw_text.parse() == transcript_of(AUDIO)
    raw_speech = await call(client.audio.speech.with_raw_response.create(TTS, "hi"))
    assert (await call(raw_speech.parse().read()))[:1] == MP3_SYNC
