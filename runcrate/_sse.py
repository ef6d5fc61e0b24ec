"""A server-sent events decoder (WHATWG HTML "Server-sent events", §9.2.6), free of I/O.

Feed it bytes in chunks of any size; it returns the events completed so far. Lines may end in CR, LF or
CRLF (also split across chunks); ``data`` lines are joined with ``\\n``; comments and unknown fields are
ignored; ``id`` and ``retry`` (the reconnection time) persist across events. Work is linear in the
input: each byte is scanned once and partial lines are joined once.
"""

from __future__ import annotations

import codecs
import re

import attrs

__all__ = ["SSEDecoder", "ServerSentEvent"]

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


@attrs.frozen
class ServerSentEvent:
    data: str
    event: str = "message"
    id: str | None = None
    retry: int | None = None


@attrs.define
class SSEDecoder:
    """Incremental decoder: ``feed()`` bytes as they arrive, ``end()`` once the body is complete."""

    _text_decoder: codecs.IncrementalDecoder = attrs.field(
        init=False, factory=lambda: codecs.getincrementaldecoder("utf-8")(errors="replace")
    )
    _partial: list[str] = attrs.field(init=False, factory=list[str])
    _after_cr: bool = attrs.field(init=False, default=False)
    _at_start: bool = attrs.field(init=False, default=True)
    _data: list[str] = attrs.field(init=False, factory=list[str])
    _event: str = attrs.field(init=False, default="")
    _last_id: str | None = attrs.field(init=False, default=None)
    _retry: int | None = attrs.field(init=False, default=None)
    _has_fields: bool = attrs.field(init=False, default=False)

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        """Decode the next bytes of the stream; returns the events they complete."""
        return self._feed_text(self._text_decoder.decode(chunk))

    def end(self) -> list[ServerSentEvent]:
        """The stream ended. An event whose lines all arrived but whose blank line did not is still
        dispatched (servers often end on ``data: [DONE]\\n``); an unterminated last line is dropped."""
        events = self._feed_text(self._text_decoder.decode(b"", final=True))
        self._partial.clear()
        event = self._dispatch()
        if event is not None:
            events.append(event)
        return events

    @property
    def has_pending(self) -> bool:
        """True when bytes of an unfinished line or event are buffered."""
        return bool(self._partial) or self._has_fields

    def _feed_text(self, text: str) -> list[ServerSentEvent]:
        events: list[ServerSentEvent] = []
        if not text:
            return events
        position = 0
        if self._at_start:
            self._at_start = False
            if text.startswith("\ufeff"):
                position = 1
        if self._after_cr:
            self._after_cr = False
            if text.startswith("\n", position):
                position += 1
        for match in _LINE_BREAK.finditer(text, position):
            piece = text[position : match.start()]
            if self._partial:
                self._partial.append(piece)
                line = "".join(self._partial)
                self._partial.clear()
            else:
                line = piece
            event = self._line(line)
            if event is not None:
                events.append(event)
            position = match.end()
        if text.endswith("\r"):
            self._after_cr = True
        if position < len(text):
            self._partial.append(text[position:])
        return events

    def _line(self, line: str) -> ServerSentEvent | None:
        if not line:
            return self._dispatch()
        if line.startswith(":"):
            return None
        name, colon, value = line.partition(":")
        if colon and value.startswith(" "):
            value = value[1:]
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id":
            if "\0" not in value:
                self._last_id = value
        elif name == "retry":
            if value.isascii() and value.isdigit():
                self._retry = int(value)
        else:
            return None
        self._has_fields = True
        return None

    def _dispatch(self) -> ServerSentEvent | None:
        data, event_type = self._data, self._event
        self._data, self._event, self._has_fields = [], "", False
        if not data:
            return None
        return ServerSentEvent(
            data="\n".join(data), event=event_type or "message", id=self._last_id, retry=self._retry
        )
