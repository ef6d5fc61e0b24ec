# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_tool_choice_mode import ChatToolChoiceMode
from ..types import WireModel, json_list, missing_field

T = TypeVar("T", bound="ChatCompletionRequest")


@_attrs_define(repr=False)
class ChatCompletionRequest(WireModel):
    """A chat completion request. Keys not listed here are forwarded unchanged to the model, for model-specific parameters."""

    _wire_names: ClassVar[dict[str, str]] = {
        "model": "model",
        "messages": "messages",
        "max_tokens": "max_tokens",
        "temperature": "temperature",
        "top_p": "top_p",
        "stop": "stop",
        "frequency_penalty": "frequency_penalty",
        "presence_penalty": "presence_penalty",
        "stream": "stream",
        "stream_options": "stream_options",
        "tools": "tools",
        "tool_choice": "tool_choice",
        "response_format": "response_format",
        "seed": "seed",
        "user": "user",
    }
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "max_tokens",
            "temperature",
            "top_p",
            "stop",
            "frequency_penalty",
            "presence_penalty",
            "stream",
            "stream_options",
            "tools",
            "tool_choice",
            "response_format",
            "seed",
            "user",
        }
    )

    model: str
    """ Model id from the live catalogue, e.g. `deepseek-ai/DeepSeek-V3` or `deepseek/deepseek-v3.2`. Ids are free
    strings in mixed styles. """
    messages: list[ChatMessage]
    """ The conversation so far, oldest first. """
    max_tokens: int | None = None
    """ Maximum number of tokens to generate. """
    temperature: float | None = None
    """ Sampling temperature; higher values give more random output. The older guide gives a server default of 0.7;
    the API reference gives none. """
    top_p: float | None = None
    """ Nucleus sampling probability mass. The server default is 1. """
    stop: list[str] | str | None = None
    """ One stop sequence, or a list of them; generation stops before any of them. """
    frequency_penalty: float | None = None
    """ Penalises tokens in proportion to how often they already appeared. """
    presence_penalty: float | None = None
    """ Penalises tokens that already appeared at all. """
    stream: bool | None = None
    """ When true, the response is a `text/event-stream` of `ChatCompletionChunk` events ending with `data: [DONE]`;
    otherwise one JSON `ChatCompletion`. The server default is false. """
    stream_options: ChatCompletionRequestStreamOptions | None = None
    """ Options for a streamed answer (OpenAI-compatible); only with `stream` true. """
    tools: list[ChatTool] | None = None
    """ Functions the model may call (OpenAI function-tool shape). Server support depends on the model. """
    tool_choice: ChatNamedToolChoice | ChatToolChoiceMode | None = None
    """ Which tool the model uses (OpenAI semantics): `none`, `auto`, `required`, or an object naming one function.
    """
    response_format: ChatResponseFormat | None = None
    """ Output format (OpenAI shape): `text`, JSON mode (`json_object`) or structured output that follows a JSON
    Schema (`json_schema`). """
    seed: int | None = None
    """ Seed for best-effort deterministic sampling, where the model supports it. """
    user: str | None = None
    """ An identifier of the end user, for abuse monitoring. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model = get("model")
        if model is None:
            raise missing_field(cls, src_dict, "model")

        _messages = get("messages")
        if _messages is None:
            raise missing_field(cls, src_dict, "messages")
        messages = [ChatMessage.from_dict(messages_item_data) for messages_item_data in json_list(_messages)]

        max_tokens = get("max_tokens")

        temperature = get("temperature")

        top_p = get("top_p")

        stop = _parse_stop(get("stop"))

        frequency_penalty = get("frequency_penalty")

        presence_penalty = get("presence_penalty")

        stream = get("stream")

        _stream_options = get("stream_options")
        stream_options = (
            None
            if _stream_options is None
            else ChatCompletionRequestStreamOptions.from_dict(cast("Mapping[str, Any]", _stream_options))
        )

        _tools = get("tools")
        tools = (
            None
            if _tools is None
            else [ChatTool.from_dict(tools_item_data) for tools_item_data in json_list(_tools)]
        )

        tool_choice = _parse_tool_choice(get("tool_choice"))

        _response_format = get("response_format")
        response_format = (
            None
            if _response_format is None
            else ChatResponseFormat.from_dict(cast("Mapping[str, Any]", _response_format))
        )

        seed = get("seed")

        user = get("user")

        chat_completion_request = object.__new__(cls)
        chat_completion_request.model = model
        chat_completion_request.messages = messages
        chat_completion_request.max_tokens = max_tokens
        chat_completion_request.temperature = temperature
        chat_completion_request.top_p = top_p
        chat_completion_request.stop = stop
        chat_completion_request.frequency_penalty = frequency_penalty
        chat_completion_request.presence_penalty = presence_penalty
        chat_completion_request.stream = stream
        chat_completion_request.stream_options = stream_options
        chat_completion_request.tools = tools
        chat_completion_request.tool_choice = tool_choice
        chat_completion_request.response_format = response_format
        chat_completion_request.seed = seed
        chat_completion_request.user = user
        chat_completion_request._payload = src_dict
        return chat_completion_request


# Imported after the class so that models referring to each other import cleanly.
from ..models.chat_completion_request_stream_options import ChatCompletionRequestStreamOptions  # noqa: E402
from ..models.chat_message import ChatMessage  # noqa: E402
from ..models.chat_named_tool_choice import ChatNamedToolChoice  # noqa: E402
from ..models.chat_response_format import ChatResponseFormat  # noqa: E402
from ..models.chat_tool import ChatTool  # noqa: E402


def _parse_stop(data: object) -> list[str] | str | None:
    if data is None:
        return data
    if isinstance(data, list):
        try:
            stop_type_1 = cast("list[str]", data)

            return stop_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("list[str] | str | None", data)


def _parse_tool_choice(data: object) -> ChatNamedToolChoice | ChatToolChoiceMode | None:
    if data is None:
        return data
    if isinstance(data, str):
        try:
            componentsschemas_chat_tool_choice_chat_tool_choice_mode = ChatToolChoiceMode(data)

            return componentsschemas_chat_tool_choice_chat_tool_choice_mode
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_chat_tool_choice_type_1 = ChatNamedToolChoice.from_dict(cast("Mapping[str, Any]", data))

    return componentsschemas_chat_tool_choice_type_1
