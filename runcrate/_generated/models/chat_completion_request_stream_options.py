# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel

T = TypeVar("T", bound="ChatCompletionRequestStreamOptions")


@_attrs_define(repr=False)
class ChatCompletionRequestStreamOptions(WireModel):
    """Options for a streamed answer (OpenAI-compatible); only with `stream` true."""

    _wire_names: ClassVar[dict[str, str]] = {
        "include_usage": "include_usage",
    }
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "include_usage",
        }
    )

    include_usage: bool | None = None
    """ Send one more chunk before `data: [DONE]` whose `usage` holds the token counts of the whole request and
    whose `choices` is empty. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        include_usage = get("include_usage")

        chat_completion_request_stream_options = object.__new__(cls)
        chat_completion_request_stream_options.include_usage = include_usage
        chat_completion_request_stream_options._payload = src_dict
        return chat_completion_request_stream_options
