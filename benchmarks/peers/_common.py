"""Shared by the peer scripts, which run in each peer's own environment: stdlib and httpx only.

A peer script reads its settings from one JSON argument, warms up, measures once, and prints one
JSON object: the harness runs it again in a fresh process for every round. Times are CPU time of
this process (``time.process_time``) unless a script says otherwise: the server (or the in-process
transport) is the same for every peer, and the machine is shared.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import httpx

INPROC_ORIGIN = "http://127.0.0.1:9"
"""The origin clients are given for in-process runs (loopback, so no SDK refuses plain http)."""


def settings() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(sys.argv[1])
    return loaded


def emit(result: dict[str, Any]) -> None:
    print(json.dumps(result), flush=True)


def _status_mib(field: str) -> float:
    """A ``kB`` line of ``/proc/self/status`` in MiB (Linux)."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(f"{field}:"):
                return int(line.split()[1]) / 1024
    raise LookupError(f"/proc/self/status has no {field} line")


def peak_rss_mib() -> float:
    """This process's own peak resident set size: the high-water mark of its address space.

    Not ``getrusage(RUSAGE_SELF).ru_maxrss``: Linux carries that across ``execve`` from the process
    that spawned us (with ``vfork``, as ``subprocess`` does, it is the spawner's peak), so a child
    of a large harness reports the harness's peak. ``VmHWM`` belongs to the new address space.
    """
    return _status_mib("VmHWM")


def inherited_peak_rss_mib() -> float:
    """``ru_maxrss`` (KiB on Linux): kept only to show how it misleads (``memory_httpx.py``)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def current_rss_mib() -> float:
    return _status_mib("VmRSS")


def cpu_per_call(call: Callable[[], object], *, calls: int, warmup: int) -> float:
    """Microseconds of CPU per call over ``calls`` calls, after ``warmup`` calls."""
    for _ in range(warmup):
        call()
    start = time.process_time()
    for _ in range(calls):
        call()
    return (time.process_time() - start) / calls * 1e6


async def acpu_per_call(call: Callable[[], Awaitable[object]], *, calls: int, warmup: int) -> float:
    """The async twin of :func:`cpu_per_call`."""
    for _ in range(warmup):
        await call()
    start = time.process_time()
    for _ in range(calls):
        await call()
    return (time.process_time() - start) / calls * 1e6


# ----- recorded responses, served in process -------------------------------------------------------


class Recorded:
    """A response recorded from the fake server: status, headers and body (or body pieces)."""

    def __init__(self, data_dir: Path, name: str) -> None:
        meta = json.loads((data_dir / f"{name}.json").read_text())
        self.status: int = meta["status"]
        self.headers: list[tuple[str, str]] = [tuple(pair) for pair in meta["headers"]]
        self.body = (data_dir / f"{name}.bin").read_bytes()
        boundaries: list[int] | None = meta.get("pieces")
        self.pieces = _split(self.body, boundaries) if boundaries else [self.body]

    def response(self) -> httpx.Response:
        """A sync response; a body recorded in pieces is delivered piece by piece."""
        if len(self.pieces) == 1:
            return httpx.Response(self.status, headers=self.headers, content=self.body)
        return httpx.Response(self.status, headers=self.headers, content=iter(self.pieces))

    def aresponse(self) -> httpx.Response:
        if len(self.pieces) == 1:
            return httpx.Response(self.status, headers=self.headers, content=self.body)
        return httpx.Response(self.status, headers=self.headers, content=_aiter(self.pieces))


def _split(body: bytes, ends: list[int]) -> list[bytes]:
    pieces, start = [], 0
    for end in ends:
        pieces.append(body[start:end])
        start = end
    return pieces


async def _aiter(pieces: list[bytes]) -> AsyncIterator[bytes]:
    for piece in pieces:
        yield piece


def rechunk(body: bytes, size: int) -> Iterator[bytes]:
    for start in range(0, len(body), size):
        yield body[start : start + size]


def inproc_transport(
    routes: dict[tuple[str, str], Recorded], *, asynchronous: bool = False
) -> httpx.BaseTransport:
    """An ``httpx.MockTransport`` answering ``(method, path prefix)`` with the recorded response.

    The request body is read, as a server would, so that every peer pays for sending it.
    """
    ordered = sorted(routes.items(), key=lambda item: -len(item[0][1]))

    def find(request: httpx.Request) -> Recorded:
        for (method, prefix), recorded in ordered:
            if request.method == method and request.url.path.startswith(prefix):
                return recorded
        raise LookupError(f"no recorded response for {request.method} {request.url.path}")

    if asynchronous:

        async def ahandler(request: httpx.Request) -> httpx.Response:
            await request.aread()
            return find(request).aresponse()

        return httpx.MockTransport(ahandler)

    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        return find(request).response()

    return httpx.MockTransport(handler)


def stream_figures(
    consume: Callable[[str], tuple[int, int]], *, warmup: int, sizes: list[int]
) -> dict[str, Any]:
    """Chunks per CPU second over the 10,000-chunk stream, and CPU seconds for each big event.

    ``consume(name)`` reads every chunk's ``choices[0].delta.content``, as a user printing the
    answer does, and returns (chunks, characters of content): every peer must report the same.
    """
    for _ in range(warmup):
        consume("chat_stream")
    start = time.process_time()
    chunks, characters = consume("chat_stream")
    result: dict[str, Any] = {
        "chunks_per_s": chunks / (time.process_time() - start),
        "chunks": chunks,
        "characters": characters,
    }
    for mib in sizes:
        consume(f"big_event_{mib}")  # warm-up (and the first page faults) for this size
        start = time.process_time()
        _, result[f"big_{mib}_characters"] = consume(f"big_event_{mib}")
        result[f"big_{mib}"] = time.process_time() - start
    return result


def read_content(chunks: Iterable[Any]) -> tuple[int, int]:
    """What a user printing the answer does with typed chunks: read ``choices[0].delta.content``.

    Returns (chunks, characters of content).
    """
    count = characters = 0
    for chunk in chunks:
        count += 1
        if chunk.choices and (content := chunk.choices[0].delta.content):
            characters += len(content)
    return count, characters


def read_dict_content(chunks: Iterable[dict[str, Any]]) -> tuple[int, int]:
    """:func:`read_content` for chunks that are plain dicts (the same field, by key)."""
    count = characters = 0
    for chunk in chunks:
        count += 1
        if chunk["choices"] and (content := chunk["choices"][0]["delta"].get("content")):
            characters += len(content)
    return count, characters


def stream_routes(data: Path, sizes: list[int]) -> dict[str, Recorded]:
    names = ["chat_stream", *(f"big_event_{mib}" for mib in sizes)]
    return {name: Recorded(data, name) for name in names}


def switchable_transport(recorded: dict[str, Recorded]) -> tuple[httpx.MockTransport, Callable[[str], None]]:
    """A transport answering every request with the currently selected recording."""
    current = {"name": ""}

    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        return recorded[current["name"]].response()

    def select(name: str) -> None:
        current["name"] = name

    return httpx.MockTransport(handler), select
