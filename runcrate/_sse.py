"""A server-sent events decoder (WHATWG HTML "Server-sent events", §9.2.6), free of I/O.

Feed it bytes in chunks of any size; it returns the events completed so far. Lines may end in CR, LF or
CRLF (also split across chunks); ``data`` lines are joined with ``\\n``; comments and unknown fields are
ignored; ``id`` and ``retry`` (the reconnection time) persist across events. Work is linear in the
input: each chunk is split into lines by ``str.split`` (in C) and a line spread over several chunks is
joined once, so one 16 MiB event costs about what sixteen 1 MiB events do.
"""

from __future__ import annotations

import codecs
from typing import NamedTuple

__all__ = ["SSEDecoder", "ServerSentEvent"]


class ServerSentEvent(NamedTuple):
    """One dispatched event (a named tuple: cheap to build once per streamed token)."""

    data: str
    event: str = "message"
    id: str | None = None
    retry: int | None = None


class SSEDecoder:
    """Incremental decoder: ``feed()`` bytes as they arrive, ``end()`` once the body is complete."""

    __slots__ = (
        "_at_start",
        "_data",
        "_event",
        "_has_fields",
        "_last_id",
        "_partial",
        "_pending_cr",
        "_retry",
        "_text_decoder",
    )

    def __init__(self) -> None:
        self._text_decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._partial: list[str] = []
        """Pieces of a line whose end has not arrived yet."""
        self._pending_cr = False
        """The text so far ended in CR, which ended a line; an LF starting the next text belongs to it."""
        self._at_start = True
        self._data: list[str] = []
        self._event = ""
        self._last_id: str | None = None
        self._retry: int | None = None
        self._has_fields = False

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        """Decode the next bytes of the stream; returns the events they complete."""
        return self._feed_text(self._text_decoder.decode(chunk))

    def end(self) -> list[ServerSentEvent]:
        """The stream ended. An event whose lines all arrived but whose blank line did not is still
        dispatched (servers often end on ``data: [DONE]\\n``); an unterminated last line is dropped."""
        events = self._feed_text(self._text_decoder.decode(b"", final=True))
        self._pending_cr = False
        self._partial.clear()
        if self._data:
            events.append(self._dispatch())
        self._data, self._event, self._has_fields = [], "", False
        return events

    @property
    def has_pending(self) -> bool:
        """True when bytes of an unfinished line or event are buffered."""
        return bool(self._partial) or self._has_fields

    def _feed_text(self, text: str) -> list[ServerSentEvent]:
        if text and self._pending_cr:
            self._pending_cr = False
            if text[0] == "\n":
                text = text[1:]  # the second half of a CRLF whose CR already ended a line
        if text and self._at_start:
            self._at_start = False
            if text[0] == "\ufeff":
                text = text[1:]
        if not text:
            return []
        if text[-1] == "\r":
            self._pending_cr = True
            text = text[:-1]
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        lines = text.split("\n")
        if self._pending_cr:
            lines.append("")  # the CR ended the last line
        return self._lines(lines)

    def _lines(self, lines: list[str]) -> list[ServerSentEvent]:
        """Process ``lines``: all complete but the last, which continues in the next text."""
        tail = lines.pop()
        if lines and self._partial:
            self._partial.append(lines[0])
            lines[0] = "".join(self._partial)
            self._partial.clear()
        if tail:
            self._partial.append(tail)
        events: list[ServerSentEvent] = []
        for line in lines:
            if not line:
                if self._data:
                    events.append(self._dispatch())
                self._data, self._event, self._has_fields = [], "", False
            elif line.startswith("data:"):
                self._data.append(line[6:] if line.startswith("data: ") else line[5:])
                self._has_fields = True
            elif line[0] != ":":
                self._field(line)
        return events

    def _field(self, line: str) -> None:
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
            return
        self._has_fields = True

    def _dispatch(self) -> ServerSentEvent:
        data = self._data[0] if len(self._data) == 1 else "\n".join(self._data)
        return ServerSentEvent(data, self._event or "message", self._last_id, self._retry)
