"""The official ``openai`` package, unchanged, against the fake server's ``/v1``.

Proof that the fake's inference surface is OpenAI-compatible (and so that code written for OpenAI runs
against Runcrate's inference API): chat, streamed chat, image generation, speech and transcription, with
the fake validating every request and response against the spec.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openai
import pytest

from runcrate.testing import FakeRuncrate

MESSAGES: Any = [{"role": "user", "content": "Say this is a test"}]
AUDIO = bytes(range(256)) * 40


@pytest.fixture
def sdk(fake: FakeRuncrate) -> Iterator[openai.OpenAI]:
    with openai.OpenAI(api_key=fake.api_key, base_url=fake.url + "/v1", max_retries=0) as client:
        yield client


def test_chat_completion(sdk: openai.OpenAI, fake: FakeRuncrate) -> None:
    completion = sdk.chat.completions.create(model="deepseek-ai/DeepSeek-V3", messages=MESSAGES)
    assert completion.object == "chat.completion"
    content = completion.choices[0].message.content
    assert content is not None and content.endswith('you said "Say this is a test".')
    assert completion.choices[0].finish_reason == "stop"
    assert completion.usage is not None and completion.usage.prompt_tokens == 5


def test_streamed_chat_with_usage(sdk: openai.OpenAI) -> None:
    plain = sdk.chat.completions.create(model="m", messages=MESSAGES)
    stream = sdk.chat.completions.create(
        model="m",
        messages=MESSAGES,
        stream=True,
        stream_options={"include_usage": True},
    )
    chunks = list(stream)
    text = "".join(chunk.choices[0].delta.content or "" for chunk in chunks if chunk.choices)
    assert text == plain.choices[0].message.content
    assert chunks[-1].choices == [] and chunks[-1].usage == plain.usage


def test_streamed_tool_call(sdk: openai.OpenAI) -> None:
    tool: Any = {
        "type": "function",
        "function": {
            "name": "get_weather",
            "parameters": {
                "type": "object",
                "properties": {"city": {"type": "string"}},
                "required": ["city"],
            },
        },
    }
    stream = sdk.chat.completions.create(
        model="m",
        messages=MESSAGES,
        tools=[tool],
        tool_choice="required",
        stream=True,
    )
    arguments = "".join(
        call.function.arguments or ""
        for chunk in stream
        for call in (chunk.choices[0].delta.tool_calls or [])
        if call.function is not None
    )
    assert arguments == '{"city": "example"}'


def test_a_midstream_error_surfaces_in_the_openai_sdk(sdk: openai.OpenAI) -> None:
    stream = sdk.chat.completions.create(model="error-midstream", messages=MESSAGES, stream=True)
    with pytest.raises(openai.APIError, match="middle of the stream"):
        list(stream)


def test_image_generation(sdk: openai.OpenAI) -> None:
    result = sdk.images.generate(
        model="black-forest-labs/FLUX.1-schnell", prompt="a cat", response_format="b64_json"
    )
    assert result.data is not None and result.data[0].b64_json is not None
    assert base64.b64decode(result.data[0].b64_json).startswith(b"\x89PNG")
    by_url = sdk.images.generate(model="m", prompt="a cat")
    assert by_url.data is not None and by_url.data[0].url is not None


def test_speech(sdk: openai.OpenAI, tmp_path: Path) -> None:
    speech = sdk.audio.speech.create(model="hexgrad/Kokoro-82M", voice="alloy", input="Hello world")
    assert speech.content[:1] == b"\xff"
    with sdk.audio.speech.with_streaming_response.create(
        model="hexgrad/Kokoro-82M", voice="alloy", input="Hello world", response_format="pcm"
    ) as response:
        response.stream_to_file(tmp_path / "hello.pcm")
    assert (tmp_path / "hello.pcm").stat().st_size > 0


def test_transcription(sdk: openai.OpenAI) -> None:
    expected = f"Transcribed {len(AUDIO)} bytes of audio: {hashlib.sha256(AUDIO).hexdigest()[:16]}"
    transcription = sdk.audio.transcriptions.create(
        model="openai/whisper-1", file=("audio.wav", AUDIO, "audio/wav")
    )
    assert transcription.text == expected
    text = sdk.audio.transcriptions.create(
        model="openai/whisper-1", file=("a.mp3", AUDIO), response_format="text"
    )
    assert expected in str(text)


def test_errors_use_the_openai_envelope(sdk: openai.OpenAI, fake: FakeRuncrate) -> None:
    with pytest.raises(openai.UnprocessableEntityError) as bad:  # an open value the model cannot produce
        sdk.audio.speech.create(model="m", voice="alloy", input="x", response_format="wav")
    assert bad.value.code == "validation_error"
    assert "Unsupported response_format 'wav'" in bad.value.message
    with (
        openai.OpenAI(api_key="wrong", base_url=fake.url + "/v1", max_retries=0) as other,
        pytest.raises(openai.AuthenticationError),
    ):
        other.chat.completions.create(model="m", messages=MESSAGES)


async def test_async_client(fake: FakeRuncrate) -> None:
    async with openai.AsyncOpenAI(api_key=fake.api_key, base_url=fake.url + "/v1", max_retries=0) as sdk:
        stream = await sdk.chat.completions.create(model="m", messages=MESSAGES, stream=True)
        text = "".join([chunk.choices[0].delta.content or "" async for chunk in stream])
        assert text.startswith("Fake reply")
