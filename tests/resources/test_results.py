"""What every call returns, with both clients: absent fields as ``None``, required fields enforced."""

from __future__ import annotations

import json
from typing import Any

import pytest

from runcrate import InvalidResponseError
from runcrate.testing import FakeRuncrate
from tests.resources.conftest import call, collect

CHAT_MODEL = "deepseek-ai/DeepSeek-V3"
USER = [{"role": "user", "content": "hi"}]


def sse(*chunks: dict[str, Any]) -> str:
    return "".join(f"data: {json.dumps(chunk)}\n\n" for chunk in chunks) + "data: [DONE]\n\n"


async def test_absent_fields_read_as_none(client: Any, fake: FakeRuncrate) -> None:
    job = await call(client.jobs.run(command="python train.py", gpu_type="H100", max_runtime_minutes=5))
    assert job.exit_code is None
    assert job.ended_at is None


@pytest.mark.parametrize(("value", "state"), [(None, "null"), (..., "missing")])
async def test_a_required_field_null_or_missing_is_an_invalid_response_naming_it(
    client: Any, fake: FakeRuncrate, value: object, state: str
) -> None:
    job: dict[str, Any] = {"id": "job_1", "status": "running", "created_at": value}
    if value is ...:
        del job["created_at"]
    fake.faults.add("GET", "/api/v1/jobs/{id}", statuses=[(200, {}, {"data": job})])
    with pytest.raises(InvalidResponseError, match=f"the required field Job.created_at is {state}") as caught:
        await call(client.jobs.get("job_1"))
    assert caught.value.status_code == 200


async def test_a_stream_chunk_without_a_required_part_is_an_invalid_response_naming_it(
    client: Any, fake: FakeRuncrate
) -> None:
    good = {"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": CHAT_MODEL}
    body = sse(
        {**good, "choices": [{"index": 0, "delta": {"content": "Hel"}, "finish_reason": None}]},
        {**good, "choices": [{"index": 0, "finish_reason": None}]},
    )
    fake.faults.add(
        "POST", "/v1/chat/completions", statuses=[(200, {"Content-Type": "text/event-stream"}, body)]
    )
    stream = await call(client.chat.completions.create(model=CHAT_MODEL, messages=USER, stream=True))
    with pytest.raises(InvalidResponseError, match=r"ChatCompletionChunkChoice\.delta is missing"):
        await collect(stream)
