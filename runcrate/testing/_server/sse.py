"""Splitting a server-sent-event byte stream into events, for validation and stream faults."""

from __future__ import annotations

import re

_EVENT_END = re.compile(rb"\r\n\r\n|\n\n|\r\r")


class EventSplitter:
    """Feed bytes as they are sent; get back each complete event's raw bytes (terminator included)."""

    def __init__(self) -> None:
        self._buffer = b""

    def feed(self, chunk: bytes) -> list[bytes]:
        self._buffer += chunk
        events: list[bytes] = []
        while (match := _EVENT_END.search(self._buffer)) is not None:
            events.append(self._buffer[: match.end()])
            self._buffer = self._buffer[match.end() :]
        return events

    @property
    def pending(self) -> bytes:
        """Bytes of an event not terminated yet."""
        return self._buffer


def parse_event(raw: bytes) -> dict[str, str] | None:
    """The fields of one event as the SSE spec defines them; None for an event without fields."""
    fields: dict[str, str] = {}
    data: list[str] = []
    for line in raw.decode("utf-8").splitlines():
        if not line or line.startswith(":"):
            continue
        name, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if name == "data":
            data.append(value)
        elif name in ("event", "id", "retry"):
            fields[name] = value
    if data:
        fields["data"] = "\n".join(data)
    return fields or None
