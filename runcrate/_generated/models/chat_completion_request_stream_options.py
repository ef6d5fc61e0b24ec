# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireModel

T = TypeVar("T", bound="ChatCompletionRequestStreamOptions")


@_attrs_define
class ChatCompletionRequestStreamOptions(WireModel):
    """Options for a streamed answer (OpenAI-compatible); only with `stream` true."""

    _wire_names: ClassVar[dict[str, str]] = {
        "include_usage": "include_usage",
    }

    include_usage: bool | Unset = UNSET
    """ Send one more chunk before `data: [DONE]` whose `usage` holds the token counts of the whole request and
    whose `choices` is empty. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        include_usage = self.include_usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if include_usage is not UNSET:
            field_dict["include_usage"] = include_usage

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        include_usage = d.pop("include_usage", UNSET)

        chat_completion_request_stream_options = cls(
            include_usage=include_usage,
        )

        chat_completion_request_stream_options.additional_properties = d
        return chat_completion_request_stream_options
