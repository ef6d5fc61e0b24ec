"""Streams against the fake server: typed chunks, [DONE], errors in the stream, drops, stalls, release."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest

from runcrate import (
    ApiError,
    AsyncRuncrate,
    AsyncStream,
    InvalidResponseError,
    RateLimitError,
    Runcrate,
    ServiceUnavailableError,
    Stream,
)
from runcrate import ConnectionError as RuncrateConnectionError
from runcrate import TimeoutError as RuncrateTimeoutError
from runcrate._generated.api.chat import create_chat_completion
from runcrate._generated.models.chat_completion_chunk import ChatCompletionChunk
from runcrate._generated.models.chat_completion_request import ChatCompletionRequest
from runcrate.testing import FakeRuncrate

CHAT = "/v1/chat/completions"
SSE = {"content-type": "text/event-stream"}


def stream_body() -> ChatCompletionRequest:
    return ChatCompletionRequest.from_dict(
        {
            "model": "meta-llama/Llama-3.3-70B-Instruct",
            "messages": [{"role": "user", "content": "tell me a story"}],
            "stream": True,
        }
    )


def chunk(content: str) -> str:
    payload = {
        "id": "c1",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "m",
        "choices": [{"index": 0, "delta": {"content": content}, "finish_reason": None}],
    }
    return f"data: {json.dumps(payload)}\n\n"


def canned(fake: FakeRuncrate, body: str) -> None:
    fake.faults.add("POST", CHAT, statuses=[(200, SSE, body)])


def chunks_of(response: httpx.Response) -> Stream[ChatCompletionChunk]:
    return Stream(response, ChatCompletionChunk.from_dict)


def achunks_of(response: httpx.Response) -> AsyncStream[ChatCompletionChunk]:
    return AsyncStream(response, ChatCompletionChunk.from_dict)


def open_stream(client: Runcrate, **kwargs: Any) -> Any:
    return client._engine.stream(create_chat_completion, body=stream_body(), make_stream=chunks_of, **kwargs)


def text_of(chunks: list[ChatCompletionChunk]) -> str:
    return "".join(str(c.choices[0].delta.content or "") for c in chunks if c.choices)


def test_stream_yields_typed_chunks_until_done(client: Runcrate, fake: FakeRuncrate) -> None:
    with open_stream(client) as stream:
        chunks = list(stream)
    assert all(isinstance(c, ChatCompletionChunk) for c in chunks)
    assert "you said" in text_of(chunks)
    assert chunks[-1].choices[0].finish_reason == "stop"
    assert stream.response.is_closed
    assert stream.request_id is not None
    assert fake.requests[-1].headers["accept"] == "text/event-stream"


def test_done_ends_the_stream_even_if_more_follows(client: Runcrate, fake: FakeRuncrate) -> None:
    canned(fake, chunk("a") + "data: [DONE]\n\n" + chunk("never"))
    assert text_of(list(open_stream(client))) == "a"


def test_a_dropped_stream_raises_after_the_chunks_it_delivered(client: Runcrate, fake: FakeRuncrate) -> None:
    fake.faults.add("POST", CHAT, sse_drop_after=2)
    received: list[ChatCompletionChunk] = []
    with pytest.raises(RuncrateConnectionError) as caught:
        received.extend(open_stream(client))  # keeps the chunks that arrived before the error
    assert len(received) == 2
    assert CHAT in str(caught.value)
    assert fake.attempts("POST", CHAT) == 1


def test_a_stream_ending_without_done_raises(client: Runcrate, fake: FakeRuncrate) -> None:
    canned(fake, chunk("a") + chunk("b"))
    stream = open_stream(client)
    with pytest.raises(RuncrateConnectionError, match=r"ended before \[DONE\]"):
        list(stream)
    with pytest.raises(RuncrateConnectionError, match="closed before it ended"):
        list(stream)


def test_a_stall_past_the_idle_timeout_raises_timeout(client: Runcrate, fake: FakeRuncrate) -> None:
    fake.faults.add("POST", CHAT, sse_stall_after=1, stall_seconds=5.0)
    received: list[ChatCompletionChunk] = []
    with pytest.raises(RuncrateTimeoutError, match=r"stalled: no complete event for 0\.2 s"):
        received.extend(open_stream(client, idle_timeout=0.2))
    assert len(received) == 1


def test_error_event_raises_the_typed_error(client: Runcrate, fake: FakeRuncrate) -> None:
    error = {"error": {"message": "Slow down", "code": "rate_limited"}}
    canned(fake, chunk("a") + f"event: error\ndata: {json.dumps(error)}\n\n" + "data: [DONE]\n\n")
    received: list[ChatCompletionChunk] = []
    with pytest.raises(RateLimitError) as caught:
        received.extend(open_stream(client))  # keeps the chunks that arrived before the error
    assert text_of(received) == "a"
    assert caught.value.message == "Slow down"


def test_error_payload_in_a_chunk_raises(client: Runcrate, fake: FakeRuncrate) -> None:
    error = {"error": {"message": "Model overloaded", "type": "server_error", "code": None}}
    canned(fake, f"data: {json.dumps(error)}\n\n")
    with pytest.raises(ApiError) as caught:
        list(open_stream(client))
    assert caught.value.message == "Model overloaded"
    assert caught.value.status_code == 500


def test_malformed_chunk_raises_invalid_response(client: Runcrate, fake: FakeRuncrate) -> None:
    canned(fake, chunk("a") + "data: {not json\n\n")
    with pytest.raises(InvalidResponseError, match="Malformed JSON") as caught:
        list(open_stream(client))
    assert caught.value.body == "{not json"


def test_a_json_answer_to_a_stream_request_is_invalid(client: Runcrate, fake: FakeRuncrate) -> None:
    fake.faults.add("POST", CHAT, statuses=[(200, {}, {"id": "x", "choices": []})])
    with pytest.raises(InvalidResponseError, match="Expected a text/event-stream"):
        open_stream(client)


def test_streams_retry_before_the_first_byte(client: Runcrate, fake: FakeRuncrate) -> None:
    fake.faults.add("POST", CHAT, statuses=[503])
    assert text_of(list(open_stream(client)))
    assert fake.attempts("POST", CHAT) == 2


def test_streams_raise_http_errors_before_streaming(client: Runcrate, fake: FakeRuncrate) -> None:
    fake.faults.add("POST", CHAT, statuses=[503] * 4)
    with pytest.raises(ServiceUnavailableError):
        open_stream(client)


def test_early_break_releases_the_connection(client: Runcrate) -> None:
    stream = open_stream(client)
    for _ in stream:
        break
    assert stream.response.is_closed


def test_close_releases_the_connection(client: Runcrate) -> None:
    stream = open_stream(client)
    stream.close()
    assert stream.response.is_closed


# ----- async twins ---------------------------------------------------------------------------------


async def async_open(client: AsyncRuncrate, **kwargs: Any) -> Any:
    return await client._engine.stream(
        create_chat_completion, body=stream_body(), make_stream=achunks_of, **kwargs
    )


async def test_async_stream_yields_typed_chunks(async_client: AsyncRuncrate) -> None:
    async with await async_open(async_client) as stream:
        chunks = [item async for item in stream]
    assert "you said" in text_of(chunks)
    assert stream.response.is_closed


async def test_async_dropped_stream_raises(async_client: AsyncRuncrate, fake: FakeRuncrate) -> None:
    fake.faults.add("POST", CHAT, sse_drop_after=1)
    stream = await async_open(async_client)
    with pytest.raises(RuncrateConnectionError):
        async for _ in stream:
            pass


async def test_async_stall_raises_timeout(async_client: AsyncRuncrate, fake: FakeRuncrate) -> None:
    fake.faults.add("POST", CHAT, sse_stall_after=0, stall_seconds=5.0)
    stream = await async_open(async_client, idle_timeout=0.2)
    with pytest.raises(RuncrateTimeoutError):
        async for _ in stream:
            pass


async def test_async_error_event(async_client: AsyncRuncrate, fake: FakeRuncrate) -> None:
    canned(fake, 'event: error\ndata: {"message": "bad", "code": "validation_error"}\n\n')
    stream = await async_open(async_client)
    with pytest.raises(ApiError) as caught:
        async for _ in stream:
            pass
    assert (caught.value.status_code, caught.value.message) == (422, "bad")


async def test_async_early_break_releases_the_connection(async_client: AsyncRuncrate) -> None:
    stream = await async_open(async_client)
    iterator = aiter(stream)
    await anext(iterator)
    await iterator.aclose()
    assert stream.response.is_closed


async def test_async_break_releases_the_connection_once_the_loop_runs(async_client: AsyncRuncrate) -> None:
    stream = await async_open(async_client)
    async for _ in stream:
        break
    for _ in range(5):
        await asyncio.sleep(0)
    assert stream.response.is_closed
