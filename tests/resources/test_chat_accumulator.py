"""The stream accumulator on chunks no server of ours sends: the fields it takes from the first chunk
that has them, and choices, roles and finish reasons spread over chunks."""

from __future__ import annotations

from typing import Any

from runcrate._chat_stream import ChatCompletionAccumulator


def _chunk(**fields: Any) -> dict[str, Any]:
    return {"object": "chat.completion.chunk", "choices": [], **fields}


def test_head_fields_come_from_the_first_chunk_that_has_each() -> None:
    accumulator = ChatCompletionAccumulator()
    accumulator.parse(_chunk(id="a"))
    accumulator.parse(_chunk(id="b", model="m1"))
    accumulator.parse(_chunk(id="c", model="m2", created=7))
    accumulator.parse(_chunk(id="d", model="m3", created=8))
    completion = accumulator.completion()
    assert (completion.id, completion.model, completion.created) == ("a", "m1", 7)


def test_choices_merge_by_index_across_chunks() -> None:
    accumulator = ChatCompletionAccumulator()
    deltas: list[tuple[int, dict[str, Any], str | None]] = [
        (1, {"role": "assistant", "content": "x"}, None),
        (0, {"content": "He"}, None),
        (0, {"role": "assistant", "reasoning_content": "hmm"}, None),
        (0, {"content": "llo", "role": "user"}, "stop"),
        (1, {}, "length"),
    ]
    for index, delta, finish_reason in deltas:
        choice = {"index": index, "delta": delta, "finish_reason": finish_reason}
        accumulator.parse(_chunk(id="x", model="m", created=1, choices=[choice]))
    first, second = accumulator.completion().choices
    assert (first.message.role, first.message.content, first.finish_reason) == ("assistant", "Hello", "stop")
    assert first.message.reasoning_content == "hmm"
    assert (second.message.content, second.finish_reason) == ("x", "length")
    assert accumulator.text() == "Hello"
