# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_tool_choice_mode import ChatToolChoiceMode
from ..types import UNSET, Unset, WireModel, json_list

T = TypeVar("T", bound="ChatCompletionRequest")


@_attrs_define
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

    model: str
    """ Model id from the live catalogue, e.g. `deepseek-ai/DeepSeek-V3` or `deepseek/deepseek-v3.2`. Ids are free
    strings in mixed styles. """
    messages: list[ChatMessage]
    """ The conversation so far, oldest first. """
    max_tokens: int | Unset = UNSET
    """ Maximum number of tokens to generate. """
    temperature: float | Unset = UNSET
    """ Sampling temperature; higher values give more random output. The older guide gives a server default of 0.7;
    the API reference gives none. """
    top_p: float | Unset = UNSET
    """ Nucleus sampling probability mass. The server default is 1. """
    stop: list[str] | str | Unset = UNSET
    """ One stop sequence, or a list of them; generation stops before any of them. """
    frequency_penalty: float | Unset = UNSET
    """ Penalises tokens in proportion to how often they already appeared. """
    presence_penalty: float | Unset = UNSET
    """ Penalises tokens that already appeared at all. """
    stream: bool | Unset = UNSET
    """ When true, the response is a `text/event-stream` of `ChatCompletionChunk` events ending with `data: [DONE]`;
    otherwise one JSON `ChatCompletion`. The server default is false. """
    stream_options: ChatCompletionRequestStreamOptions | Unset = UNSET
    """ Options for a streamed answer (OpenAI-compatible); only with `stream` true. """
    tools: list[ChatTool] | Unset = UNSET
    """ Functions the model may call (OpenAI function-tool shape). Server support depends on the model. """
    tool_choice: ChatNamedToolChoice | ChatToolChoiceMode | Unset = UNSET
    """ Which tool the model uses (OpenAI semantics): `none`, `auto`, `required`, or an object naming one function.
    """
    response_format: ChatResponseFormat | Unset = UNSET
    """ Output format (OpenAI shape): `text`, JSON mode (`json_object`) or structured output that follows a JSON
    Schema (`json_schema`). """
    seed: int | Unset = UNSET
    """ Seed for best-effort deterministic sampling, where the model supports it. """
    user: str | Unset = UNSET
    """ An identifier of the end user, for abuse monitoring. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        messages: list[Any] = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        max_tokens = self.max_tokens

        temperature = self.temperature

        top_p = self.top_p

        stop: list[str] | str | Unset
        if isinstance(self.stop, Unset):
            stop = UNSET
        elif isinstance(self.stop, list):
            stop = self.stop

        else:
            stop = self.stop

        frequency_penalty = self.frequency_penalty

        presence_penalty = self.presence_penalty

        stream = self.stream

        stream_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stream_options, Unset):
            stream_options = self.stream_options.to_dict()

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        tool_choice: dict[str, Any] | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, ChatToolChoiceMode):
            tool_choice = self.tool_choice.value
        else:
            tool_choice = self.tool_choice.to_dict()

        response_format: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response_format, Unset):
            response_format = self.response_format.to_dict()

        seed = self.seed

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "messages": messages,
            }
        )
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if stop is not UNSET:
            field_dict["stop"] = stop
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if stream is not UNSET:
            field_dict["stream"] = stream
        if stream_options is not UNSET:
            field_dict["stream_options"] = stream_options
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if seed is not UNSET:
            field_dict["seed"] = seed
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model = d.pop("model")

        messages = [
            ChatMessage.from_dict(messages_item_data) for messages_item_data in json_list(d.pop("messages"))
        ]

        max_tokens = d.pop("max_tokens", UNSET)

        temperature = d.pop("temperature", UNSET)

        top_p = d.pop("top_p", UNSET)

        stop = _parse_stop(d.pop("stop", UNSET))

        frequency_penalty = d.pop("frequency_penalty", UNSET)

        presence_penalty = d.pop("presence_penalty", UNSET)

        stream = d.pop("stream", UNSET)

        _stream_options = d.pop("stream_options", UNSET)
        stream_options: ChatCompletionRequestStreamOptions | Unset
        if isinstance(_stream_options, Unset):
            stream_options = UNSET
        else:
            stream_options = ChatCompletionRequestStreamOptions.from_dict(
                cast("Mapping[str, Any]", _stream_options)
            )

        _tools = d.pop("tools", UNSET)
        tools: list[ChatTool] | Unset = UNSET
        if _tools is not UNSET:
            tools = [ChatTool.from_dict(tools_item_data) for tools_item_data in json_list(_tools)]

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        _response_format = d.pop("response_format", UNSET)
        response_format: ChatResponseFormat | Unset
        if isinstance(_response_format, Unset):
            response_format = UNSET
        else:
            response_format = ChatResponseFormat.from_dict(cast("Mapping[str, Any]", _response_format))

        seed = d.pop("seed", UNSET)

        user = d.pop("user", UNSET)

        chat_completion_request = cls(
            model=model,
            messages=messages,
            max_tokens=max_tokens,
            temperature=temperature,
            top_p=top_p,
            stop=stop,
            frequency_penalty=frequency_penalty,
            presence_penalty=presence_penalty,
            stream=stream,
            stream_options=stream_options,
            tools=tools,
            tool_choice=tool_choice,
            response_format=response_format,
            seed=seed,
            user=user,
        )

        chat_completion_request.additional_properties = d
        return chat_completion_request


# Imported after the class so that models referring to each other import cleanly.
from ..models.chat_completion_request_stream_options import ChatCompletionRequestStreamOptions  # noqa: E402
from ..models.chat_message import ChatMessage  # noqa: E402
from ..models.chat_named_tool_choice import ChatNamedToolChoice  # noqa: E402
from ..models.chat_response_format import ChatResponseFormat  # noqa: E402
from ..models.chat_tool import ChatTool  # noqa: E402


def _parse_stop(data: object) -> list[str] | str | Unset:
    if isinstance(data, Unset):
        return data
    if isinstance(data, list):
        try:
            stop_type_1 = cast("list[str]", data)

            return stop_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("list[str] | str | Unset", data)


def _parse_tool_choice(data: object) -> ChatNamedToolChoice | ChatToolChoiceMode | Unset:
    if isinstance(data, Unset):
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
