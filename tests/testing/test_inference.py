"""The fake server's inference surface (/v1), over real sockets: chat and SSE, images, videos, audio.

Binary payloads are checked by parsing their bytes (PNG chunks and CRCs, MP4 boxes, MPEG audio
frame headers), not by trusting content types.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from runcrate.testing import FakeRuncrate
from runcrate.testing._inference import media as _media
from runcrate.testing._inference.state import InferenceSettings, InferenceState

USER = [{"role": "user", "content": "What is the capital of France?"}]
WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "parameters": {
            "type": "object",
            "properties": {
                "city": {"type": "string"},
                "days": {"type": "integer", "minimum": 3},
                "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
                "verbose": {"type": "boolean"},
            },
            "required": ["city", "days", "unit"],
        },
    },
}


# ------------------------------------------------------------------------------------ fixtures


@dataclass
class Server:
    """The shared fake server, seen from the inference surface."""

    fake: FakeRuncrate
    client: httpx.Client
    """Sends the API key; paths are relative to ``/v1``."""
    anonymous: httpx.Client
    """Sends no credentials."""

    @property
    def url(self) -> str:
        return self.fake.url

    @property
    def state(self) -> InferenceState:
        state: InferenceState = self.fake.world.component("inference")
        return state

    @property
    def settings(self) -> InferenceSettings:
        return self.state.settings


@pytest.fixture(scope="module")
def _clients(fake: FakeRuncrate) -> Iterator[tuple[httpx.Client, httpx.Client]]:
    headers = {"Authorization": f"Bearer {fake.api_key}"}
    with (
        httpx.Client(base_url=fake.url + "/v1", headers=headers, timeout=30) as client,
        httpx.Client() as anonymous,
    ):
        yield client, anonymous


@pytest.fixture
def server(fake: FakeRuncrate, _clients: tuple[httpx.Client, httpx.Client]) -> Server:
    """The fake (reset for this test by the shared fixture) with clients for ``/v1``."""
    return Server(fake, *_clients)


@pytest.fixture(params=["own checks", "spec validator"])
def own_checks(request: pytest.FixtureRequest, fake: FakeRuncrate) -> Iterator[None]:
    """Invalid requests answered by the fake's own checks, then again with the spec validator in
    front: both answer alike (the validator's violations, expected here, are collected)."""
    fake.set_validation(requests=request.param == "spec validator")
    yield
    fake.take_violations()


def sse_events(response: httpx.Response) -> list[str]:
    """The ``data`` of each event, checking the framing: one ``data:`` line per event, blank line after."""
    assert response.headers["content-type"].startswith("text/event-stream")
    text = response.text
    assert text.endswith("\n\n")
    events = text[:-2].split("\n\n")
    for event in events:
        assert event.startswith("data: ") and "\n" not in event, event[:200]
    return [event.removeprefix("data: ") for event in events]


def chunks_of(response: httpx.Response) -> list[dict[str, Any]]:
    data = sse_events(response)
    assert data[-1] == "[DONE]"
    return [json.loads(d) for d in data[:-1]]


def chat(server: Server, **body: Any) -> httpx.Response:
    return server.client.post(
        "/chat/completions", json={"model": "deepseek-ai/DeepSeek-V3", "messages": USER, **body}
    )


def assert_error(response: httpx.Response, status: int, code: str, param: str | None = None) -> None:
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert error["code"] == code
    assert error["message"]
    assert error["type"]
    if param is not None:
        assert error["param"] == param


# ------------------------------------------------------------------------------------ chat


def test_chat_completion_is_deterministic_and_quotes_the_last_user_message(server: Server) -> None:
    messages = [
        {"role": "system", "content": "Be brief."},
        {
            "role": "user",
            "content": [
                {"type": "text", "text": "Describe this"},
                {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}},
            ],
        },
        {"role": "assistant", "content": "A picture."},
        {"role": "user", "content": "Tell me about Paris please"},
    ]
    first = chat(server, messages=messages, temperature=0.2)
    second = chat(server, messages=messages, temperature=0.2)
    other = chat(server, messages=messages, temperature=0.3)

    assert first.status_code == 200
    body = first.json()
    assert body["object"] == "chat.completion"
    assert body["model"] == "deepseek-ai/DeepSeek-V3"
    assert body["id"] != second.json()["id"]
    [choice] = body["choices"]
    assert choice["finish_reason"] == "stop"
    assert choice["message"]["role"] == "assistant"
    content = choice["message"]["content"]
    assert '"Tell me about Paris please"' in content
    assert "reasoning_content" not in choice["message"]
    assert second.json()["choices"][0]["message"]["content"] == content
    assert other.json()["choices"][0]["message"]["content"] != content
    # 2 + 3 ("Describe this [image]") + 2 + 5 words
    assert body["usage"] == {
        "prompt_tokens": 12,
        "completion_tokens": len(content.split()),
        "total_tokens": 12 + len(content.split()),
    }


def test_stream_sends_role_then_words_then_finish_then_usage_then_done(server: Server) -> None:
    plain = chat(server).json()
    response = chat(server, stream=True, stream_options={"include_usage": True})

    assert response.status_code == 200
    chunks = chunks_of(response)
    assert {c["id"] for c in chunks} == {chunks[0]["id"]}
    assert all(c["object"] == "chat.completion.chunk" for c in chunks)
    assert chunks[0]["choices"][0]["delta"] == {"role": "assistant", "content": ""}
    words = [c["choices"][0]["delta"]["content"] for c in chunks[1:-2]]
    assert "".join(words) == plain["choices"][0]["message"]["content"]
    assert len(words) == len(plain["choices"][0]["message"]["content"].split())
    assert all(c["choices"][0]["finish_reason"] is None for c in chunks[:-2])
    assert chunks[-2]["choices"] == [{"index": 0, "delta": {}, "finish_reason": "stop"}]
    assert chunks[-1]["choices"] == []
    assert chunks[-1]["usage"] == plain["usage"]


def test_stream_without_include_usage_has_no_usage_chunk(server: Server) -> None:
    chunks = chunks_of(chat(server, stream=True))
    assert all("usage" not in c for c in chunks)
    assert chunks[-1]["choices"][0]["finish_reason"] == "stop"


def test_max_tokens_sets_the_number_of_content_chunks(server: Server) -> None:
    chunks = chunks_of(chat(server, stream=True, max_tokens=1_000))
    contents = [
        c for c in chunks if "content" in c["choices"][0]["delta"] and "role" not in c["choices"][0]["delta"]
    ]
    assert len(contents) == 1_000
    assert chunks[-1]["choices"][0]["finish_reason"] == "length"

    short = chat(server, max_tokens=3).json()["choices"][0]
    assert len(short["message"]["content"].split()) == 3
    assert short["finish_reason"] == "length"


def test_a_huge_max_tokens_gets_the_models_longest_reply(server: Server) -> None:
    choice = chat(server, max_tokens=10**12).json()["choices"][0]
    assert len(choice["message"]["content"].split()) == 16_384
    assert choice["finish_reason"] == "stop"


def test_stop_sequence_cuts_the_content(server: Server) -> None:
    cut = chat(server, stop=["nothing", "said"], max_tokens=50).json()["choices"][0]
    assert re.fullmatch(r"Fake reply [0-9a-f]{8}: you ", cut["message"]["content"])
    assert cut["finish_reason"] == "stop"


@pytest.mark.parametrize("model", ["deepseek-ai/DeepSeek-R1", "acme/Reasoner-7B"])
def test_reasoning_models_think_before_they_answer(server: Server, model: str) -> None:
    message = chat(server, model=model).json()["choices"][0]["message"]
    assert message["reasoning_content"]
    assert message["content"]

    chunks = chunks_of(chat(server, model=model, stream=True))
    kinds = [next(iter(c["choices"][0]["delta"]), "") for c in chunks[1:-1]]
    first_content = kinds.index("content")
    assert kinds[:first_content] == ["reasoning_content"] * first_content and first_content > 0
    assert set(kinds[first_content:]) == {"content"}
    thinking = "".join(c["choices"][0]["delta"]["reasoning_content"] for c in chunks[1 : first_content + 1])
    assert thinking == message["reasoning_content"]


def test_tools_give_a_tool_call_with_arguments_from_the_required_properties(server: Server) -> None:
    choice = chat(server, tools=[WEATHER_TOOL]).json()["choices"][0]
    assert choice["finish_reason"] == "tool_calls"
    assert choice["message"]["content"] is None
    [call] = choice["message"]["tool_calls"]
    assert call["type"] == "function"
    assert call["id"].startswith("call_")
    assert call["function"]["name"] == "get_weather"
    assert json.loads(call["function"]["arguments"]) == {"city": "example", "days": 3, "unit": "celsius"}


def test_streamed_tool_call_arrives_as_indexed_deltas(server: Server) -> None:
    plain = chat(server, tools=[WEATHER_TOOL]).json()["choices"][0]["message"]["tool_calls"][0]
    chunks = chunks_of(chat(server, tools=[WEATHER_TOOL], stream=True))

    assert chunks[0]["choices"][0]["delta"]["role"] == "assistant"
    pieces = [d for c in chunks[1:-1] for d in c["choices"][0]["delta"]["tool_calls"]]
    assert all(p["index"] == 0 for p in pieces)
    assert pieces[0]["id"] == plain["id"] and pieces[0]["function"]["name"] == "get_weather"
    assert "".join(p["function"]["arguments"] for p in pieces) == plain["function"]["arguments"]
    assert len(pieces) > 2
    assert chunks[-1]["choices"][0]["finish_reason"] == "tool_calls"


def test_tool_choice_none_and_named_function(server: Server) -> None:
    other = {"type": "function", "function": {"name": "get_time"}}
    as_text = chat(server, tools=[WEATHER_TOOL], tool_choice="none").json()["choices"][0]
    assert as_text["finish_reason"] == "stop" and "tool_calls" not in as_text["message"]

    named = chat(
        server,
        tools=[WEATHER_TOOL, other],
        tool_choice={"type": "function", "function": {"name": "get_time"}},
    )
    [call] = named.json()["choices"][0]["message"]["tool_calls"]
    assert call["function"] == {"name": "get_time", "arguments": "{}"}

    unknown = chat(
        server, tools=[WEATHER_TOOL], tool_choice={"type": "function", "function": {"name": "nope"}}
    )
    assert_error(unknown, 400, "invalid_params", "tool_choice")
    assert_error(chat(server, tool_choice="required"), 400, "invalid_params", "tool_choice")


def test_a_tool_result_is_answered_in_text(server: Server) -> None:
    call = chat(server, tools=[WEATHER_TOOL]).json()["choices"][0]["message"]["tool_calls"][0]
    messages = [
        *USER,
        {"role": "assistant", "content": None, "tool_calls": [call]},
        {"role": "tool", "tool_call_id": call["id"], "content": '{"temperature": 21}'},
    ]
    choice = chat(server, tools=[WEATHER_TOOL], messages=messages).json()["choices"][0]
    assert choice["finish_reason"] == "stop"
    assert "capital of France" in choice["message"]["content"]

    forced = chat(server, tools=[WEATHER_TOOL], messages=messages, tool_choice="required").json()["choices"][
        0
    ]
    assert forced["finish_reason"] == "tool_calls"


@pytest.mark.usefixtures("own_checks")
@pytest.mark.parametrize(
    ("body", "status", "code", "param"),
    [
        ({"messages": USER}, 400, "invalid_params", "model"),
        ({"model": "m"}, 400, "invalid_params", "messages"),
        ({"model": "m", "messages": []}, 400, "invalid_params", "messages"),
        ({"model": "m", "messages": [{"content": "hi"}]}, 400, "invalid_params", "messages[0].role"),
        ({"model": "m", "messages": USER, "temperature": 2.5}, 422, "validation_error", "temperature"),
        ({"model": "m", "messages": USER, "temperature": "hot"}, 400, "invalid_params", "temperature"),
        ({"model": "m", "messages": USER, "max_tokens": 0}, 422, "validation_error", "max_tokens"),
        ({"model": "m", "messages": USER, "top_p": 1.5}, 422, "validation_error", "top_p"),
        ({"model": "m", "messages": USER, "stream": "yes"}, 400, "invalid_params", "stream"),
        ({"model": "m", "messages": USER, "stop": [1]}, 400, "invalid_params", "stop"),
        (
            {"model": "m", "messages": [{"role": "user", "content": [{"type": "audio"}]}]},
            400,
            "invalid_params",
            "messages[0].content[0]",
        ),
        (
            {"model": "m", "messages": USER, "tools": [{"type": "function"}]},
            400,
            "invalid_params",
            "tools[0].function",
        ),
    ],
)
def test_chat_validation_errors_use_the_openai_envelope(
    server: Server, body: dict[str, Any], status: int, code: str, param: str
) -> None:
    assert_error(server.client.post("/chat/completions", json=body), status, code, param)


@pytest.mark.usefixtures("own_checks")
def test_chat_rejects_a_body_that_is_not_json(server: Server) -> None:
    response = server.client.post(
        "/chat/completions", content=b"{not json", headers={"Content-Type": "application/json"}
    )
    assert_error(response, 400, "bad_request")


def test_error_midstream_model_sends_an_error_event_after_two_chunks(server: Server) -> None:
    data = sse_events(chat(server, model="error-midstream", stream=True))
    assert len(data) == 3
    assert "[DONE]" not in data
    first, second, error = (json.loads(d) for d in data)
    assert first["choices"][0]["delta"]["role"] == "assistant"
    assert second["choices"][0]["delta"]["content"]
    assert set(error) == {"error"}
    assert error["error"]["message"] and error["error"]["type"] == "server_error"


def test_big_event_model_sends_one_event_of_the_configured_size(server: Server) -> None:
    server.settings.big_event_bytes = 4 * 1024 * 1024 + 3
    with server.client.stream(
        "POST", "/chat/completions", json={"model": "big-event", "stream": True, "messages": USER}
    ) as response:
        raw = response.read()
    events = raw.split(b"\n\n")
    sizes = [len(e) + 2 for e in events[:-1]]
    assert sizes[1] == 4 * 1024 * 1024 + 3
    assert max(sizes[:1] + sizes[2:]) < 1000
    assert json.loads(events[1].removeprefix(b"data: "))["choices"][0]["delta"]["content"].isalpha()
    assert events[-2] == b"data: [DONE]"


# ------------------------------------------------------------------------------------ images


def parse_png(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and pixel rows; checks the signature, chunk order and every CRC."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, kinds, idat = 8, [], b""
    header = b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length : pos + 12 + length])
        assert crc == zlib.crc32(kind + body) & 0xFFFFFFFF, kind
        kinds.append(kind)
        header = body if kind == b"IHDR" else header
        idat += body if kind == b"IDAT" else b""
        pos += 12 + length
    assert kinds[0] == b"IHDR" and kinds[-1] == b"IEND" and b"IDAT" in kinds
    width, height, depth, colour_type, *_ = struct.unpack(">IIBBBBB", header)
    assert (depth, colour_type) == (8, 2)
    raw = zlib.decompress(idat)
    stride = 1 + 3 * width
    assert len(raw) == stride * height
    return width, height, [raw[i * stride + 1 : (i + 1) * stride] for i in range(height)]


def test_image_url_is_served_without_auth_as_a_valid_png(server: Server) -> None:
    body = {"model": "black-forest-labs/FLUX.1-schnell", "prompt": "a red fox", "width": 1024, "height": 512}
    response = server.client.post("/images/generations", json=body)

    assert response.status_code == 200
    result = response.json()
    assert isinstance(result["created"], int)
    [item] = result["data"]
    assert item["url"].startswith(server.url + "/assets/generations/")
    image = server.anonymous.get(item["url"])
    assert image.status_code == 200
    assert image.headers["content-type"] == "image/png"
    width, height, rows = parse_png(image.content)
    assert (width, height) == (64, 32)
    assert len({bytes(r) for r in rows}) == 1
    assert rows[0][:3] == bytes(_media.colour_for("a red fox"))


def test_b64_json_images_are_deterministic_per_prompt(server: Server) -> None:
    def generate(prompt: str, **extra: Any) -> bytes:
        body = {"model": "m", "prompt": prompt, "response_format": "b64_json", **extra}
        [item] = server.client.post("/images/generations", json=body).json()["data"]
        assert "url" not in item
        return base64.b64decode(item["b64_json"])

    fox = generate("a fox", aspect_ratio="9:16")
    assert fox == generate("a fox", aspect_ratio="9:16")
    assert parse_png(fox)[:2] == (36, 64)
    assert parse_png(generate("a fox"))[:2] == (64, 64)
    assert parse_png(generate("a dog"))[2][0] != parse_png(fox)[2][0]
    assert parse_png(generate("a fox", seed=7))[2][0] != parse_png(fox)[2][0]


@pytest.mark.usefixtures("own_checks")
@pytest.mark.parametrize(
    ("extra", "status", "code", "param"),
    [
        ({"prompt": None}, 400, "invalid_params", "prompt"),
        ({"model": ""}, 400, "invalid_params", "model"),
        ({"width": 100}, 422, "validation_error", "width"),
        ({"num_inference_steps": 101}, 422, "validation_error", "num_inference_steps"),
        ({"response_format": "gif"}, 422, "validation_error", "response_format"),
        ({"input_images": ["a"] * 9}, 422, "validation_error", "input_images"),
    ],
)
def test_image_validation_errors(
    server: Server, extra: dict[str, Any], status: int, code: str, param: str
) -> None:
    body = {"model": "m", "prompt": "p", **extra}
    assert_error(server.client.post("/images/generations", json=body), status, code, param)


def test_unknown_image_file_is_404(server: Server) -> None:
    assert server.anonymous.get(server.url + "/assets/generations/img_999999.png").status_code == 404


# ------------------------------------------------------------------------------------ videos


def parse_mp4(data: bytes) -> dict[bytes, bytes]:
    """Top-level boxes by type; checks that their sizes tile the file exactly."""
    boxes, pos = {}, 0
    while pos < len(data):
        size, kind = struct.unpack(">I4s", data[pos : pos + 8])
        header = 8
        if size == 1:
            (size,) = struct.unpack(">Q", data[pos + 8 : pos + 16])
            header = 16
        assert size >= header
        boxes[kind] = data[pos + header : pos + size]
        pos += size
    assert pos == len(data)
    assert next(iter(boxes)) == b"ftyp"
    return boxes


def mvhd_duration(moov: bytes) -> float:
    size, kind = struct.unpack(">I4s", moov[:8])
    assert kind == b"mvhd" and size == len(moov) == 108
    timescale, duration = struct.unpack(">II", moov[20:28])
    return duration / timescale


def create_video(server: Server, prompt: str = "A paper boat", **extra: Any) -> dict[str, Any]:
    response = server.client.post("/videos", json={"model": "openai/sora-2", "prompt": prompt, **extra})
    assert response.status_code == 200, response.text
    job: dict[str, Any] = response.json()
    return job


def test_video_job_progresses_on_fake_time_then_downloads_an_mp4(server: Server) -> None:
    job = create_video(server, duration_seconds=8, aspect_ratio="16:9")
    assert job["id"].startswith("vid_")
    assert job["status"] == "queued"
    assert job["aspect_ratio"] == "16:9"
    assert job["error"] is None

    def status() -> dict[str, Any]:
        body: dict[str, Any] = server.client.get(f"/videos/{job['id']}").json()
        return body

    assert status()["status"] == "queued"
    assert_error(server.client.get(f"/videos/{job['id']}/download"), 404, "not_found")
    server.fake.clock.advance(10)
    processing = status()
    assert processing["status"] == "processing"
    assert 0 < processing["progress"] < 100
    assert_error(server.client.get(f"/videos/{job['id']}/download"), 404, "not_found")
    server.fake.clock.advance(20)
    assert status()["status"] == "completed"
    assert status()["progress"] == 100

    download = server.client.get(f"/videos/{job['id']}/download")
    assert download.status_code == 200
    assert download.headers["content-type"] == "video/mp4"
    assert download.headers["content-disposition"] == f'attachment; filename="{job["id"]}.mp4"'
    assert int(download.headers["content-length"]) == len(download.content)
    boxes = parse_mp4(download.content)
    assert list(boxes) == [b"ftyp", b"moov", b"mdat"]
    assert boxes[b"ftyp"][:4] == b"isom"
    assert mvhd_duration(boxes[b"moov"]) == 8
    assert server.client.get(f"/videos/{job['id']}/download").content == download.content


def test_a_prompt_with_fail_ends_failed_with_an_error(server: Server) -> None:
    job = create_video(server, prompt="Please FAIL this one")
    server.fake.clock.advance(30)
    failed = server.client.get(f"/videos/{job['id']}").json()
    assert failed["status"] == "failed"
    assert "fail" in failed["error"]
    assert_error(server.client.get(f"/videos/{job['id']}/download"), 404, "not_found")


def test_unknown_video_is_404(server: Server) -> None:
    assert_error(server.client.get("/videos/vid_nope"), 404, "not_found")
    assert_error(server.client.get("/videos/vid_nope/download"), 404, "not_found")


@pytest.mark.usefixtures("own_checks")
def test_video_validation_errors(server: Server) -> None:
    assert_error(server.client.post("/videos", json={"model": "m"}), 400, "invalid_params", "prompt")
    body = {"model": "m", "prompt": "p", "duration_seconds": 0}
    assert_error(server.client.post("/videos", json=body), 422, "validation_error", "duration_seconds")


def test_video_size_setting_streams_a_large_download_in_chunks(server: Server) -> None:
    server.settings.video_size_bytes = 5 * 1024 * 1024 + 3
    job = create_video(server)
    server.fake.clock.advance(30)
    with server.client.stream("GET", f"/videos/{job['id']}/download") as response:
        pieces = list(response.iter_raw())
    data = b"".join(pieces)
    assert len(data) == 5 * 1024 * 1024 + 3
    assert len(pieces) > 1
    assert len(parse_mp4(data)[b"mdat"]) > 5 * 1024 * 1024 - 200


def test_mp4_over_4_gib_uses_a_64_bit_mdat_size_and_is_built_lazily() -> None:
    mp4 = _media.Mp4(seed="vid_1", duration_seconds=4, size=5 * 1024**3)
    chunks = mp4.chunks()
    head = next(chunks)
    assert mp4.size == 5 * 1024**3
    mdat_at = len(head) - 16
    size_field, kind, largesize = struct.unpack(">I4sQ", head[mdat_at:])
    assert (size_field, kind) == (1, b"mdat")
    assert mdat_at + largesize == mp4.size
    assert len(next(chunks)) == _media.CHUNK_BYTES


# ------------------------------------------------------------------------------------ audio


def test_speech_mp3_is_silent_mpeg1_layer3_frames_proportional_to_the_text(server: Server) -> None:
    def speak(text: str) -> bytes:
        response = server.client.post("/audio/speech", json={"model": "hexgrad/Kokoro-82M", "input": text})
        assert response.status_code == 200
        assert response.headers["content-type"] == "audio/mpeg"
        return response.content

    short, long = speak("Hello."), speak("Hello. " * 20)
    for audio in (short, long):
        assert len(audio) % 384 == 0
        for pos in range(0, len(audio), 384):
            (header,) = struct.unpack(">I", audio[pos : pos + 4])
            assert header >> 21 == 0x7FF  # frame sync
            assert (header >> 19) & 0b11 == 0b11  # MPEG-1
            assert (header >> 17) & 0b11 == 0b01  # Layer III
            assert (header >> 12) & 0xF == 9  # 128 kbit/s
            assert (header >> 10) & 0b11 == 0b01  # 48 kHz
            assert (header >> 9) & 1 == 0  # no padding: 144 * 128000 / 48000 = 384 bytes a frame
            assert not any(audio[pos + 4 : pos + 384])
    assert len(long) > 10 * len(short)


def test_speech_pcm_is_a_24khz_16bit_tone(server: Server) -> None:
    body = {"model": "m", "input": "x" * 30, "response_format": "pcm"}
    response = server.client.post("/audio/speech", json=body)
    assert response.status_code == 200
    assert response.headers["content-type"] == "audio/pcm"
    samples = struct.unpack(f"<{len(response.content) // 2}h", response.content)
    assert len(samples) == 2 * 24_000  # 30 characters at 15 per second
    assert max(samples) > 1000 and min(samples) < -1000


@pytest.mark.usefixtures("own_checks")
def test_speech_errors(server: Server) -> None:
    bad_format = {"model": "m", "input": "hi", "response_format": "wav"}  # open: the model refuses it
    assert_error(
        server.client.post("/audio/speech", json=bad_format), 422, "validation_error", "response_format"
    )
    assert_error(server.client.post("/audio/speech", json={"model": "m"}), 400, "invalid_params", "input")
    too_long = {"model": "m", "input": "x" * 4097}
    assert_error(server.client.post("/audio/speech", json=too_long), 422, "validation_error", "input")


def transcribe(server: Server, audio: bytes, **fields: str) -> httpx.Response:
    files = {"file": ("meeting.wav", audio, "audio/wav")}
    return server.client.post(
        "/audio/transcriptions", files=files, data={"model": "openai/whisper-1", **fields}
    )


def test_transcription_json_reflects_the_uploaded_bytes(server: Server) -> None:
    audio = bytes(range(256)) * 200  # binary, with every byte value, 51,200 bytes
    response = transcribe(server, audio, language="fr")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert body["text"] == f"Transcribed 51200 bytes of audio: {hashlib.sha256(audio).hexdigest()[:16]}"
    assert body["language"] == "fr"
    assert body["duration"] == 3.2
    assert body["segments"][0]["text"] == body["text"]


def test_transcription_text_srt_and_vtt_are_plain_text(server: Server) -> None:
    audio = b"RIFF" + b"\x00" * 39_996
    text = f"Transcribed 40000 bytes of audio: {hashlib.sha256(audio).hexdigest()[:16]}"

    plain = transcribe(server, audio, response_format="text")
    assert plain.headers["content-type"].startswith("text/plain")
    assert plain.text == text

    srt = transcribe(server, audio, response_format="srt")
    assert srt.headers["content-type"].startswith("text/plain")
    assert re.fullmatch(r"1\n00:00:00,000 --> 00:00:02,500\n(.+)\n", srt.text)
    assert srt.text.splitlines()[2] == text

    vtt = transcribe(server, audio, response_format="vtt")
    assert vtt.headers["content-type"].startswith("text/plain")
    assert vtt.text == f"WEBVTT\n\n00:00:00.000 --> 00:00:02.500\n{text}\n"


@pytest.mark.usefixtures("own_checks")
def test_transcription_errors(server: Server) -> None:
    assert_error(
        transcribe(server, b"abc", response_format="docx"), 422, "validation_error", "response_format"
    )
    no_model = server.client.post("/audio/transcriptions", files={"file": ("a.wav", b"abc")})
    assert_error(no_model, 400, "invalid_params", "model")
    no_file = server.client.post(
        "/audio/transcriptions", files={"other": ("a.wav", b"abc")}, data={"model": "m"}
    )
    assert_error(no_file, 400, "invalid_params", "file")
    as_json = server.client.post("/audio/transcriptions", json={"model": "m"})
    assert_error(as_json, 400, "bad_request")


# ------------------------------------------------------------------------------------ state


def test_reset_forgets_videos_and_images_and_restores_settings(server: Server) -> None:
    job = create_video(server)
    server.settings.big_event_bytes = 1
    server.client.post("/images/generations", json={"model": "m", "prompt": "p"})
    server.fake.reset()
    assert server.state.videos == {} and server.state.images == {}
    assert server.settings == InferenceSettings()
    assert_error(server.client.get(f"/videos/{job['id']}"), 404, "not_found")


# ------------------------------------------------------------------------ rate limits and money


def test_every_inference_response_carries_the_rate_limit_headers(server: Server) -> None:
    server.fake.clock.set_speed(0)
    first, second = chat(server), server.client.get("/videos/vid_unknown")
    assert second.status_code == 404
    limit = int(first.headers["x-ratelimit-limit"])
    assert int(first.headers["x-ratelimit-remaining"]) == limit - 1
    assert int(second.headers["x-ratelimit-remaining"]) == limit - 2
    reset = int(first.headers["x-ratelimit-reset"])
    assert reset % 60 == 0 and 0 < reset - server.fake.clock.now() <= 60


def test_over_the_rate_limit_is_429_until_the_minute_ends(server: Server) -> None:
    server.fake.clock.set_speed(0)
    server.fake.set_rate_limit(2)
    assert [chat(server).status_code for _ in range(2)] == [200, 200]
    refused = chat(server)
    assert_error(refused, 429, "rate_limited")
    assert refused.json()["error"]["type"] == "rate_limit_error"
    wait = int(refused.headers["retry-after"])
    assert refused.headers["x-ratelimit-remaining"] == "0" and 1 <= wait <= 60
    other_key = server.fake.issue_key()
    other = server.client.post(
        "/chat/completions",
        json={"model": "m", "messages": USER},
        headers={"Authorization": f"Bearer {other_key}"},
    )
    assert other.status_code == 200  # limits are per key
    server.fake.clock.advance(wait)
    assert chat(server).status_code == 200


def test_without_credits_billed_inference_is_402_insufficient_credits(server: Server) -> None:
    video = server.client.post("/videos", json={"model": "openai/sora-2", "prompt": "a boat"}).json()
    server.fake.set_balance(0)
    refused = chat(server)
    assert_error(refused, 402, "insufficient_credits")
    assert refused.json()["error"]["type"] == "billing_error"
    assert "x-ratelimit-remaining" in refused.headers
    speech = server.client.post("/audio/speech", json={"model": "hexgrad/Kokoro-82M", "input": "hi"})
    assert_error(speech, 402, "insufficient_credits")
    assert server.client.get(f"/videos/{video['id']}").status_code == 200  # reading is not billed


def test_a_malformed_request_is_refused_for_what_it_is_before_credits_are_checked(server: Server) -> None:
    server.fake.set_balance(0)
    no_model = server.client.post("/videos", json={"prompt": "a boat"})
    assert_error(no_model, 400, "invalid_params", "model")  # not 402: the request is checked first
    assert "x-ratelimit-remaining" in no_model.headers
    assert "'model' is a required property" in server.fake.take_violations()[0]


def test_a_reached_budget_refuses_inference_with_that_environments_keys(server: Server) -> None:
    fake = server.fake
    fake.add_environment("staging")
    staging_key = fake.issue_key(environment="staging")
    as_staging = {"Authorization": f"Bearer {staging_key}"}
    body = {"model": "m", "messages": USER}
    fake.set_budget("main", monthly_budget_usd=10, month_to_date_usd=10)
    assert_error(chat(server), 402, "budget_exceeded")  # the main key belongs to main
    assert server.client.post("/chat/completions", json=body, headers=as_staging).status_code == 200
    fake.set_budget("staging", monthly_budget_usd=5, month_to_date_usd=5)
    refused = server.client.post("/chat/completions", json=body, headers=as_staging)
    assert_error(refused, 402, "budget_exceeded")
    assert "staging" in refused.json()["error"]["message"]
