"""Building a chat completion request body from a caller's arguments, with errors that name the parameter.

Messages pass through with every field they carry (``name``, ``tool_calls``, ``tool_call_id``, a
null ``content``, unknown keys): each is checked against the API's message shape and sent as
given. Only what the caller set is sent: ``stream`` stays out of the body unless it was passed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeAlias, cast

from runcrate._generated.models.chat_completion_request_stream_options import (
    ChatCompletionRequestStreamOptions,
)
from runcrate._generated.models.chat_message import ChatMessage
from runcrate._generated.models.chat_named_tool_choice import ChatNamedToolChoice
from runcrate._generated.models.chat_response_format import ChatResponseFormat
from runcrate._generated.models.chat_tool import ChatTool
from runcrate._generated.models.chat_tool_choice_mode import ChatToolChoiceMode
from runcrate._generated.types import WireModel

if TYPE_CHECKING:
    from runcrate._generated.params import ChatMessage as ChatMessageParam
    from runcrate._generated.params import ChatResponseFormat as ChatResponseFormatParam
    from runcrate._generated.params import ChatTool as ChatToolParam
    from runcrate._generated.params import ChatToolChoice as ChatToolChoiceParam
    from runcrate._generated.params import StreamOptions as StreamOptionsParam

__all__ = [
    "MessageInput",
    "ResponseFormatInput",
    "StreamOptionsInput",
    "ToolChoiceInput",
    "ToolInput",
    "chat_request",
]

MessageInput: TypeAlias = "ChatMessageParam | Mapping[str, Any] | WireModel"
"""A message: a dict in the OpenAI shape, or a message model (e.g. a previous answer's ``message``)."""
ToolInput: TypeAlias = "ChatToolParam | Mapping[str, Any]"
ToolChoiceInput: TypeAlias = "ChatToolChoiceParam | Mapping[str, Any]"
ResponseFormatInput: TypeAlias = "ChatResponseFormatParam | Mapping[str, Any]"
StreamOptionsInput: TypeAlias = "StreamOptionsParam | Mapping[str, Any]"

_MESSAGE_SHAPE = (
    "a message: {'role': ..., 'content': a string, null or a list of "
    "{'type': 'text', 'text': ...} / {'type': 'image_url', 'image_url': {'url': ...}} parts}, "
    "optionally with 'name', 'tool_calls' or 'tool_call_id'"
)
_TOOL_SHAPE = "{'type': 'function', 'function': {'name': ..., 'parameters': {...}}}"
_TOOL_CHOICE_SHAPE = "'none', 'auto', 'required' or {'type': 'function', 'function': {'name': ...}}"
_RESPONSE_FORMAT_SHAPE = "{'type': 'text' | 'json_object' | 'json_schema', 'json_schema': {...}}"


def _reason(exc: Exception) -> str:
    if isinstance(exc, KeyError):
        return f"missing {exc}"
    return str(exc) or type(exc).__name__


def _unmatched(value: object) -> bool:
    """Whether a parsed model keeps raw JSON in a declared field: a union none of whose shapes matched
    (lenient for responses, an error in a request)."""
    if isinstance(value, WireModel):
        return any(_unmatched(getattr(value, attribute)) for attribute in value._wire_names.values())
    if isinstance(value, list):
        return any(isinstance(item, dict) or _unmatched(item) for item in cast("list[object]", value))
    return isinstance(value, dict)


def _checked(param: str, value: object, parse: Callable[[Any], Any], shape: str) -> object:
    """``value`` as sent, after checking that the generated model reads it in every known shape."""
    try:
        parsed = parse(value)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ValueError(f"{param} must be {shape}; got {value!r} ({_reason(exc)}).") from None
    if _unmatched(parsed):
        raise ValueError(f"{param} must be {shape}; got {value!r} (a part of it has none of these shapes).")
    return value


def _message(value: MessageInput, param: str) -> dict[str, Any]:
    if isinstance(value, WireModel):
        to_dict = getattr(value, "to_dict", None)
        if not callable(to_dict):
            raise ValueError(f"{param} must be {_MESSAGE_SHAPE}; got {type(value).__name__}.")
        payload = cast(dict[str, Any], to_dict())
    elif isinstance(cast(object, value), Mapping):
        payload = dict(value)
    else:
        raise ValueError(f"{param} must be {_MESSAGE_SHAPE}; got {type(value).__name__}.")
    _checked(param, payload, ChatMessage.from_dict, _MESSAGE_SHAPE)
    return payload


def _tool_choice(value: ToolChoiceInput) -> object:
    if not isinstance(value, str):
        return _checked("tool_choice", dict(value), ChatNamedToolChoice.from_dict, _TOOL_CHOICE_SHAPE)
    if value not in {mode.value for mode in ChatToolChoiceMode}:
        raise ValueError(f"tool_choice must be {_TOOL_CHOICE_SHAPE}; got {value!r}.")
    return value


def chat_request(
    model: str,
    messages: Sequence[MessageInput],
    *,
    stream: bool | None,
    stream_options: StreamOptionsInput | None,
    tools: Sequence[ToolInput] | None,
    tool_choice: ToolChoiceInput | None,
    response_format: ResponseFormatInput | None,
    stop: str | Sequence[str] | None,
    fields: Mapping[str, Any],
) -> dict[str, Any]:
    """The request body; ``fields`` holds the plain parameters (``None``: not given) and model-specific
    keys. The spec's own checks follow in ``create_chat_completion_arguments``."""
    if isinstance(messages, str | bytes) or not isinstance(cast(object, messages), Sequence):
        raise ValueError(f"messages must be a list of messages, got {type(messages).__name__}.")
    if not messages:
        raise ValueError("messages must hold at least one message.")
    if stream_options is not None and not stream:
        raise ValueError("stream_options only applies to a streamed answer: pass stream=True with it.")
    body: dict[str, Any] = {
        **fields,
        "model": model,
        "messages": [_message(message, f"messages[{i}]") for i, message in enumerate(messages)],
    }
    if stream is not None:
        body["stream"] = stream
    if stream_options is not None:
        body["stream_options"] = _checked(
            "stream_options",
            dict(stream_options),
            ChatCompletionRequestStreamOptions.from_dict,
            "{'include_usage': bool}",
        )
    if tools is not None:
        body["tools"] = [
            _checked(f"tools[{i}]", dict(tool), ChatTool.from_dict, _TOOL_SHAPE)
            for i, tool in enumerate(tools)
        ]
    if tool_choice is not None:
        body["tool_choice"] = _tool_choice(tool_choice)
    if response_format is not None:
        body["response_format"] = _checked(
            "response_format", dict(response_format), ChatResponseFormat.from_dict, _RESPONSE_FORMAT_SHAPE
        )
    if stop is not None:
        body["stop"] = stop if isinstance(stop, str) else list(stop)
    return body
