"""Streams against servers that misbehave for real: an idle timeout that means "no complete event",
JSON nested past the recursion limit, and chunks that leave optional parts out. Sync and async.
"""

from __future__ import annotations

import asyncio
import json
import sys
from typing import Any

import pytest

from runcrate import InvalidResponseError, Runcrate, TimeoutError
from runcrate.testing import FakeRuncrate
from tests.core.helpers import KINDS, on_raw
from tests.raw_server import SSE, RawServer, respond, sse_pings, sse_trickle
from tests.resources.conftest import call, collect

MESSAGES = [{"role": "user", "content": "hi"}]
IDLE = 0.3


def event(payload: object) -> bytes:
    return f"data: {json.dumps(payload)}\n\n".encode()


def chunk(choices: list[dict[str, Any]], **extra: Any) -> bytes:
    return event(
        {
            "id": "c1",
            "object": "chat.completion.chunk",
            "created": 1,
            "model": "m",
            "choices": choices,
            **extra,
        }
    )


def text(content: str) -> bytes:
    return chunk([{"index": 0, "delta": {"content": content}, "finish_reason": None}])


DONE = b"data: [DONE]\n\n"


def read_all(kind: str, **create: Any) -> Any:
    """An action that opens a chat stream and collects ``(chunks, final completion or error)``."""

    def run(client: Any) -> Any:
        if kind == "sync":
            stream = client.chat.completions.create(model="m", messages=MESSAGES, stream=True, **create)
            received: list[Any] = []
            try:
                received.extend(stream)
            except Exception as error:
                return received, error
            return received, stream.get_final_completion()

        async def run_async() -> Any:
            stream = await client.chat.completions.create(model="m", messages=MESSAGES, stream=True, **create)
            received: list[Any] = []
            try:
                async for piece in stream:
                    received.append(piece)  # noqa: PERF401 (keep the chunks read before an error)
            except Exception as error:
                return received, error
            return received, await stream.get_final_completion()

        return run_async()

    return run


def canned(raw: RawServer, body: bytes) -> None:
    raw.repeat(respond(200, body, SSE))


# -- the idle timeout: no complete event for N seconds -----------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_a_partial_line_trickling_in_times_out_after_the_idle_timeout(
    raw_server: RawServer, kind: str
) -> None:
    raw_server.repeat(sse_trickle(text("first"), delay=0.02))
    received, error = on_raw(kind, raw_server.url, read_all(kind, idle_timeout=IDLE))
    assert [c.choices[0].delta.content for c in received] == ["first"]
    assert isinstance(error, TimeoutError)
    assert "no complete event for 0.3 s" in str(error)


@pytest.mark.parametrize("kind", KINDS)
def test_only_ping_comments_time_out_after_the_idle_timeout(raw_server: RawServer, kind: str) -> None:
    raw_server.repeat(sse_pings(delay=0.02))
    received, error = on_raw(kind, raw_server.url, read_all(kind, idle_timeout=IDLE))
    assert received == []
    assert isinstance(error, TimeoutError)


@pytest.mark.parametrize("kind", KINDS)
def test_the_idle_timeout_defaults_to_the_read_timeout(raw_server: RawServer, kind: str) -> None:
    raw_server.repeat(sse_pings(text("a"), delay=0.02))
    received, error = on_raw(kind, raw_server.url, read_all(kind), timeout=IDLE, max_retries=0)
    assert len(received) == 1
    assert isinstance(error, TimeoutError)


@pytest.mark.parametrize("kind", KINDS)
def test_comments_between_timely_events_do_not_end_the_stream(raw_server: RawServer, kind: str) -> None:
    body = b": ping\n\n" + text("a") + b": ping\n\n" * 50 + text("b") + DONE
    canned(raw_server, body)
    _, completion = on_raw(kind, raw_server.url, read_all(kind, idle_timeout=5))
    assert completion.choices[0].message.content == "ab"


def test_idle_timeout_is_never_sent_to_the_model(client: Runcrate, fake: FakeRuncrate) -> None:
    list(client.chat.completions.create(model="m", messages=MESSAGES, stream=True, idle_timeout=7))
    body = json.loads(fake.requests[-1].body)
    assert "idle_timeout" not in body
    assert body["stream"] is True


async def test_async_idle_timeout_is_never_sent_to_the_model(async_client: Any, fake: FakeRuncrate) -> None:
    stream = await async_client.chat.completions.create(
        model="m", messages=MESSAGES, stream=True, idle_timeout=7
    )
    [piece async for piece in stream]
    assert "idle_timeout" not in json.loads(fake.requests[-1].body)


STREAMING_ENTRIES = {
    "chat.completions.create": lambda client: client.chat.completions.create,
    "models.chat_completion": lambda client: client.models.chat_completion,
    "with_raw_response": lambda client: client.chat.completions.with_raw_response.create,
}


@pytest.fixture(params=["runcrate_client", "runcrate_async_client"])
def any_client(request: pytest.FixtureRequest) -> Any:
    """The plugin's sync client, then its async one."""
    return request.getfixturevalue(request.param)


async def open_stream(entry: Any, **create: Any) -> Any:
    """The stream a streaming entry point opens (a raw response parsed into it)."""
    opened = await call(entry(model="m", messages=MESSAGES, stream=True, **create))
    return opened.parse() if hasattr(opened, "parse") else opened


@pytest.mark.parametrize("entry", STREAMING_ENTRIES.values(), ids=STREAMING_ENTRIES.keys())
async def test_every_streaming_entry_keeps_idle_timeout_out_of_the_body(
    any_client: Any, fake: FakeRuncrate, entry: Any
) -> None:
    stream = await open_stream(entry(any_client), idle_timeout=7)
    assert await collect(stream)
    body = json.loads(fake.requests[-1].body)
    assert "idle_timeout" not in body and body["stream"] is True


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("entry", STREAMING_ENTRIES.values(), ids=STREAMING_ENTRIES.keys())
def test_every_streaming_entry_applies_its_idle_timeout(raw_server: RawServer, kind: str, entry: Any) -> None:
    raw_server.repeat(sse_pings(text("a"), delay=0.02))

    async def read(client: Any) -> Any:
        stream = await open_stream(entry(client), idle_timeout=IDLE)
        with pytest.raises(TimeoutError, match=r"no complete event for 0\.3 s"):
            await collect(stream)

    on_raw(kind, raw_server.url, lambda client: read(client) if kind != "sync" else asyncio.run(read(client)))


@pytest.mark.parametrize("value", [0, -1, float("nan"), float("inf"), "5", True])
def test_a_bad_idle_timeout_is_refused_before_any_request(
    client: Runcrate, fake: FakeRuncrate, value: Any
) -> None:
    with pytest.raises(ValueError, match="idle_timeout"):
        client.chat.completions.create(model="m", messages=MESSAGES, stream=True, idle_timeout=value)
    assert fake.requests == []


def test_idle_timeout_without_a_stream_is_refused(client: Runcrate, fake: FakeRuncrate) -> None:
    with pytest.raises(ValueError, match=r"idle_timeout applies to streamed answers only"):
        client.chat.completions.create(model="m", messages=MESSAGES, idle_timeout=5)
    assert fake.requests == []


def test_no_idle_limit_with_none(client: Runcrate, fake: FakeRuncrate) -> None:
    chunks = list(
        client.chat.completions.create(model="m", messages=MESSAGES, stream=True, idle_timeout=None)
    )
    assert chunks


# -- hostile and incomplete chunks ------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_a_chunk_nested_past_the_recursion_limit_is_an_invalid_response(
    raw_server: RawServer, kind: str
) -> None:
    depth = sys.getrecursionlimit() * 2
    deep = b"data: " + b"[" * depth + b"]" * depth + b"\n\n"
    canned(raw_server, text("kept") + deep + DONE)
    received, error = on_raw(kind, raw_server.url, read_all(kind))
    assert [c.choices[0].delta.content for c in received] == ["kept"]
    assert isinstance(error, InvalidResponseError)


@pytest.mark.parametrize("kind", KINDS)
def test_an_error_event_nested_past_the_recursion_limit_is_still_an_error(
    raw_server: RawServer, kind: str
) -> None:
    depth = sys.getrecursionlimit() * 2
    deep = b"event: error\ndata: " + b'{"a":' * depth + b"1" + b"}" * depth + b"\n\n"
    canned(raw_server, text("kept") + deep)
    received, error = on_raw(kind, raw_server.url, read_all(kind))
    assert len(received) == 1
    assert not isinstance(error, RecursionError)
    assert error.__class__.__name__.endswith("Error")


@pytest.mark.parametrize("kind", KINDS)
def test_a_last_chunk_without_delta_keeps_the_answer(raw_server: RawServer, kind: str) -> None:
    last = chunk(
        [{"index": 0, "finish_reason": "stop"}],
        usage={"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3},
    )
    canned(raw_server, text("Hello") + text(" world") + last + DONE)
    received, completion = on_raw(kind, raw_server.url, read_all(kind))
    assert len(received) == 3
    assert received[-1].choices[0].delta.content is None  # the chunk handed out has an empty delta
    assert completion.choices[0].message.content == "Hello world"
    assert completion.choices[0].finish_reason == "stop"
    assert completion.usage.total_tokens == 3


def tool_piece(**fields: Any) -> bytes:
    return chunk([{"index": 0, "delta": {"tool_calls": [fields]}}])


@pytest.mark.parametrize("kind", KINDS)
def test_tool_call_pieces_without_an_index_are_merged(raw_server: RawServer, kind: str) -> None:
    body = (
        tool_piece(id="call_1", type="function", function={"name": "weather", "arguments": '{"ci'})
        + tool_piece(function={"arguments": 'ty": "Oslo"}'})
        + tool_piece(index=None, id="call_2", type="function", function={"name": "time", "arguments": "{}"})
        + chunk([{"index": 0, "finish_reason": "tool_calls"}])
        + DONE
    )
    canned(raw_server, body)
    received, completion = on_raw(kind, raw_server.url, read_all(kind))
    assert [c.choices[0].delta.tool_calls[0].index for c in received[:3]] == [0, 0, 1]
    calls = completion.choices[0].message.tool_calls
    assert [(c.id, c.function.name, c.function.arguments) for c in calls] == [
        ("call_1", "weather", '{"city": "Oslo"}'),
        ("call_2", "time", "{}"),
    ]


@pytest.mark.parametrize("kind", KINDS)
def test_indexed_and_unindexed_tool_pieces_mix(raw_server: RawServer, kind: str) -> None:
    body = (
        tool_piece(index=0, id="a", function={"name": "f", "arguments": "{"})
        + tool_piece(index=None, function={"arguments": "}"})
        + tool_piece(index=1, id="b", function={"name": "g", "arguments": "[]"})
        + DONE
    )
    canned(raw_server, body)
    _, completion = on_raw(kind, raw_server.url, read_all(kind))
    calls = completion.choices[0].message.tool_calls
    assert [(c.id, c.function.arguments) for c in calls] == [("a", "{}"), ("b", "[]")]


@pytest.mark.parametrize("kind", KINDS)
def test_a_null_delta_adds_nothing(raw_server: RawServer, kind: str) -> None:
    canned(raw_server, text("a") + chunk([{"index": 0, "delta": None, "finish_reason": "length"}]) + DONE)
    _, completion = on_raw(kind, raw_server.url, read_all(kind))
    assert (completion.choices[0].message.content, completion.choices[0].finish_reason) == ("a", "length")


@pytest.mark.parametrize("kind", KINDS)
def test_two_new_tool_calls_in_one_chunk_without_indexes(raw_server: RawServer, kind: str) -> None:
    both = chunk(
        [
            {
                "index": 0,
                "delta": {
                    "tool_calls": [
                        {"id": "x", "function": {"name": "f", "arguments": "1"}},
                        {"id": "y", "function": {"name": "g", "arguments": "2"}},
                    ]
                },
            }
        ]
    )
    canned(raw_server, both + DONE)
    _, completion = on_raw(kind, raw_server.url, read_all(kind))
    calls = completion.choices[0].message.tool_calls
    assert [(c.id, c.function.arguments) for c in calls] == [("x", "1"), ("y", "2")]


@pytest.mark.parametrize("kind", KINDS)
def test_a_choice_index_that_is_not_a_number_counts_as_the_first(raw_server: RawServer, kind: str) -> None:
    canned(raw_server, text("a") + chunk([{"index": "0", "delta": {"content": "b"}}]) + DONE)
    _, completion = on_raw(kind, raw_server.url, read_all(kind))
    assert completion.choices[0].message.content == "ab"


@pytest.mark.parametrize("kind", KINDS)
def test_unknown_fields_and_roles_pass_through(raw_server: RawServer, kind: str) -> None:
    odd = chunk(
        [{"index": 0, "delta": {"role": "critic", "content": "x", "new_thing": {"a": 1}}, "logprobs": None}],
        system_fingerprint="fp",
    )
    canned(raw_server, odd + DONE)
    received, completion = on_raw(kind, raw_server.url, read_all(kind))
    assert received[0]["system_fingerprint"] == "fp"
    assert completion.choices[0].message.content == "x"
