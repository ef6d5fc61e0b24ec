"""client.chat.completions / client.models.chat_completion against the fake server, with both clients."""

from __future__ import annotations

from typing import Any

import pytest

import runcrate
from runcrate import BadRequestError, InternalServerError, RawResponse, UnprocessableEntityError
from runcrate.resources._async.chat import AsyncChatCompletionStream
from runcrate.resources._sync.chat import ChatCompletionStream
from runcrate.testing import FakeRuncrate
from tests.resources.conftest import call, collect

USER = [{"role": "user", "content": "What is a GPU?"}]
WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Weather in a city",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string"}, "days": {"type": "integer", "minimum": 1}},
            "required": ["city", "days"],
        },
    },
}


def sent_bodies(fake: FakeRuncrate) -> list[dict[str, Any]]:
    return [r.json() for r in fake.requests if r.path == "/v1/chat/completions"]


async def test_create_returns_a_completion_and_sends_only_what_was_given(
    client: Any, fake: FakeRuncrate
) -> None:
    completion = await call(client.chat.completions.create(model="deepseek-ai/DeepSeek-V3", messages=USER))
    assert completion.object == "chat.completion"
    assert completion.choices[0].message.role == "assistant"
    assert "What is a GPU?" in completion.choices[0].message.content
    assert completion.choices[0].finish_reason == "stop"
    assert (
        completion.usage.total_tokens == completion.usage.prompt_tokens + completion.usage.completion_tokens
    )
    assert completion["choices"][0]["message"]["content"] == completion.choices[0].message.content
    assert sent_bodies(fake) == [{"model": "deepseek-ai/DeepSeek-V3", "messages": USER}]
    assert "environment" not in fake.requests[0].query


async def test_messages_pass_through_with_every_openai_field(client: Any, fake: FakeRuncrate) -> None:
    messages = [
        {"role": "system", "content": "Be brief.", "name": "rules"},
        {
            "role": "user",
            "content": [
                {"type": "text", "text": "Weather?"},
                {"type": "image_url", "image_url": {"url": "https://x/y.png", "detail": "low"}},
            ],
        },
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {"id": "call_1", "type": "function", "function": {"name": "get_weather", "arguments": "{}"}}
            ],
        },
        {"role": "tool", "tool_call_id": "call_1", "content": "sunny", "x_custom": 1},
    ]
    completion = await call(
        client.models.chat_completion(
            "m",
            messages,
            tools=[WEATHER_TOOL],
            stream=False,
            max_tokens=4,
            temperature=0.5,
            stop=["never"],
            top_k=40,
            repetition_penalty=1.1,
        )
    )
    body = sent_bodies(fake)[0]
    assert body["messages"] == messages
    assert body["stream"] is False
    assert body["top_k"] == 40 and body["repetition_penalty"] == 1.1
    assert body["stop"] == ["never"] and body["max_tokens"] == 4
    # under tool_choice "auto" the fake answers in text once the last message is a tool result
    assert completion.choices[0].finish_reason == "length"
    assert len(completion.choices[0].message.content.split()) == 4


async def test_a_previous_answer_message_can_be_sent_back(client: Any, fake: FakeRuncrate) -> None:
    first = await call(
        client.chat.completions.create("m", USER, tools=[WEATHER_TOOL], tool_choice="required")
    )
    message = first.choices[0].message
    assert message.content is None and message.tool_calls[0].function.name == "get_weather"
    follow_up = [
        *USER,
        message,
        {"role": "tool", "tool_call_id": message.tool_calls[0].id, "content": "sunny"},
    ]
    second = await call(client.chat.completions.create("m", follow_up, tools=[WEATHER_TOOL]))
    assert second.choices[0].finish_reason == "stop"
    assert sent_bodies(fake)[1]["messages"][1]["tool_calls"] == [message.tool_calls[0].to_dict()]


async def test_stream_yields_typed_chunks_readable_as_mappings(client: Any, fake: FakeRuncrate) -> None:
    stream = await call(client.chat.completions.create("m", USER, stream=True))
    assert isinstance(stream, ChatCompletionStream | AsyncChatCompletionStream)
    assert isinstance(stream, runcrate.Stream | runcrate.AsyncStream)
    chunks = await collect(stream)
    # the official SDK README's style, on plain dicts, works unchanged
    pieces = [chunk.get("choices", [{}])[0].get("delta", {}).get("content") for chunk in chunks]
    text = "".join(piece or "" for piece in pieces)
    assert text == "".join(chunk.choices[0].delta.content or "" for chunk in chunks)
    assert chunks[0].choices[0].delta.role == "assistant"
    assert chunks[-1].choices[0].finish_reason == "stop"
    assert sent_bodies(fake)[0]["stream"] is True
    plain = await call(client.chat.completions.create("m", USER))
    assert text == plain.choices[0].message.content


async def test_final_completion_matches_the_non_streamed_answer(client: Any) -> None:
    arguments: dict[str, Any] = {"model": "deepseek-r1", "messages": USER}
    plain = await call(client.chat.completions.create(**arguments))
    stream = await call(
        client.chat.completions.create(**arguments, stream=True, stream_options={"include_usage": True})
    )
    final = await call(stream.get_final_completion())
    assert final.choices[0].message.content == plain.choices[0].message.content
    assert final.choices[0].message.reasoning_content == plain.choices[0].message.reasoning_content
    assert final.choices[0].message.reasoning_content
    assert final.choices[0].finish_reason == "stop"
    assert final.usage == plain.usage
    assert final.model == "deepseek-r1" and final.id.startswith("chatcmpl")
    assert await call(stream.get_final_text()) == plain.choices[0].message.content


async def test_streamed_tool_calls_are_merged_by_index(client: Any) -> None:
    arguments: dict[str, Any] = {
        "model": "m",
        "messages": USER,
        "tools": [WEATHER_TOOL],
        "tool_choice": {"type": "function", "function": {"name": "get_weather"}},
    }
    plain = await call(client.models.chat_completion(**arguments))
    stream = await call(client.models.chat_completion(**arguments, stream=True))
    chunks = await collect(stream)
    assert sum(1 for c in chunks if c.choices and c.choices[0].delta.tool_calls) > 2  # arguments in fragments
    final = await call(stream.get_final_completion())
    assert final.choices[0].message.content is None
    assert final.choices[0].finish_reason == "tool_calls"
    assert [t.to_dict() for t in final.choices[0].message.tool_calls] == [
        t.to_dict() for t in plain.choices[0].message.tool_calls
    ]
    assert await call(stream.get_final_text()) == ""


async def test_max_tokens_is_the_number_of_content_chunks(client: Any) -> None:
    stream = await call(client.chat.completions.create("m", USER, stream=True, max_tokens=7))
    chunks = await collect(stream)
    assert len([c for c in chunks if c.choices and c.choices[0].delta.content]) == 7
    assert (await call(stream.get_final_completion())).choices[0].finish_reason == "length"


async def test_an_error_in_the_middle_of_a_stream_raises_after_the_chunks_before_it(client: Any) -> None:
    stream = await call(client.chat.completions.create("error-midstream", USER, stream=True))
    seen: list[Any] = []
    with pytest.raises(InternalServerError) as failed:
        if hasattr(stream, "__aiter__"):
            async for chunk in stream:
                seen.append(chunk)  # noqa: PERF401 (keeps the chunks that came before the error)
        else:
            seen.extend(stream)
    assert len(seen) == 2
    assert failed.value.message == "The fake model failed in the middle of the stream."
    assert failed.value.code == "internal_error" and failed.value.type == "server_error"


async def test_final_completion_raises_the_midstream_error_too(client: Any) -> None:
    stream = await call(client.chat.completions.create("error-midstream", USER, stream=True))
    with pytest.raises(InternalServerError, match="middle of the stream"):
        await call(stream.get_final_completion())


async def test_a_dropped_stream_raises_connection_error(client: Any, fake: FakeRuncrate) -> None:
    fake.faults.add("POST", "/v1/chat/completions", sse_drop_after=2)
    stream = await call(client.chat.completions.create("m", USER, stream=True))
    with pytest.raises(runcrate.ConnectionError):
        await call(stream.get_final_text())
    fake.faults.add("POST", "/v1/chat/completions", sse_drop_after=3)
    stream = await call(client.chat.completions.create("m", USER, stream=True))
    with pytest.raises(ConnectionError):  # the builtin too
        await collect(stream)


async def test_closing_a_stream_early_releases_it(client: Any) -> None:
    stream = await call(client.chat.completions.create("m", USER, stream=True))
    if hasattr(stream, "__aenter__"):
        async with stream:
            first = await anext(aiter(stream))
    else:
        with stream:
            first = next(iter(stream))
    assert first.choices[0].delta.role == "assistant"
    assert stream.response.is_closed
    with pytest.raises(runcrate.ConnectionError, match="closed before it ended"):
        await call(stream.get_final_completion())


async def test_server_errors_are_typed_with_the_servers_message(client: Any, fake: FakeRuncrate) -> None:
    with pytest.raises(BadRequestError) as bad:
        await call(
            client.chat.completions.create(
                "m",
                USER,
                tools=[WEATHER_TOOL],
                tool_choice={"type": "function", "function": {"name": "nope"}},
            )
        )
    assert bad.value.message == "'tool_choice' must name a function listed in 'tools'."
    assert bad.value.code == "invalid_params"
    with pytest.raises(BadRequestError):
        await call(client.chat.completions.create("m", USER, stream=True, tool_choice="required"))
    fake.faults.add("POST", "/v1/chat/completions", statuses=[422])
    with pytest.raises(UnprocessableEntityError):
        await call(client.chat.completions.create("m", USER, temperature=2))


async def test_inference_posts_are_retried_like_reads(client: Any, fake: FakeRuncrate) -> None:
    fake.faults.add("POST", "/v1/chat/completions", statuses=[503, 429])
    completion = await call(client.chat.completions.create("m", USER))
    assert completion.choices[0].message.content
    assert fake.attempts("POST", "/v1/chat/completions") == 3


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"messages": []}, "at least one message"),
        ({"messages": "hi"}, "must be a list of messages"),
        (
            {"messages": [{"content": "no role"}]},
            r"messages\[0\] must be a message.*the required field ChatMessage.role is missing",
        ),
        ({"messages": ["hi"]}, r"messages\[0\] must be a message"),
        (
            {"messages": [{"role": "user", "content": [{"type": "input_audio", "input_audio": {}}]}]},
            r"messages\[0\] must be a message",
        ),
        ({"messages": USER, "tool_choice": "any"}, "tool_choice must be 'none', 'auto', 'required'"),
        ({"messages": USER, "tools": [{"type": "function"}]}, r"tools\[0\] must be"),
        ({"messages": USER, "response_format": {"type": "yaml"}}, "response_format must be"),
        ({"messages": USER, "stream_options": {"include_usage": True}}, "pass stream=True"),
    ],
)
async def test_malformed_requests_fail_before_sending(
    client: Any, fake: FakeRuncrate, arguments: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        await call(client.chat.completions.create("m", **arguments))
    assert fake.attempts("POST", "/v1/chat/completions") == 0


async def test_with_raw_response_for_answers_and_streams(client: Any) -> None:
    raw = await call(client.chat.completions.with_raw_response.create("m", USER))
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200
    assert raw.parse().choices[0].message.content
    raw_stream = await call(client.chat.with_raw_response.completions.create("m", USER, stream=True))
    assert raw_stream.headers["content-type"].startswith("text/event-stream")
    stream = raw_stream.parse()
    assert (await call(stream.get_final_text())).startswith("Fake reply")


async def test_per_call_options_are_not_sent_as_model_parameters(client: Any, fake: FakeRuncrate) -> None:
    await call(
        client.chat.completions.create(
            "m", USER, timeout=30, max_retries=0, extra_headers={"X-Trace": "t1"}, extra_body={"top_k": 3}
        )
    )
    request = fake.requests[0]
    assert request.headers["x-trace"] == "t1"
    assert request.json() == {"model": "m", "messages": USER, "top_k": 3}


def test_models_chat_completion_is_chat_completions_create() -> None:
    from runcrate.resources._async.chat import AsyncChatCompletions
    from runcrate.resources._async.models import AsyncModels
    from runcrate.resources._sync.chat import ChatCompletions
    from runcrate.resources._sync.models import Models

    assert AsyncModels.chat_completion is AsyncChatCompletions.create
    assert Models.chat_completion is ChatCompletions.create
