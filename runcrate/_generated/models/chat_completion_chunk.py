# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel, json_list, missing_field

T = TypeVar("T", bound="ChatCompletionChunk")


@_attrs_define(repr=False)
class ChatCompletionChunk(WireModel):
    """One streamed piece of a chat completion. Chunks carry `id` (the same on every chunk of a completion), `created`,
    `model` and `choices` (empty on a final chunk that only carries `usage`); a chunk may also carry `usage` (whether a
    final usage chunk is sent is unverified). A failure in the middle of the stream comes as an event of its own holding
    an `error` object (an `InferenceErrorEnvelope`, possibly with chunk fields beside it).

    """

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "object": "object",
        "created": "created",
        "model": "model",
        "choices": "choices",
        "usage": "usage",
        "error": "error",
    }
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "object",
            "created",
            "model",
            "usage",
            "error",
        }
    )

    choices: list[ChatCompletionChunkChoice]
    id: str | None = None
    object: str | None = None
    """ Presumably `chat.completion.chunk` (unverified); do not rely on it. """
    created: int | None = None
    """ Creation time, Unix seconds. """
    model: str | None = None
    usage: CompletionUsage | None = None
    error: InferenceErrorBody | None = None
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        id = get("id")

        object_ = get("object")

        created = get("created")

        model = get("model")

        _choices = get("choices")
        if _choices is None:
            raise missing_field(cls, src_dict, "choices")
        choices = [
            ChatCompletionChunkChoice.from_dict(choices_item_data)
            for choices_item_data in json_list(_choices)
        ]

        usage = _parse_usage(get("usage"))

        _error = get("error")
        error = None if _error is None else InferenceErrorBody.from_dict(cast("Mapping[str, Any]", _error))

        chat_completion_chunk = object.__new__(cls)
        chat_completion_chunk.id = id
        chat_completion_chunk.object = object_
        chat_completion_chunk.created = created
        chat_completion_chunk.model = model
        chat_completion_chunk.choices = choices
        chat_completion_chunk.usage = usage
        chat_completion_chunk.error = error
        chat_completion_chunk._payload = src_dict
        return chat_completion_chunk


# Imported after the class so that models referring to each other import cleanly.
from ..models.chat_completion_chunk_choice import ChatCompletionChunkChoice  # noqa: E402
from ..models.completion_usage import CompletionUsage  # noqa: E402
from ..models.inference_error_body import InferenceErrorBody  # noqa: E402


def _parse_usage(data: object) -> CompletionUsage | None:
    if data is None:
        return data
    if isinstance(data, dict):
        try:
            usage_type_0 = CompletionUsage.from_dict(cast("Mapping[str, Any]", data))

            return usage_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("CompletionUsage | None", data)
