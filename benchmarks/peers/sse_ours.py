"""Our SSE decoder (``runcrate/_sse.py``) against ``httpx-sse`` on the same bytes, both fed by httpx.

Runs in our environment (where httpx-sse is installed for this comparison only). Both read the
same ``httpx.Response`` body pieces; the figure is CPU milliseconds to decode every event.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import httpx
from _common import Recorded, emit, rechunk, settings
from httpx_sse import EventSource

from runcrate._sse import SSEDecoder

HEADERS = {"content-type": "text/event-stream"}


def ours(pieces: list[bytes]) -> int:
    response = httpx.Response(200, headers=HEADERS, content=iter(pieces))
    decoder = SSEDecoder()
    count = 0
    for piece in response.iter_bytes():
        count += len(decoder.feed(piece))
    return count + len(decoder.end())


def httpx_sse(pieces: list[bytes]) -> int:
    response = httpx.Response(200, headers=HEADERS, content=iter(pieces))
    return sum(1 for _ in EventSource(response).iter_sse())


def cpu_ms(decode: Callable[[list[bytes]], int], pieces: list[bytes], warmup: int) -> tuple[float, int]:
    for _ in range(warmup):
        decode(pieces)
    start = time.process_time()
    events = decode(pieces)
    return (time.process_time() - start) * 1000, events


def main() -> None:
    config = settings()
    data = Path(config["data"])
    stream = Recorded(data, "chat_stream")
    big = Recorded(data, f"big_event_{config['big_mib']}")
    inputs = {
        "events_per_event": stream.pieces,
        "events_64k": list(rechunk(stream.body, 64 * 1024)),
        "big_64k": big.pieces,
    }
    result: dict[str, object] = {}
    for name, pieces in inputs.items():
        for label, decode in (("ours", ours), ("httpx_sse", httpx_sse)):
            milliseconds, events = cpu_ms(decode, pieces, config["warmup"])
            result[f"{label}.{name}"] = milliseconds
            result[f"{label}.{name}.events"] = events
    emit(result)


if __name__ == "__main__":
    main()
