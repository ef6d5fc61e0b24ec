"""Behaviour of the generated models that the SDK relies on: lenient, open, readable both ways."""

from __future__ import annotations

import datetime
import inspect
import json
import pickle
import typing
from typing import Any

import attrs
import pytest

from runcrate._generated import models
from runcrate._generated.models import (
    Balance,
    ChatCompletionChunk,
    ChatCompletionMessage,
    Instance,
    Job,
    JobTags,
    KnownInstanceStatus,
    StorageVolume,
    Transaction,
    UpdateInstanceRequest,
)
from runcrate._generated.types import MissingFieldError, WireModel

CHUNK = {
    "id": "chatcmpl-1",
    "object": "chat.completion.chunk",
    "created": 1700000000,
    "model": "deepseek-ai/DeepSeek-V3",
    "choices": [{"index": 0, "delta": {"content": "Hel"}, "finish_reason": None}],
    "system_fingerprint": "fp_1",
}
JOB = {
    "id": "job_1",
    "name": "train",
    "status": "running",
    "command": "python train.py",
    "gpu_type": "H100",
    "gpu_count": 1,
    "max_runtime_minutes": 60,
    "created_at": "2026-01-02T03:04:05Z",
    "started_at": "2026-01-02T03:05:00+00:00",
    "ended_at": None,
    "tags": {"team": "ml"},
    "retry_on": ["exit_code", "preempted-someday"],
    "priority": 3,
}


def _model_classes() -> list[type[WireModel]]:
    found = [getattr(models, name) for name in models.__all__]
    return [cls for cls in found if isinstance(cls, type) and issubclass(cls, WireModel)]


def test_models_answer_mapping_access_by_wire_names() -> None:
    chunk = ChatCompletionChunk.from_dict(CHUNK)
    assert chunk["choices"][0]["delta"]["content"] == "Hel"
    assert chunk.get("choices", [{}])[0].get("delta", {}).get("content") == "Hel"
    assert chunk["choices"][0]["finish_reason"] is None
    assert chunk["system_fingerprint"] == "fp_1", "unknown fields stay readable"
    assert chunk.get("usage") is None
    assert "usage" not in chunk
    assert "choices" in chunk
    assert list(chunk) == ["id", "object", "created", "model", "choices", "system_fingerprint"]
    assert dict(chunk.items())["model"] == "deepseek-ai/DeepSeek-V3"
    with pytest.raises(KeyError):
        chunk["usage"]


def test_unknown_fields_round_trip() -> None:
    assert ChatCompletionChunk.from_dict(CHUNK).to_dict() == CHUNK


def test_unknown_enum_values_are_accepted() -> None:
    known = Instance.from_dict({"id": "i1", "name": "a", "status": "running"})
    unknown = Instance.from_dict({"id": "i2", "name": "b", "status": "hibernating"})
    assert known.status == KnownInstanceStatus.RUNNING
    assert unknown.status == "hibernating"


def test_fields_sent_in_either_casing_land_on_one_snake_case_attribute() -> None:
    camel = StorageVolume.from_dict(
        {"id": "v1", "name": "data", "sizeGb": 100, "createdAt": "2026-01-01T00:00:00Z"}
    )
    snake = StorageVolume.from_dict(
        {"id": "v1", "name": "data", "size_gb": 100, "created_at": "2026-01-01T00:00:00Z"}
    )
    assert camel.size_gb == snake.size_gb == 100
    assert camel.created_at == snake.created_at
    assert snake.additional_properties == {}, "the alias is consumed, not left over as an unknown field"
    transaction = Transaction.from_dict({"id": "t1", "project_id": "p1", "type": "usage", "amount": -1.5})
    assert transaction.project_id == "p1"


def test_an_absent_field_reads_as_none_and_an_explicit_null_stays_on_the_wire() -> None:
    delta = ChatCompletionChunk.from_dict(CHUNK).choices[0].delta
    assert delta.role is None
    assert delta.tool_calls is None
    job = Job.from_dict(JOB)
    assert job.ended_at is None and job.exit_code is None
    wire = job.to_dict()
    assert wire["ended_at"] is None, "an explicit null is sent back as null"
    assert "exit_code" not in wire, "an absent field stays absent"
    assert "ended_at" in job and "exit_code" not in job


def test_fields_given_in_either_casing_are_not_absent() -> None:
    volume = StorageVolume.from_dict({"id": "v1", "name": "data", "size_gb": None})
    assert volume.to_dict() == {"id": "v1", "name": "data", "sizeGb": None}
    assert "sizeGb" in volume and "createdAt" not in volume


def test_a_model_built_by_its_constructor_sends_only_what_was_set() -> None:
    assert UpdateInstanceRequest(max_runtime_minutes=120).to_dict() == {"max_runtime_minutes": 120}
    assert UpdateInstanceRequest.from_dict({"idle_shutdown_minutes": None}).to_dict() == {
        "idle_shutdown_minutes": None
    }, "from_dict keeps an explicit null (a PATCH that turns a limit off)"
    assert Instance(id="i1", name="a", status="running").model_dump(exclude_unset=True) == {
        "id": "i1",
        "name": "a",
        "status": "running",
    }


def _job_without(field: str, *, null: bool) -> dict[str, Any]:
    """``JOB``'s required fields, one of them null or left out."""
    required = {name: JOB[name] for name in ("id", "name", "status", "command", "gpu_type", "gpu_count")}
    payload = {**required, "max_runtime_minutes": 60, "created_at": "2026-01-01T00:00:00Z"}
    if null:
        payload[field] = None
    else:
        del payload[field]
    return payload


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        (_job_without("id", null=False), "Job.id is missing"),
        (_job_without("id", null=True), "Job.id is null"),
        (_job_without("status", null=True), "Job.status is null"),
        (_job_without("created_at", null=True), "Job.created_at is null"),
        (_job_without("created_at", null=False), "Job.created_at is missing"),
    ],
)
def test_a_required_field_missing_or_null_is_named(payload: dict[str, Any], message: str) -> None:
    with pytest.raises(MissingFieldError, match=f"the required field {message}") as raised:
        Job.from_dict(payload)
    assert isinstance(raised.value, ValueError)
    assert raised.value.field == message.split(".")[1].split(maxsplit=1)[0]


def test_a_required_field_missing_deep_inside_is_named() -> None:
    chunk = {**CHUNK, "choices": [{"index": 0, "finish_reason": None}]}
    with pytest.raises(MissingFieldError, match=r"ChatCompletionChunkChoice\.delta is missing"):
        ChatCompletionChunk.from_dict(chunk)


def test_a_required_nullable_field_may_be_null_but_not_missing() -> None:
    required_nullable = [
        (cls, attribute)
        for cls in _model_classes()
        for attribute in attrs.fields(cls)
        if attribute.init and attribute.default is attrs.NOTHING and "None" in str(attribute.type)
    ]
    assert (ChatCompletionMessage, attrs.fields(ChatCompletionMessage).content) in required_nullable
    # a message that only called tools sends "content": null, never leaves it out
    assert ChatCompletionMessage.from_dict({"role": "assistant", "content": None}).content is None
    with pytest.raises(MissingFieldError, match=r"ChatCompletionMessage\.content is missing"):
        ChatCompletionMessage.from_dict({"role": "assistant"})


def test_model_dump_uses_attribute_names_and_json_safe_values() -> None:
    job = Job.from_dict(JOB)
    dumped = job.model_dump()
    assert dumped["id"] == "job_1"
    assert dumped["status"] == "running" and type(dumped["status"]) is str
    assert dumped["created_at"] == "2026-01-02T03:04:05+00:00"
    assert dumped["tags"] == {"team": "ml"}
    assert dumped["retry_on"] == ["exit_code", "preempted-someday"]
    assert dumped["exit_code"] is None, "absent fields are None in a full dump"
    assert dumped["priority"] == 3, "unknown fields are dumped under their wire names"
    assert json.loads(json.dumps(dumped)) == dumped
    assert "exit_code" not in job.model_dump(exclude_unset=True)
    assert "ended_at" in job.model_dump(exclude_unset=True)
    assert "ended_at" not in job.model_dump(exclude_none=True)


def test_model_dump_by_alias_uses_wire_names() -> None:
    volume = StorageVolume.from_dict({"id": "v1", "name": "data", "sizeGb": 100})
    assert volume.model_dump()["size_gb"] == 100
    assert volume.model_dump(by_alias=True)["sizeGb"] == 100
    balance = Balance.from_dict({"creditsBalance": 12.5, "activeUsageCost": 0.5, "runway_hours": None})
    assert balance.model_dump(by_alias=True, exclude_unset=True) == balance.to_dict()
    assert balance.to_dict() == {"creditsBalance": 12.5, "activeUsageCost": 0.5, "runway_hours": None}


def test_json_text_forms() -> None:
    job = Job.from_dict(JOB)
    assert json.loads(job.model_dump_json()) == job.model_dump()
    assert json.loads(job.model_dump_json(by_alias=True, exclude_unset=True)) == job.to_dict()
    assert json.loads(job.to_json()) == job.to_dict()
    assert job.to_json().startswith('{\n  "id"'), "to_json indents like openai's"
    chunk = ChatCompletionChunk.from_dict(CHUNK)
    assert json.loads(chunk.to_json(use_api_names=False, exclude_unset=False))["usage"] is None


def test_repr_is_readable_and_shows_no_sentinel() -> None:
    text = repr(Job.from_dict(JOB))
    assert text.startswith("Job(id='job_1', name='train', status='running', "), "fields in the spec's order"
    assert "created_at=datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)" in text
    assert "ended_at=None" in text, "an explicit null is shown"
    assert "exit_code=" not in text, "an absent field is not"
    assert "tags=JobTags(team='ml')" in text
    assert "priority=3" in text, "unknown fields are shown"
    for forbidden in ("UNSET", "Unset", "additional_properties", "_absent", "_request_id"):
        assert forbidden not in text
    assert repr(JobTags.from_dict({"a-b": "1"})) == "JobTags(**{'a-b': '1'})"


def test_equality_ignores_how_a_model_was_built() -> None:
    built = Instance(id="i1", name="a", status="running")
    parsed = Instance.from_dict({"id": "i1", "name": "a", "status": "running"})
    assert built == parsed
    parsed._request_id = "req_1"
    assert built == parsed


def test_models_pickle_with_what_they_know() -> None:
    job = Job.from_dict(JOB)
    job._request_id = "req_1"
    copy = pickle.loads(pickle.dumps(job))
    assert copy == job
    assert copy._request_id == "req_1"
    assert copy.to_dict() == job.to_dict()


def test_no_public_annotation_mentions_the_generator_sentinel() -> None:
    for cls in _model_classes():
        hints = typing.get_type_hints(cls)
        for name, hint in hints.items():
            assert "Unset" not in str(hint), f"{cls.__name__}.{name}: {hint}"
        assert "Unset" not in str(inspect.signature(cls)), cls.__name__


def test_optional_fields_are_optional_and_required_ones_are_not() -> None:
    hints = typing.get_type_hints(Job)
    assert hints["id"] is str
    assert hints["created_at"] is datetime.datetime
    assert hints["exit_code"] == int | None
    chunk_choice = typing.get_type_hints(models.ChatCompletionChunkChoice)
    assert chunk_choice["delta"] is models.ChatCompletionDelta
    logs = typing.get_type_hints(models.JobLogs)
    assert logs["chunks"] == list[models.JobLogChunk], "a list the spec requires is a list"


def test_what_from_dict_leaves_for_later_reads_as_if_built_at_once() -> None:
    """``from_dict`` sets the declared fields; unknown fields, absent ones and the request id are
    worked out from the payload when first read, and then stay."""
    chunk = ChatCompletionChunk.from_dict(CHUNK)
    delta = chunk.choices[0].delta
    assert chunk.additional_properties == {"system_fingerprint": "fp_1"}
    assert chunk.additional_properties is chunk.additional_properties
    assert chunk._absent == {"usage", "error"}
    assert delta._absent == {"role", "reasoning_content", "tool_calls"}
    assert delta.additional_properties == {}
    assert chunk._request_id is None and delta._request_id is None
    chunk.additional_properties["x"] = 1  # a model's unknown fields are its own to change
    assert chunk.to_dict()["x"] == 1
    assert "x" not in CHUNK


def test_a_misspelt_attribute_is_still_an_attribute_error() -> None:
    chunk = ChatCompletionChunk.from_dict(CHUNK)
    with pytest.raises(AttributeError, match="'ChatCompletionChunk' object has no attribute 'choice'"):
        chunk.choice  # noqa: B018
    assert not hasattr(chunk, "_payloads")


def test_a_field_in_its_other_casing_is_not_an_unknown_one() -> None:
    volume = StorageVolume.from_dict({"id": "v1", "name": "data", "size_gb": 100, "extra": True})
    assert volume.size_gb == 100
    assert volume.additional_properties == {"extra": True}
    assert "sizeGb" not in volume._absent
    both = StorageVolume.from_dict({"id": "v1", "name": "data", "sizeGb": 100, "size_gb": 200})
    assert both.size_gb == 100
    assert both.additional_properties == {"size_gb": 200}, "the wire name wins; the other stays readable"
