"""The fake chat model: deterministic answers, as one completion object or as SSE events.

How the fake model answers (same request, same answer; ``stream`` and ``stream_options`` do
not change the text):

- The content is a sentence that quotes the last user message and carries a reference derived
  from a hash of the request. With ``max_tokens`` the content is exactly that many words (the
  sentence is cut, or repeated to fill the budget) and ``finish_reason`` is ``length``, so
  ``max_tokens`` sets the number of content chunks of a stream. The fake model never writes
  more than 16,384 words: a larger ``max_tokens`` gets that many and ``finish_reason`` ``stop``.
  A ``stop`` sequence cuts the content before it.
- A model id containing ``reason`` or ``r1`` (any case) is a reasoning model: it also sends
  ``reasoning_content``, streamed before the content.
- With ``tools`` (and ``tool_choice`` not ``none``) the model calls a tool instead of writing text:
  the named one for a ``{"type": "function", ...}`` choice, otherwise the first; its arguments
  fill the schema's required properties with example values; ``finish_reason`` is
  ``tool_calls``. Under ``auto`` (the default) it answers in text once the last message is a
  tool result, so agent loops end.
- Usage counts words: every message's text for the prompt, the generated text for the
  completion.

Streams send a role chunk, one chunk per word (reasoning first), a chunk with
``finish_reason``, a chunk with ``usage`` and empty ``choices`` when
``stream_options.include_usage`` is true, then ``data: [DONE]``. Test models:

- ``error-midstream``: after two chunks (role and first word) an event whose JSON has a
  top-level ``error`` object, then the connection ends without ``[DONE]``.
- ``big-event``: the content is one event of exactly ``settings.big_event_bytes`` bytes.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import cycle, islice
from typing import Any

from runcrate.testing._inference.requests import optional_bool, optional_int, optional_number, required_str
from runcrate.testing._server.http import as_array, as_object, bad_param

ERROR_MIDSTREAM_MODEL = "error-midstream"
BIG_EVENT_MODEL = "big-event"
REASONING_MARKERS = ("reason", "r1")
ERROR_AFTER_CHUNKS = 2
QUOTE_WORDS = 12
LONGEST_REPLY_WORDS = 16_384  # the fake model's own limit: a larger max_tokens never fills memory
ARGUMENT_FRAGMENT_CHARS = 8
FUNCTION_CHOICE_PREFIX = "function:"
BIG_EVENT_ALPHABET = "abcdefghijklmnopqrstuvwxyz"


# ------------------------------------------------------------------------------------ request


@dataclass(frozen=True)
class Message:
    role: str
    text: str
    """The text of the content (image parts read as ``[image]``; null content as empty)."""


@dataclass(frozen=True)
class Tool:
    name: str
    parameters: dict[str, Any]
    """The function's arguments as a JSON Schema (an empty object schema when absent)."""


@dataclass(frozen=True)
class ChatRequest:
    model: str
    messages: list[Message]
    max_tokens: int | None
    stop: list[str]
    stream: bool
    include_usage: bool
    tools: list[Tool]
    tool_choice: str
    """``none``, ``auto``, ``required``, or ``function:<name>`` for a named function."""
    fingerprint: str
    """A hash of the request without its streaming options: the seed of every generated value."""

    @property
    def reasoning(self) -> bool:
        model = self.model.lower()
        return any(marker in model for marker in REASONING_MARKERS)


def parse_chat_request(body: dict[str, Any]) -> ChatRequest:
    model = required_str(body, "model")
    messages = _messages(body.get("messages"))
    max_tokens = optional_int(body, "max_tokens", minimum=1)
    optional_number(body, "temperature", minimum=0, maximum=2)
    optional_number(body, "top_p", minimum=0, maximum=1)
    optional_number(body, "frequency_penalty", minimum=-2, maximum=2)
    optional_number(body, "presence_penalty", minimum=-2, maximum=2)
    stream = optional_bool(body, "stream") or False
    options = as_object(body.get("stream_options"))
    if options is None and body.get("stream_options") is not None:
        raise bad_param("stream_options", "'stream_options' must be an object.")
    include_usage = bool(options and optional_bool(options, "include_usage"))
    tools = _tools(body.get("tools"))
    tool_choice = _tool_choice(body.get("tool_choice"), tools)
    unhashed = {k: v for k, v in body.items() if k not in ("stream", "stream_options")}
    fingerprint = hashlib.sha256(json.dumps(unhashed, sort_keys=True).encode()).hexdigest()
    return ChatRequest(
        model=model,
        messages=messages,
        max_tokens=max_tokens,
        stop=_stop(body.get("stop")),
        stream=stream,
        include_usage=include_usage,
        tools=tools,
        tool_choice=tool_choice,
        fingerprint=fingerprint,
    )


def _messages(value: object) -> list[Message]:
    if value is None:
        raise bad_param("messages", "Missing required parameter 'messages'.")
    items = as_array(value)
    if not items:
        raise bad_param("messages", "'messages' must be a non-empty array of message objects.")
    return [_message(item, f"messages[{i}]") for i, item in enumerate(items)]


def _message(value: object, param: str) -> Message:
    message = as_object(value)
    if message is None:
        raise bad_param(param, f"{param} must be an object.")
    role = message.get("role")
    if not isinstance(role, str):
        raise bad_param(f"{param}.role", f"{param}.role must be a string.")
    return Message(role, _content_text(message.get("content"), f"{param}.content"))


def _content_text(content: object, param: str) -> str:
    """Content is a string, null, or a list of ``text`` and ``image_url`` parts."""
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    parts = as_array(content)
    if parts is None:
        raise bad_param(param, f"{param} must be a string, an array of content parts or null.")
    return " ".join(_part_text(part, f"{param}[{j}]") for j, part in enumerate(parts))


def _part_text(value: object, param: str) -> str:
    part = as_object(value) or {}
    kind, text = part.get("type"), part.get("text")
    if kind == "text" and isinstance(text, str):
        return text
    image = as_object(part.get("image_url")) if kind == "image_url" else None
    if image is not None and isinstance(image.get("url"), str):
        return "[image]"
    shapes = "{'type': 'text', 'text': ...} or {'type': 'image_url', 'image_url': {'url': ...}}"
    raise bad_param(param, f"{param} must be {shapes}.")


def _stop(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    items = as_array(value)
    stops = [s for s in items or [] if isinstance(s, str)]
    if items is None or len(stops) != len(items):
        raise bad_param("stop", "'stop' must be a string or an array of strings.")
    return stops


def _tools(value: object) -> list[Tool]:
    if value is None:
        return []
    items = as_array(value)
    if items is None:
        raise bad_param("tools", "'tools' must be an array of tool objects.")
    return [_tool(item, f"tools[{i}]") for i, item in enumerate(items)]


def _tool(value: object, param: str) -> Tool:
    tool = as_object(value)
    function = as_object(tool.get("function")) if tool is not None else None
    name = function.get("name") if function is not None else None
    shape = "{'type': 'function', 'function': {'name': ...}}"
    if tool is None:
        raise bad_param(param, f"{param} must be {shape}.")
    if tool.get("type") != "function":
        raise bad_param(f"{param}.type", f"{param} must be {shape}.")
    if function is None:
        raise bad_param(f"{param}.function", f"{param} must be {shape}.")
    if not isinstance(name, str) or not name:
        raise bad_param(f"{param}.function.name", f"{param} must be {shape}.")
    return Tool(name, as_object(function.get("parameters")) or {"type": "object"})


def _tool_choice(value: object, tools: list[Tool]) -> str:
    if value is None:
        return "auto"
    if value in ("none", "auto", "required"):
        if value == "required" and not tools:
            raise bad_param("tool_choice", "'tool_choice' 'required' needs 'tools'.")
        return str(value)
    choice = as_object(value)
    if choice is None:
        raise bad_param("tool_choice", "'tool_choice' must be 'none', 'auto', 'required' or an object.")
    function = as_object(choice.get("function")) or {}
    name = function.get("name")
    if choice.get("type") != "function" or name not in {tool.name for tool in tools}:
        raise bad_param("tool_choice", "'tool_choice' must name a function listed in 'tools'.")
    return FUNCTION_CHOICE_PREFIX + str(name)


# ------------------------------------------------------------------------------------ the reply


@dataclass(frozen=True)
class Reply:
    content_pieces: list[str]
    """Content deltas; joined they give the content. Empty when the model calls a tool."""
    reasoning_pieces: list[str]
    tool_call: dict[str, Any] | None
    finish_reason: str
    prompt_tokens: int
    completion_tokens: int

    @property
    def content(self) -> str | None:
        return None if self.tool_call else "".join(self.content_pieces)

    @property
    def reasoning(self) -> str | None:
        return "".join(self.reasoning_pieces) if self.reasoning_pieces else None


def compose_reply(chat: ChatRequest, *, completion_id: str, created: int, big_event_bytes: int) -> Reply:
    ref = chat.fingerprint[:8]
    quote = next((m.text for m in reversed(chat.messages) if m.role == "user"), "")
    reasoning = _words(f"The user wrote {len(quote.split())} words; answering with reference {ref}.")
    reasoning_pieces = reasoning if chat.reasoning else []
    prompt_tokens = sum(_count_words(m.text) for m in chat.messages)

    tool = _chosen_tool(chat)
    if tool is not None:
        call = _tool_call(tool, chat.fingerprint)
        function = call["function"]
        completion_tokens = _count_words(f"{function['name']} {function['arguments']}")
        return Reply(
            [], reasoning_pieces, call, "tool_calls", prompt_tokens, completion_tokens + len(reasoning_pieces)
        )

    if chat.model == BIG_EVENT_MODEL:
        frame = _event(_chunk(chat, completion_id, created, {"content": ""}, None))
        pieces, finish = [_filler(big_event_bytes - len(frame))], "stop"
    else:
        quoted = " ".join(quote.split()[:QUOTE_WORDS]) or "nothing"
        pieces, finish = _budget(_words(f'Fake reply {ref}: you said "{quoted}".'), chat.max_tokens)
    pieces, finish = _apply_stop(pieces, finish, chat.stop)
    completion_tokens = len(pieces) + len(reasoning_pieces)
    return Reply(pieces, reasoning_pieces, None, finish, prompt_tokens, completion_tokens)


def _words(sentence: str) -> list[str]:
    """The sentence as deltas: the first word bare, the others with their leading space."""
    words = sentence.split()
    return words[:1] + [" " + w for w in words[1:]]


def _budget(pieces: list[str], max_tokens: int | None) -> tuple[list[str], str]:
    """Exactly ``max_tokens`` pieces (cut, or the sentence repeated) when it is given, up to the
    model's longest reply, which ends by itself (``stop``)."""
    if max_tokens is None:
        return pieces, "stop"
    count = min(max_tokens, LONGEST_REPLY_WORDS)
    spaced = [" " + piece.lstrip() for piece in pieces]
    filled = [pieces[0], *islice(cycle(spaced[1:] + spaced[:1]), count - 1)]
    return filled, "length" if count == max_tokens else "stop"


def _apply_stop(pieces: list[str], finish: str, stops: list[str]) -> tuple[list[str], str]:
    text = "".join(pieces)
    cuts = [text.find(s) for s in stops if s and s in text]
    if not cuts:
        return pieces, finish
    kept: list[str] = []
    total = 0
    end = min(cuts)
    for piece in pieces:
        if total + len(piece) > end:
            if end > total:
                kept.append(piece[: end - total])
            break
        kept.append(piece)
        total += len(piece)
    return kept, "stop"


def _filler(size: int) -> str:
    """``size`` letters (none if negative): JSON keeps them as they are, one byte each."""
    size = max(0, size)
    return (BIG_EVENT_ALPHABET * (size // len(BIG_EVENT_ALPHABET) + 1))[:size]


def _count_words(text: str) -> int:
    return len(text.split())


def _chosen_tool(chat: ChatRequest) -> Tool | None:
    choice = chat.tool_choice
    if not chat.tools or choice == "none":
        return None
    if choice.startswith(FUNCTION_CHOICE_PREFIX):
        wanted = choice.removeprefix(FUNCTION_CHOICE_PREFIX)
        return next(tool for tool in chat.tools if tool.name == wanted)
    if choice == "auto" and chat.messages[-1].role == "tool":
        return None
    return chat.tools[0]


def _tool_call(tool: Tool, fingerprint: str) -> dict[str, Any]:
    return {
        "id": f"call_{fingerprint[:24]}",
        "type": "function",
        "function": {"name": tool.name, "arguments": json.dumps(example_value(tool.parameters))},
    }


def example_value(schema: dict[str, Any]) -> object:
    """A small value that satisfies ``schema``: objects get their required properties only."""
    for key in ("const", "default"):
        if key in schema:
            return schema[key]
    enum = as_array(schema.get("enum"))
    if enum:
        return enum[0]
    kind = _schema_type(schema)
    if kind == "object":
        properties = as_object(schema.get("properties")) or {}
        required = [name for name in as_array(schema.get("required")) or [] if isinstance(name, str)]
        return {name: example_value(as_object(properties.get(name)) or {}) for name in required}
    if kind in ("integer", "number"):
        value = 1 if kind == "integer" else 1.5
        minimum = schema.get("minimum")
        if isinstance(minimum, int | float) and not isinstance(minimum, bool):
            return max(value, minimum)
        return value
    if kind == "array":
        return []
    return {"boolean": True, "null": None}.get(kind, "example")


def _schema_type(schema: dict[str, Any]) -> str:
    """The schema's first non-null ``type``; without one, ``object`` if it lists properties."""
    declared = schema.get("type")
    listed = as_array(declared) or []
    kinds = [declared] if isinstance(declared, str) else [k for k in listed if isinstance(k, str)]
    concrete = [k for k in kinds if k != "null"]
    if concrete:
        return concrete[0]
    if kinds:
        return "null"
    return "object" if "properties" in schema else "string"


# ------------------------------------------------------------------------------------ output


def completion(chat: ChatRequest, reply: Reply, *, completion_id: str, created: int) -> dict[str, Any]:
    message: dict[str, Any] = {"role": "assistant", "content": reply.content}
    if reply.reasoning is not None:
        message["reasoning_content"] = reply.reasoning
    if reply.tool_call is not None:
        message["tool_calls"] = [reply.tool_call]
    return {
        "id": completion_id,
        "object": "chat.completion",
        "created": created,
        "model": chat.model,
        "choices": [{"index": 0, "message": message, "finish_reason": reply.finish_reason}],
        "usage": _usage(reply),
    }


def stream_events(chat: ChatRequest, reply: Reply, *, completion_id: str, created: int) -> Iterator[str]:
    """The SSE events of the reply, each ``data: ...`` plus its blank line."""

    def chunk(delta: dict[str, Any], finish_reason: str | None = None) -> str:
        return _event(_chunk(chat, completion_id, created, delta, finish_reason))

    deltas = _deltas(reply)
    if chat.model == ERROR_MIDSTREAM_MODEL:
        for delta in islice(deltas, ERROR_AFTER_CHUNKS):
            yield chunk(delta)
        error = {"message": "The fake model failed in the middle of the stream.", "type": "server_error"}
        yield _event({"error": {**error, "code": "internal_error", "param": None}})
        return
    for delta in deltas:
        yield chunk(delta)
    yield chunk({}, reply.finish_reason)
    if chat.include_usage:
        usage = {
            "id": completion_id,
            "object": "chat.completion.chunk",
            "created": created,
            "model": chat.model,
        }
        yield _event({**usage, "choices": [], "usage": _usage(reply)})
    yield "data: [DONE]\n\n"


def _deltas(reply: Reply) -> Iterator[dict[str, Any]]:
    yield {"role": "assistant", "content": None if reply.tool_call else ""}
    for piece in reply.reasoning_pieces:
        yield {"reasoning_content": piece}
    if reply.tool_call is None:
        for piece in reply.content_pieces:
            yield {"content": piece}
        return
    call, arguments = reply.tool_call, reply.tool_call["function"]["arguments"]
    head = {"index": 0, "id": call["id"], "type": "function"}
    yield {"tool_calls": [{**head, "function": {"name": call["function"]["name"], "arguments": ""}}]}
    for start in range(0, len(arguments), ARGUMENT_FRAGMENT_CHARS):
        fragment = arguments[start : start + ARGUMENT_FRAGMENT_CHARS]
        yield {"tool_calls": [{"index": 0, "function": {"arguments": fragment}}]}


def _chunk(
    chat: ChatRequest, completion_id: str, created: int, delta: dict[str, Any], finish_reason: str | None
) -> dict[str, Any]:
    return {
        "id": completion_id,
        "object": "chat.completion.chunk",
        "created": created,
        "model": chat.model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish_reason}],
    }


def _event(payload: dict[str, Any]) -> str:
    return f"data: {json.dumps(payload, separators=(',', ':'))}\n\n"


def _usage(reply: Reply) -> dict[str, int]:
    total = reply.prompt_tokens + reply.completion_tokens
    return {
        "prompt_tokens": reply.prompt_tokens,
        "completion_tokens": reply.completion_tokens,
        "total_tokens": total,
    }
