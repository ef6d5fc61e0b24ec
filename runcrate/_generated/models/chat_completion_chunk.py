# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireModel, json_list

T = TypeVar("T", bound="ChatCompletionChunk")


@_attrs_define
class ChatCompletionChunk(WireModel):
    """One streamed piece of a chat completion. Normal chunks carry `id` (the same on every chunk of a completion),
    `created`, `model` and `choices`; a chunk may also carry `usage` (whether a final usage chunk is sent is
    unverified). A chunk with a top-level `error` reports a failure in the middle of the stream and may carry nothing
    else.

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

    id: str | Unset = UNSET
    object: str | Unset = UNSET
    """ Presumably `chat.completion.chunk` (unverified); do not rely on it. """
    created: int | Unset = UNSET
    """ Creation time, Unix seconds. """
    model: str | Unset = UNSET
    choices: list[ChatCompletionChunkChoice] | Unset = UNSET
    usage: CompletionUsage | Unset | None = UNSET
    error: InferenceErrorBody | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object

        created = self.created

        model = self.model

        choices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.choices, Unset):
            choices = []
            for choices_item_data in self.choices:
                choices_item = choices_item_data.to_dict()
                choices.append(choices_item)

        usage: dict[str, Any] | Unset | None
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, CompletionUsage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if object_ is not UNSET:
            field_dict["object"] = object_
        if created is not UNSET:
            field_dict["created"] = created
        if model is not UNSET:
            field_dict["model"] = model
        if choices is not UNSET:
            field_dict["choices"] = choices
        if usage is not UNSET:
            field_dict["usage"] = usage
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        object_ = d.pop("object", UNSET)

        created = d.pop("created", UNSET)

        model = d.pop("model", UNSET)

        _choices = d.pop("choices", UNSET)
        choices: list[ChatCompletionChunkChoice] | Unset = UNSET
        if _choices is not UNSET:
            choices = [
                ChatCompletionChunkChoice.from_dict(choices_item_data)
                for choices_item_data in json_list(_choices)
            ]

        usage = _parse_usage(d.pop("usage", UNSET))

        _error = d.pop("error", UNSET)
        error: InferenceErrorBody | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = InferenceErrorBody.from_dict(cast("Mapping[str, Any]", _error))

        chat_completion_chunk = cls(
            id=id,
            object=object_,
            created=created,
            model=model,
            choices=choices,
            usage=usage,
            error=error,
        )

        chat_completion_chunk.additional_properties = d
        return chat_completion_chunk


# Imported after the class so that models referring to each other import cleanly.
from ..models.chat_completion_chunk_choice import ChatCompletionChunkChoice  # noqa: E402
from ..models.completion_usage import CompletionUsage  # noqa: E402
from ..models.inference_error_body import InferenceErrorBody  # noqa: E402


def _parse_usage(data: object) -> CompletionUsage | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        try:
            usage_type_0 = CompletionUsage.from_dict(cast("Mapping[str, Any]", data))

            return usage_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("CompletionUsage | None | Unset", data)
