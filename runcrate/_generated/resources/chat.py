# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
# The checks run on whatever callers pass at run time, whatever the annotations say:
# pyright: reportUnnecessaryIsInstance=false, reportUnknownVariableType=false
# pyright: reportUnknownArgumentType=false, reportUnknownMemberType=false
"""The ``chat`` resource's plain methods, generated from the spec."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any

from runcrate._engine._async import AsyncResource
from runcrate._engine._sync import SyncResource
from runcrate._validation import (
    invalid,
    missing,
    near_miss,
    unexpected_keywords,
)

_ALLOWED_1 = frozenset({"none", "auto", "required"})
_ALLOWED_2 = frozenset({"text", "json_object", "json_schema"})
_INF = float("inf")
CREATE_CHAT_COMPLETION_FIELDS = frozenset(
    (
        "model",
        "messages",
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
        "timeout",
        "max_retries",
        "extra_headers",
        "extra_query",
        "extra_body",
    )
)


def create_chat_completion_arguments(fields: Mapping[str, Any]) -> dict[str, Any]:
    """``createChatCompletion``: the keywords of its request, converted and checked."""
    arguments: dict[str, Any] = {}
    body: dict[str, Any] = {}
    value = fields.get("model")
    if value is None:
        raise missing("model", "a non-empty string")
    if not isinstance(value, str) or len(value) < 1:
        raise invalid("model", value, "a non-empty string")
    body["model"] = value
    value = fields.get("messages")
    if value is None:
        raise missing("messages", "a non-empty list")
    if not isinstance(value, list | tuple) or len(value) < 1:
        raise invalid("messages", value, "a non-empty list")
    for index0, item0 in enumerate(value):
        if not isinstance(item0, dict | Mapping):
            raise invalid(f"messages[{index0}]", item0, "a mapping")
    body["messages"] = value
    value = fields.get("max_tokens")
    if value is not None:
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise invalid("max_tokens", value, "a whole number >= 1")
        body["max_tokens"] = value
    value = fields.get("temperature")
    if value is not None:
        if (
            not isinstance(value, int | float)
            or isinstance(value, bool)
            or (value != value)
            or value in (_INF, -_INF)
            or value < 0
            or value > 2
        ):
            raise invalid("temperature", value, "a number from 0 to 2")
        body["temperature"] = value
    value = fields.get("top_p")
    if value is not None:
        if (
            not isinstance(value, int | float)
            or isinstance(value, bool)
            or (value != value)
            or value in (_INF, -_INF)
            or value < 0
            or value > 1
        ):
            raise invalid("top_p", value, "a number from 0 to 1")
        body["top_p"] = value
    value = fields.get("stop")
    if value is not None:
        if (not isinstance(value, str)) and (not isinstance(value, list | tuple)):
            raise invalid("stop", value, "a string")
        if isinstance(value, list | tuple):
            for index0, item0 in enumerate(value):
                if not isinstance(item0, str):
                    raise invalid(f"stop[{index0}]", item0, "a string")
        body["stop"] = value
    value = fields.get("frequency_penalty")
    if value is not None:
        if (
            not isinstance(value, int | float)
            or isinstance(value, bool)
            or (value != value)
            or value in (_INF, -_INF)
            or value < -2
            or value > 2
        ):
            raise invalid("frequency_penalty", value, "a number from -2 to 2")
        body["frequency_penalty"] = value
    value = fields.get("presence_penalty")
    if value is not None:
        if (
            not isinstance(value, int | float)
            or isinstance(value, bool)
            or (value != value)
            or value in (_INF, -_INF)
            or value < -2
            or value > 2
        ):
            raise invalid("presence_penalty", value, "a number from -2 to 2")
        body["presence_penalty"] = value
    value = fields.get("stream")
    if value is not None:
        if not isinstance(value, bool):
            raise invalid("stream", value, "True or False")
        body["stream"] = value
    value = fields.get("stream_options")
    if value is not None:
        if not isinstance(value, dict | Mapping):
            raise invalid("stream_options", value, "a mapping")
        field0 = value.get("include_usage")
        if field0 is not None:
            if not isinstance(field0, bool):
                raise invalid("stream_options['include_usage']", field0, "True or False")
        body["stream_options"] = value
    value = fields.get("tools")
    if value is not None:
        if not isinstance(value, list | tuple):
            raise invalid("tools", value, "a list")
        for index0, item0 in enumerate(value):
            if not isinstance(item0, dict | Mapping):
                raise invalid(f"tools[{index0}]", item0, "a mapping")
        body["tools"] = value
    value = fields.get("tool_choice")
    if value is not None:
        if (not isinstance(value, str) or value not in _ALLOWED_1) and (
            not isinstance(value, dict | Mapping)
        ):
            raise invalid("tool_choice", value, "one of 'none', 'auto', 'required' or a mapping")
        if isinstance(value, dict | Mapping):
            field0 = value.get("type")
            if field0 is None:
                raise missing("tool_choice['type']", "'function'")
            if field0 != "function":
                raise invalid("tool_choice['type']", field0, "'function'")
            field0 = value.get("function")
            if field0 is None:
                raise missing("tool_choice['function']", "a mapping")
            if not isinstance(field0, dict | Mapping):
                raise invalid("tool_choice['function']", field0, "a mapping")
            field1 = field0.get("name")
            if field1 is None:
                raise missing("tool_choice['function']['name']", "a non-empty string")
            if not isinstance(field1, str) or len(field1) < 1:
                raise invalid("tool_choice['function']['name']", field1, "a non-empty string")
        body["tool_choice"] = value
    value = fields.get("response_format")
    if value is not None:
        if not isinstance(value, dict | Mapping):
            raise invalid("response_format", value, "a mapping")
        field0 = value.get("type")
        if field0 is None:
            raise missing("response_format['type']", "one of 'text', 'json_object', 'json_schema'")
        if not isinstance(field0, str) or field0 not in _ALLOWED_2:
            raise invalid("response_format['type']", field0, "one of 'text', 'json_object', 'json_schema'")
        field0 = value.get("json_schema")
        if field0 is not None:
            if not isinstance(field0, dict | Mapping):
                raise invalid("response_format['json_schema']", field0, "a mapping")
            field1 = field0.get("name")
            if field1 is None:
                raise missing("response_format['json_schema']['name']", "a non-empty string")
            if not isinstance(field1, str) or len(field1) < 1:
                raise invalid("response_format['json_schema']['name']", field1, "a non-empty string")
            field1 = field0.get("description")
            if field1 is not None:
                if not isinstance(field1, str):
                    raise invalid("response_format['json_schema']['description']", field1, "a string")
            field1 = field0.get("schema")
            if field1 is not None:
                if not isinstance(field1, dict | Mapping):
                    raise invalid("response_format['json_schema']['schema']", field1, "a mapping")
            field1 = field0.get("strict")
            if field1 is not None:
                if not isinstance(field1, bool):
                    raise invalid("response_format['json_schema']['strict']", field1, "True or False")
        body["response_format"] = value
    value = fields.get("seed")
    if value is not None:
        if not isinstance(value, int) or isinstance(value, bool):
            raise invalid("seed", value, "a whole number")
        body["seed"] = value
    value = fields.get("user")
    if value is not None:
        if not isinstance(value, str):
            raise invalid("user", value, "a string")
        body["user"] = value
    for key, value in fields.items():
        if value is not None and key not in CREATE_CHAT_COMPLETION_FIELDS:
            if near_miss(key, CREATE_CHAT_COMPLETION_FIELDS) is not None:
                raise unexpected_keywords([key], CREATE_CHAT_COMPLETION_FIELDS)
            body[key] = value
    arguments["body"] = body
    return arguments


class ChatCompletions(SyncResource):
    """The ``chat.completions`` methods."""

    @cached_property
    def with_raw_response(self) -> ChatCompletionsWithRawResponse:
        """The methods that make one HTTP call, each returning a ``RawResponse`` (status, headers, request
        id) whose ``parse()`` gives what the method returns."""
        return ChatCompletionsWithRawResponse(self)


class ChatCompletionsWithRawResponse:
    """``chat.completions.with_raw_response``: each method returns a ``RawResponse`` whose ``parse()`` gives
    the method's own result."""

    def __init__(self, resource: ChatCompletions) -> None:
        self._resource = resource


class AsyncChatCompletions(AsyncResource):
    """The ``chat.completions`` methods."""

    @cached_property
    def with_raw_response(self) -> AsyncChatCompletionsWithRawResponse:
        """The methods that make one HTTP call, each returning a ``RawResponse`` (status, headers, request
        id) whose ``parse()`` gives what the method returns."""
        return AsyncChatCompletionsWithRawResponse(self)


class AsyncChatCompletionsWithRawResponse:
    """``chat.completions.with_raw_response``: each method returns a ``RawResponse`` whose ``parse()`` gives
    the method's own result."""

    def __init__(self, resource: AsyncChatCompletions) -> None:
        self._resource = resource


class Chat(SyncResource):
    """The ``chat`` methods."""

    @cached_property
    def completions(self) -> ChatCompletions:
        """The ``chat.completions`` methods."""
        return ChatCompletions._bound(self._engine)

    @cached_property
    def with_raw_response(self) -> ChatWithRawResponse:
        """The methods that make one HTTP call, each returning a ``RawResponse`` (status, headers, request
        id) whose ``parse()`` gives what the method returns."""
        return ChatWithRawResponse(self)


class ChatWithRawResponse:
    """``chat.with_raw_response``: each method returns a ``RawResponse`` whose ``parse()`` gives
    the method's own result."""

    def __init__(self, resource: Chat) -> None:
        self.completions = resource.completions.with_raw_response


class AsyncChat(AsyncResource):
    """The ``chat`` methods."""

    @cached_property
    def completions(self) -> AsyncChatCompletions:
        """The ``chat.completions`` methods."""
        return AsyncChatCompletions._bound(self._engine)

    @cached_property
    def with_raw_response(self) -> AsyncChatWithRawResponse:
        """The methods that make one HTTP call, each returning a ``RawResponse`` (status, headers, request
        id) whose ``parse()`` gives what the method returns."""
        return AsyncChatWithRawResponse(self)


class AsyncChatWithRawResponse:
    """``chat.with_raw_response``: each method returns a ``RawResponse`` whose ``parse()`` gives
    the method's own result."""

    def __init__(self, resource: AsyncChat) -> None:
        self.completions = resource.completions.with_raw_response
