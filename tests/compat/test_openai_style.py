"""The OpenAI SDK's quick-start code for chat, images and audio, run unmodified on a Runcrate client.

Each snippet below is the code of OpenAI's README or guides as published; only the line that builds
``client`` differs. Every snippet runs once with our client and once with the official ``openai``
client on the same fake server, and both must print the same thing.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import openai
import pytest

from runcrate import AsyncRuncrate, Runcrate
from runcrate.testing import FakeRuncrate

AUDIO = bytes(range(256)) * 64


# -- the quick starts, as published (the client is the only thing passed in) ----------------------


def chat_quickstart(client: Any) -> None:
    completion = client.chat.completions.create(
        model="gpt-5.5",
        messages=[
            {"role": "developer", "content": "Talk like a pirate."},
            {
                "role": "user",
                "content": "How do I check if a Python object is an instance of a class?",
            },
        ],
    )

    print(completion.choices[0].message.content)


def streaming_quickstart(client: Any) -> None:
    stream = client.chat.completions.create(
        messages=[{"role": "user", "content": "Say this is a test"}],
        model="gpt-4o",
        stream=True,
    )
    for chunk in stream:
        print(chunk.choices[0].delta.content or "", end="")


def streaming_none_check_quickstart(client: Any) -> None:
    stream = client.chat.completions.create(
        model="gpt-4",
        messages=[{"role": "user", "content": "Say this is a test"}],
        stream=True,
    )
    for chunk in stream:
        if chunk.choices[0].delta.content is not None:
            print(chunk.choices[0].delta.content, end="")


def image_quickstart(client: Any) -> None:
    response = client.images.generate(
        model="dall-e-3",
        prompt="a white siamese cat",
        size="1024x1024",
        quality="standard",
        n=1,
    )

    print(response.data[0].url)


def speech_quickstart(client: Any, speech_file_path: Path) -> None:
    with client.audio.speech.with_streaming_response.create(
        model="gpt-4o-mini-tts",
        voice="coral",
        input="Today is a wonderful day to build something people love!",
        instructions="Speak in a cheerful and positive tone.",
    ) as response:
        response.stream_to_file(speech_file_path)


def transcription_quickstart(client: Any, path: Path) -> None:
    audio_file = open(path, "rb")  # noqa: SIM115 (as published)

    transcription = client.audio.transcriptions.create(model="gpt-4o-transcribe", file=audio_file)

    print(transcription.text)


def transcription_text_quickstart(client: Any, path: Path) -> None:
    audio_file = open(path, "rb")  # noqa: SIM115 (as published)

    transcription = client.audio.transcriptions.create(
        model="gpt-4o-transcribe", file=audio_file, response_format="text"
    )

    print(transcription)


async def async_quickstart(client: Any) -> None:
    chat_completion = await client.chat.completions.create(
        messages=[
            {
                "role": "user",
                "content": "Say this is a test",
            }
        ],
        model="gpt-5.5",
    )
    print(chat_completion.choices[0].message.content)
    stream = await client.chat.completions.create(
        model="gpt-5.5",
        messages=[{"role": "user", "content": "Say this is a test"}],
        stream=True,
    )
    async for chunk in stream:
        print(chunk.choices[0].delta.content or "", end="")


# -- running them --------------------------------------------------------------------------------


@pytest.fixture
def clients(fake: FakeRuncrate) -> Iterator[dict[str, Any]]:
    with (
        Runcrate(api_key=fake.api_key, base_url=fake.url, inference_url=fake.url) as ours,
        openai.OpenAI(api_key=fake.api_key, base_url=fake.url + "/v1") as theirs,
    ):
        yield {"runcrate": ours, "openai": theirs}


def printed(capsys: pytest.CaptureFixture[str], snippet: Callable[[], object]) -> str:
    snippet()
    return capsys.readouterr().out


def test_chat(clients: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    ours = printed(capsys, lambda: chat_quickstart(clients["runcrate"]))
    assert "How do I check if a Python object" in ours
    assert ours == printed(capsys, lambda: chat_quickstart(clients["openai"]))


def test_streaming(clients: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    ours = printed(capsys, lambda: streaming_quickstart(clients["runcrate"]))
    assert ours.startswith("Fake reply") and ours.endswith('you said "Say this is a test".')
    assert ours == printed(capsys, lambda: streaming_quickstart(clients["openai"]))


def test_streaming_with_a_none_check(clients: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    theirs = printed(capsys, lambda: streaming_none_check_quickstart(clients["openai"]))
    assert printed(capsys, lambda: streaming_none_check_quickstart(clients["runcrate"])) == theirs


def test_images(clients: dict[str, Any], capsys: pytest.CaptureFixture[str], fake: FakeRuncrate) -> None:
    for name in ("runcrate", "openai"):
        url = printed(capsys, lambda: image_quickstart(clients[name])).strip()  # noqa: B023
        assert url.startswith(fake.url + "/assets/generations/") and url.endswith(".png")


def test_speech(clients: dict[str, Any], tmp_path: Path) -> None:
    speech_quickstart(clients["runcrate"], tmp_path / "ours.mp3")
    speech_quickstart(clients["openai"], tmp_path / "theirs.mp3")
    assert (tmp_path / "ours.mp3").read_bytes() == (tmp_path / "theirs.mp3").read_bytes()
    assert (tmp_path / "ours.mp3").read_bytes()[:1] == b"\xff"


@pytest.mark.parametrize("snippet", [transcription_quickstart, transcription_text_quickstart])
def test_transcription(
    clients: dict[str, Any],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    snippet: Callable[[Any, Path], None],
) -> None:
    path = tmp_path / "audio.mp3"
    path.write_bytes(AUDIO)
    ours = printed(capsys, lambda: snippet(clients["runcrate"], path))
    assert ours.startswith(f"Transcribed {len(AUDIO)} bytes of audio")
    assert ours == printed(capsys, lambda: snippet(clients["openai"], path))


def test_async(fake: FakeRuncrate, capsys: pytest.CaptureFixture[str]) -> None:
    async def main() -> None:
        async with AsyncRuncrate(api_key=fake.api_key, base_url=fake.url, inference_url=fake.url) as ours:
            await async_quickstart(ours)
        async with openai.AsyncOpenAI(api_key=fake.api_key, base_url=fake.url + "/v1") as theirs:
            await async_quickstart(theirs)

    asyncio.run(main())
    output = capsys.readouterr().out
    half = len(output) // 2
    assert output[:half] == output[half:]
    assert output.startswith("Fake reply")
