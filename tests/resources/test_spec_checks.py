"""The spec guards every call: each kind of constraint it states is checked before any request, and the
error names the parameter, the value and what was expected. Unknown keywords are refused; inference
methods forward model-specific keywords but refuse near misses of known ones."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from runcrate.testing import FakeRuncrate
from tests.resources.conftest import call

MODEL = "meta-llama/Llama-3.3-70B-Instruct"
USER = [{"role": "user", "content": "hi"}]
JOB = {"command": "echo hi", "gpu_type": "H100", "max_runtime_minutes": 5}
CallOf = Callable[[Any], Any]

REFUSED: list[tuple[str, CallOf, type[Exception], str]] = [
    # A required value given as None.
    ("required", lambda c: c.storage.create(None, 10), ValueError, r"name is required: expected a non-blank"),
    (
        "required nested",
        lambda c: c.schedules.create("job", {"command": "x"}, cron="0 * * * *"),
        ValueError,
        r"spec\['max_runtime_minutes'\] is required: expected a whole number from 1 to 10080",
    ),
    # Types.
    (
        "type",
        lambda c: c.instances.create("a", gpu_type="H100", gpu_count="eight"),
        ValueError,
        r"gpu_count must be a whole number >= 1, got 'eight'",
    ),
    (
        "type: a bool is no number",
        lambda c: c.instances.list_types(gpu_count=True),
        ValueError,
        r"gpu_count must be a whole number >= 1, got True",
    ),
    (
        "type of list items",
        lambda c: c.instances.create("a", gpu_type="H100", startup_commands=["ok", 3]),
        ValueError,
        r"startup_commands\[1\] must be a string, got 3",
    ),
    (
        "type, inference",
        lambda c: c.chat.completions.create(MODEL, USER, temperature="hot"),
        ValueError,
        r"temperature must be a number from 0 to 2, got 'hot'",
    ),
    # minLength.
    (
        "minLength",
        lambda c: c.instances.create("", gpu_type="H100"),
        ValueError,
        r"name must be a non-empty string, got ''",
    ),
    (
        "minLength, inference",
        lambda c: c.chat.completions.create("", USER),
        ValueError,
        r"model must be a non-empty string, got ''",
    ),
    # minimum / maximum.
    (
        "minimum",
        lambda c: c.instances.create("a", gpu_type="H100", max_runtime_minutes=-5),
        ValueError,
        r"max_runtime_minutes must be a whole number from 5 to 10080, got -5",
    ),
    (
        "maximum",
        lambda c: c.jobs.list(limit=101),
        ValueError,
        r"limit must be a whole number from 1 to 100, got 101",
    ),
    (
        "range of a number",
        lambda c: c.billing.top_up(10_001),
        ValueError,
        r"amount_usd must be a number from 20 to 10000, got 10001",
    ),
    # pattern.
    (
        "pattern",
        lambda c: c.schedules.create("job", JOB, cron="every hour"),
        ValueError,
        r"cron must be a string matching .*, got 'every hour'",
    ),
    (
        "pattern of a path-like value",
        lambda c: c.jobs.uploads.create(10, sha256="xyz"),
        ValueError,
        r"sha256 must be a string matching '\^\[0-9a-f\]\{64\}\$', got 'xyz'",
    ),
    # Closed enums.
    (
        "closed enum",
        lambda c: c.images.generate(MODEL, "a cat", response_format="png"),
        ValueError,
        r"response_format must be one of 'url', 'b64_json', got 'png'",
    ),
    (
        "closed enum in a list",
        lambda c: c.jobs.run(retry_on=["sometimes"], **JOB),
        ValueError,
        r"retry_on\[0\] must be one of 'machine_failure', 'nonzero_exit', got 'sometimes'",
    ),
    # Exactly one of.
    (
        "exactly one of: both",
        lambda c: c.instances.create("a", gpu_type="H100", instance_type_id="t1"),
        ValueError,
        r"give exactly one of gpu_type or instance_type_id \(got gpu_type, instance_type_id\)",
    ),
    (
        "exactly one of: neither",
        lambda c: c.instances.create("a"),
        ValueError,
        r"give exactly one of gpu_type or instance_type_id \(got none of them\)",
    ),
    (
        "exactly one of: schedules",
        lambda c: c.schedules.create("job", JOB),
        ValueError,
        r"give exactly one of run_at or cron \(got none of them\)",
    ),
    # At least one field of a partial update; fields that exclude each other.
    (
        "at least one",
        lambda c: c.environments.update("env_1"),
        ValueError,
        r"give at least one of name, is_default \(there is nothing to change\)",
    ),
    (
        "not both",
        lambda c: c.schedules.update("s1", run_at="2030-01-01T00:00:00Z", cron="0 * * * *"),
        ValueError,
        r"give run_at or cron, not both",
    ),
    # Unknown keywords: refused everywhere but inference, with the name probably meant.
    (
        "unknown keyword",
        lambda c: c.instances.list(serach="gpu"),
        TypeError,
        r"unexpected keyword argument\(s\) 'serach' \(did you mean 'search'\?\)",
    ),
    (
        "unknown keyword in a spec",
        lambda c: c.jobs.run(envs={"A": "1"}, **JOB),
        TypeError,
        r"'envs' \(did you mean 'env'\?\)",
    ),
    (
        "near miss, chat",
        lambda c: c.chat.completions.create(MODEL, USER, temprature=0.5),
        TypeError,
        r"'temprature' \(did you mean 'temperature'\?\)",
    ),
    (
        "near miss, chat",
        lambda c: c.models.chat_completion(MODEL, USER, max_token=5),
        TypeError,
        r"'max_token' \(did you mean 'max_tokens'\?\)",
    ),
    (
        "near miss, images",
        lambda c: c.images.generate(MODEL, "a cat", widht=512),
        TypeError,
        r"'widht' \(did you mean 'width'\?\)",
    ),
    (
        "near miss of an option",
        lambda c: c.videos.generate(MODEL, "waves", max_retrie=2),
        TypeError,
        r"'max_retrie' \(did you mean 'max_retries'\?\)",
    ),
]


@pytest.mark.parametrize("case", REFUSED, ids=[f"{case[0]}-{i}" for i, case in enumerate(REFUSED)])
async def test_bad_input_is_refused_before_any_request(
    client: Any, fake: FakeRuncrate, case: tuple[str, CallOf, type[Exception], str]
) -> None:
    kind, make_call, error, message = case
    with pytest.raises(error, match=message):
        await call(make_call(client))
    assert fake.requests == [], kind


async def test_model_specific_keywords_still_reach_the_model(client: Any, fake: FakeRuncrate) -> None:
    await call(client.chat.completions.create(MODEL, USER, top_k=40, repetition_penalty=1.1, min_p=0.05))
    assert fake.requests[-1].json() == {
        "model": MODEL,
        "messages": USER,
        "top_k": 40,
        "repetition_penalty": 1.1,
        "min_p": 0.05,
    }


async def test_values_the_spec_allows_are_sent_as_given(client: Any, fake: FakeRuncrate) -> None:
    await call(
        client.instances.create("edge", gpu_type="H100", max_runtime_minutes=5, idle_shutdown_minutes=1440)
    )
    await call(client.jobs.list(limit=100, tags={"team": "ml"}))
    sent = [r for r in fake.requests if r.path.endswith(("/instances", "/jobs"))]
    assert sent[0].json() == {
        "name": "edge",
        "gpu_type": "H100",
        "max_runtime_minutes": 5,
        "idle_shutdown_minutes": 1440,
    }
    assert "limit=100" in sent[1].query and "tag=team%3Aml" in sent[1].query
