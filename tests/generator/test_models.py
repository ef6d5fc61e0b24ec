"""Behaviour of the generated models that the SDK relies on: lenient, open, readable both ways."""

from __future__ import annotations

from runcrate._generated.models import (
    ChatCompletionChunk,
    Instance,
    KnownInstanceStatus,
    StorageVolume,
    Transaction,
)

CHUNK = {
    "id": "chatcmpl-1",
    "object": "chat.completion.chunk",
    "created": 1700000000,
    "model": "deepseek-ai/DeepSeek-V3",
    "choices": [{"index": 0, "delta": {"content": "Hel"}, "finish_reason": None}],
    "system_fingerprint": "fp_1",
}


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


def test_an_absent_field_is_falsy_and_prints_as_nothing() -> None:
    delta = ChatCompletionChunk.from_dict(CHUNK).choices[0].delta
    assert not delta.role
    assert str(delta.role) == ""
    assert repr(delta.role) == "UNSET"
