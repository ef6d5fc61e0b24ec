# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireModel, json_list

T = TypeVar("T", bound="ChatCompletion")


@_attrs_define
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

    id: str
    object: str
    """ Always `chat.completion`. """
    created: int
    """ Creation time, Unix seconds. """
    model: str
    """ The model that answered. """
    choices: list[ChatCompletionChoice]
    usage: CompletionUsage | Unset = UNSET
    """ Token counts of the request. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object

        created = self.created

        model = self.model

        choices: list[Any] = []
        for choices_item_data in self.choices:
            choices_item = choices_item_data.to_dict()
            choices.append(choices_item)

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "created": created,
                "model": model,
                "choices": choices,
            }
        )
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        object_ = d.pop("object")

        created = d.pop("created")

        model = d.pop("model")

        choices = [
            ChatCompletionChoice.from_dict(choices_item_data)
            for choices_item_data in json_list(d.pop("choices"))
        ]

        _usage = d.pop("usage", UNSET)
        usage: CompletionUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = CompletionUsage.from_dict(cast("Mapping[str, Any]", _usage))

        chat_completion = cls(
            id=id,
            object=object_,
            created=created,
            model=model,
            choices=choices,
            usage=usage,
        )

        chat_completion.additional_properties = d
        return chat_completion


# Imported after the class so that models referring to each other import cleanly.
from ..models.chat_completion_choice import ChatCompletionChoice  # noqa: E402
from ..models.completion_usage import CompletionUsage  # noqa: E402
