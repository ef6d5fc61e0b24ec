"""What every call returns, with both clients: absent fields as ``None``, required fields enforced."""

from __future__ import annotations

import json
from typing import Any

import pytest

from runcrate import InvalidResponseError, ResultList
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
    job: dict[str, Any] = {
        "id": "job_1",
        "name": "train",
        "status": "running",
        "command": "python train.py",
        "gpu_type": "H100",
        "gpu_count": 1,
        "max_runtime_minutes": 5,
        "created_at": value,
    }
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
        good,
    )
    fake.faults.add(
        "POST", "/v1/chat/completions", statuses=[(200, {"Content-Type": "text/event-stream"}, body)]
    )
    stream = await call(client.chat.completions.create(model=CHAT_MODEL, messages=USER, stream=True))
    with pytest.raises(InvalidResponseError, match=r"ChatCompletionChunk\.choices is missing"):
        await collect(stream)


# ----- request ids --------------------------------------------------------------------------------


def answer_with(fake: FakeRuncrate, method: str, path: str, body: Any, request_id: str) -> None:
    """The next ``method path`` answers 200 with ``body`` and this ``X-Request-Id``."""
    fake.faults.add(method, path, statuses=[(200, {"X-Request-Id": request_id}, body)])


async def test_a_result_carries_its_request_id_and_nested_models_do_not(
    client: Any, fake: FakeRuncrate
) -> None:
    job: dict[str, Any] = {"id": "job_1", "name": "train", "status": "running", "command": "python train.py"}
    job.update(gpu_type="H100", gpu_count=1, max_runtime_minutes=5, created_at="2026-01-01T00:00:00Z")
    job.update(attempts=[], gpu_candidates=[{"gpu_type": "H100", "gpu_count": 1}])
    answer_with(fake, "GET", "/api/v1/jobs/{id}", {"data": job}, "req_job")
    got = await call(client.jobs.get("job_1"))
    assert got._request_id == "req_job"
    assert got.gpu_candidates[0]._request_id is None
    assert "req_job" not in repr(got) and "_request_id" not in got.model_dump()


async def test_inference_results_carry_their_request_id(client: Any, fake: FakeRuncrate) -> None:
    completion = await call(client.chat.completions.create(model=CHAT_MODEL, messages=USER))
    assert isinstance(completion._request_id, str) and completion._request_id
    image = await call(client.images.generate("black-forest-labs/FLUX.1-schnell", "a cat"))
    assert isinstance(image._request_id, str) and image._request_id != completion._request_id


async def test_a_list_is_a_list_carrying_its_request_id(client: Any, fake: FakeRuncrate) -> None:
    answer_with(fake, "GET", "/api/v1/ssh-keys", {"data": []}, "req_keys")
    keys = await call(client.ssh_keys.list())
    assert isinstance(keys, list) and keys == []
    assert isinstance(keys, ResultList)
    assert keys._request_id == keys.request_id == "req_keys"
    instances = await call(client.instances.list())
    assert isinstance(instances, list) and isinstance(instances._request_id, str)


async def test_a_page_carries_its_request_id(client: Any, fake: FakeRuncrate) -> None:
    page = await call(client.jobs.list())
    assert isinstance(page._request_id, str) and page._request_id == page.request_id


async def test_a_raw_response_parses_to_a_result_with_the_request_id(client: Any, fake: FakeRuncrate) -> None:
    raw = await call(client.billing.with_raw_response.get_balance())
    assert raw.parse()._request_id == raw.request_id is not None
    raw_list = await call(client.ssh_keys.with_raw_response.list())
    assert raw_list.parse()._request_id == raw_list.request_id is not None


async def test_a_streamed_completion_carries_the_stream_request_id(client: Any, fake: FakeRuncrate) -> None:
    stream = await call(client.chat.completions.create(model=CHAT_MODEL, messages=USER, stream=True))
    completion = await call(stream.get_final_completion())
    assert completion._request_id == stream.request_id is not None
