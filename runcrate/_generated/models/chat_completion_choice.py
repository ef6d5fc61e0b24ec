# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_finish_reason import KnownFinishReason
from ..types import UNSET, Unset, WireModel

T = TypeVar("T", bound="ChatCompletionChoice")


@_attrs_define
class ChatCompletionChoice(WireModel):
    _wire_names: ClassVar[dict[str, str]] = {
        "index": "index",
        "message": "message",
        "finish_reason": "finish_reason",
    }

    index: int
    message: ChatCompletionMessage
    """ The message the model generated. """
    finish_reason: KnownFinishReason | str | Unset | None = UNSET
    """ Why generation stopped. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        message = self.message.to_dict()

        finish_reason: str | Unset | None
        if isinstance(self.finish_reason, Unset):
            finish_reason = UNSET
        elif isinstance(self.finish_reason, KnownFinishReason):
            finish_reason = self.finish_reason.value
        else:
            finish_reason = self.finish_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "message": message,
            }
        )
        if finish_reason is not UNSET:
            field_dict["finish_reason"] = finish_reason

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        index = d.pop("index")

        message = ChatCompletionMessage.from_dict(cast("Mapping[str, Any]", d.pop("message")))

        finish_reason = _parse_finish_reason(d.pop("finish_reason", UNSET))

        chat_completion_choice = cls(
            index=index,
            message=message,
            finish_reason=finish_reason,
        )

        chat_completion_choice.additional_properties = d
        return chat_completion_choice


# Imported after the class so that models referring to each other import cleanly.
from ..models.chat_completion_message import ChatCompletionMessage  # noqa: E402


def _parse_finish_reason(data: object) -> KnownFinishReason | str | Unset | None:
    if isinstance(data, str):
        return cast(
            "KnownFinishReason | None | str | Unset", KnownFinishReason._value2member_map_.get(data, data)
        )
    return cast("KnownFinishReason | None | str | Unset", data)
