# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel, json_list, missing_field

T = TypeVar("T", bound="ChatCompletion")


@_attrs_define(repr=False)
class ChatCompletion(WireModel):
    """A complete (non-streaming) chat completion. Extra fields may appear."""

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "object": "object",
        "created": "created",
        "model": "model",
        "choices": "choices",
        "usage": "usage",
    }
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "usage",
        }
    )

    id: str
    object: str
    """ Always `chat.completion`. """
    created: int
    """ Creation time, Unix seconds. """
    model: str
    """ The model that answered. """
    choices: list[ChatCompletionChoice]
    usage: CompletionUsage | None = None
    """ Token counts of the request. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        id = get("id")
        if id is None:
            raise missing_field(cls, src_dict, "id")

        object_ = get("object")
        if object_ is None:
            raise missing_field(cls, src_dict, "object")

        created = get("created")
        if created is None:
            raise missing_field(cls, src_dict, "created")

        model = get("model")
        if model is None:
            raise missing_field(cls, src_dict, "model")

        _choices = get("choices")
        if _choices is None:
            raise missing_field(cls, src_dict, "choices")
        choices = [
            ChatCompletionChoice.from_dict(choices_item_data) for choices_item_data in json_list(_choices)
        ]

        _usage = get("usage")
        usage = None if _usage is None else CompletionUsage.from_dict(cast("Mapping[str, Any]", _usage))

        chat_completion = object.__new__(cls)
        chat_completion.id = id
        chat_completion.object = object_
        chat_completion.created = created
        chat_completion.model = model
        chat_completion.choices = choices
        chat_completion.usage = usage
        chat_completion._payload = src_dict
        return chat_completion


# Imported after the class so that models referring to each other import cleanly.
from ..models.chat_completion_choice import ChatCompletionChoice  # noqa: E402
from ..models.completion_usage import CompletionUsage  # noqa: E402
