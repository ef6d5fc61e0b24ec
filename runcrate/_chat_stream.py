"""Assembling streamed chat chunks into the ``ChatCompletion`` a non-streamed call would have returned.

Per choice (by ``index``): the first ``role``; ``content`` and ``reasoning_content`` concatenated
(``content`` stays null when no chunk carried any, as on a tool-call turn); tool calls merged by
their ``index`` (``id`` and ``type`` from the first piece that has them, the function ``name`` and
``arguments`` concatenated); the last non-null ``finish_reason``. ``id``, ``created`` and ``model``
come from the first chunk that has them, ``usage`` from the last.

Chunks from OpenAI-compatible servers are not always complete. :meth:`ChatCompletionAccumulator.parse`
fills in what some leave out before the chunk is built, so the stream goes on and nothing read is
lost: a choice without a ``delta`` (or with null; a last chunk carrying only ``finish_reason``) gets
an empty one; a choice whose ``index`` is not a whole number is choice 0; a tool-call piece without
an ``index`` (or with null) starts the next call when it brings a new ``id``, and continues the
latest call otherwise. The chunks handed out carry those values.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, TypeGuard, cast

from runcrate._generated.models.chat_completion import ChatCompletion
from runcrate._generated.models.chat_completion_chunk import ChatCompletionChunk
from runcrate._generated.models.chat_completion_delta import ChatCompletionDelta
from runcrate._generated.models.chat_tool_call_delta import ChatToolCallDelta

__all__ = ["ChatCompletionAccumulator"]


def _is_index(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


@dataclass
class _ToolCall:
    id: str | None = None
    type: str | None = None
    name: str = ""
    arguments: str = ""

    def add(self, piece: ChatToolCallDelta) -> None:
        if self.id is None and isinstance(piece.id, str):
            self.id = piece.id
        if self.type is None and isinstance(piece.type, str):
            self.type = str(piece.type)
        function = piece.function
        if function:
            if isinstance(function.name, str):
                self.name += function.name
            if isinstance(function.arguments, str):
                self.arguments += function.arguments

    def wire(self) -> dict[str, Any]:
        return {
            "id": self.id or "",
            "type": self.type or "function",
            "function": {"name": self.name, "arguments": self.arguments},
        }


@dataclass(slots=True)
class _Choice:
    role: str | None = None
    content: list[str] | None = None
    reasoning: list[str] | None = None
    tool_calls: dict[int, _ToolCall] = field(default_factory=dict[int, _ToolCall])
    finish_reason: str | None = None
    call_ids: dict[int, str | None] = field(default_factory=dict[int, str | None])
    """The ``id`` of each tool call seen so far, by index (None until a piece brings one)."""
    latest_call: int | None = None

    def index_of(self, piece: Mapping[str, Any]) -> int:
        """A tool-call piece's index. Without one (or with null): a new ``id`` starts the next call,
        anything else continues the latest one."""
        index = piece.get("index")
        piece_id = piece.get("id")
        if not _is_index(index):
            latest = self.latest_call
            known = None if latest is None else self.call_ids[latest]
            starts_another = isinstance(piece_id, str) and known is not None and known != piece_id
            index = 0 if latest is None else max(self.call_ids) + 1 if starts_another else latest
        self.latest_call = index
        if self.call_ids.get(index) is None:
            self.call_ids[index] = piece_id if isinstance(piece_id, str) else None
        return index

    def add(self, delta: ChatCompletionDelta) -> None:
        # Runs for every chunk of a stream: each field is read once and absent ones cost one test.
        role, content, reasoning, tool_calls = (
            delta.role,
            delta.content,
            delta.reasoning_content,
            delta.tool_calls,
        )
        if self.role is None and isinstance(role, str):
            self.role = str(role)
        if isinstance(content, str):
            if self.content is None:
                self.content = []
            self.content.append(content)
        if isinstance(reasoning, str):
            if self.reasoning is None:
                self.reasoning = []
            self.reasoning.append(reasoning)
        if tool_calls:
            for piece in tool_calls:
                call = self.tool_calls.get(piece.index)
                if call is None:
                    call = self.tool_calls[piece.index] = _ToolCall()
                call.add(piece)

    def message(self) -> dict[str, Any]:
        message: dict[str, Any] = {
            "role": self.role or "assistant",
            "content": None if self.content is None else "".join(self.content),
        }
        if self.reasoning is not None:
            message["reasoning_content"] = "".join(self.reasoning)
        if self.tool_calls:
            message["tool_calls"] = [self.tool_calls[index].wire() for index in sorted(self.tool_calls)]
        return message


class ChatCompletionAccumulator:
    """Feed it every chunk of a stream (:meth:`parse` for wire payloads, :meth:`add` for chunks);
    :meth:`completion` is the whole answer so far."""

    def __init__(self) -> None:
        self._head: dict[str, Any] = {}
        self._choices: dict[int, _Choice] = {}
        self._usage: dict[str, Any] | None = None
        self._head_complete = False
        """``id``, ``created`` and ``model`` all found: later chunks are not searched for them."""

    def parse(self, payload: object) -> ChatCompletionChunk:
        """The chunk a decoded ``data`` payload holds, completed (see the module) and added."""
        if isinstance(payload, dict):
            self._complete(cast("dict[str, Any]", payload))
        chunk = ChatCompletionChunk.from_dict(cast("Mapping[str, Any]", payload))
        self.add(chunk)
        return chunk

    def _complete(self, payload: dict[str, Any]) -> None:
        """Fill in, in place (the payload was just decoded), what some servers leave out."""
        choices: object = payload.get("choices")
        if not isinstance(choices, list):
            return
        for item in cast("list[object]", choices):
            if not isinstance(item, dict):
                continue
            choice = cast("dict[str, Any]", item)
            if not _is_index(choice.get("index")):
                choice["index"] = 0
            delta: object = choice.get("delta")
            if delta is None:
                choice["delta"] = delta = {}
            pieces = cast("dict[str, Any]", delta).get("tool_calls") if isinstance(delta, dict) else None
            if isinstance(pieces, list):
                state = self._choices.setdefault(choice["index"], _Choice())
                for piece in cast("list[object]", pieces):
                    if isinstance(piece, dict):
                        entry = cast("dict[str, Any]", piece)
                        entry["index"] = state.index_of(entry)

    def add(self, chunk: ChatCompletionChunk) -> None:
        if not self._head_complete:
            for wire, value in (("id", chunk.id), ("created", chunk.created), ("model", chunk.model)):
                if wire not in self._head and isinstance(value, str | int):
                    self._head[wire] = value
            self._head_complete = len(self._head) == 3
        if chunk.usage:
            self._usage = chunk.usage.to_dict()
        choices = self._choices
        for choice in chunk.choices or ():
            state = choices.get(choice.index)
            if state is None:
                state = choices[choice.index] = _Choice()
            state.add(choice.delta)
            finish_reason = choice.finish_reason
            if isinstance(finish_reason, str):
                state.finish_reason = str(finish_reason)

    def completion(self) -> ChatCompletion:
        """The assembled ``ChatCompletion`` (``object`` is ``chat.completion``)."""
        body: dict[str, Any] = {
            "id": self._head.get("id", ""),
            "object": "chat.completion",
            "created": self._head.get("created", 0),
            "model": self._head.get("model", ""),
            "choices": [
                {"index": index, "message": state.message(), "finish_reason": state.finish_reason}
                for index, state in sorted(self._choices.items())
            ],
        }
        if self._usage is not None:
            body["usage"] = self._usage
        return ChatCompletion.from_dict(body)

    def text(self) -> str:
        """The content of the first choice ("" when there is none, e.g. on a tool-call turn)."""
        first = self._choices.get(min(self._choices, default=0))
        return "".join(first.content or []) if first is not None else ""
