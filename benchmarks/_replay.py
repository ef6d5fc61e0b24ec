"""A minimal HTTP/1.1 server on loopback that answers with responses recorded from the fake server.

For figures where real sockets matter (connection pools, concurrency) but a Python web framework
answering would cost more than the clients being measured: each answer here is one prebuilt byte
string written in one go. It runs in its own process (``python -m benchmarks._replay DATA_DIR``),
prints its port, and serves until stdin closes.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import threading
from pathlib import Path
from types import TracebackType

ROUTES = (
    # (method, path prefix, recorded name): the longest matching prefix wins
    ("GET", "/api/v1/instances/", "instance_get"),
    ("GET", "/api/v1/instances", "instances_list"),
    ("POST", "/v1/chat/completions", "chat"),
)
NOT_FOUND = b"HTTP/1.1 404 Not Found\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n{}"


def _prebuilt(data: Path, name: str) -> bytes:
    meta = json.loads((data / f"{name}.json").read_text())
    body = (data / f"{name}.bin").read_bytes()
    head = [f"HTTP/1.1 {meta['status']} OK"]
    head += [f"{key}: {value}" for key, value in meta["headers"]]
    head.append(f"content-length: {len(body)}")
    return ("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body


class _Replay(asyncio.Protocol):
    def __init__(self, answers: list[tuple[bytes, bytes, bytes]]) -> None:
        self._answers = answers
        self._buffer = b""
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        while (end := self._buffer.find(b"\r\n\r\n")) != -1:
            head = self._buffer[:end]
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            if len(self._buffer) < end + 4 + length:
                return
            self._buffer = self._buffer[end + 4 + length :]
            method, target = head.split(b" ", 2)[:2]
            assert self._transport is not None
            self._transport.write(self._answer(method, target.split(b"?", 1)[0]))

    def _answer(self, method: bytes, path: bytes) -> bytes:
        for want_method, prefix, answer in self._answers:
            if method == want_method and path.startswith(prefix):
                return answer
        return NOT_FOUND


async def _serve(data: Path) -> None:
    answers = [(m.encode(), p.encode(), _prebuilt(data, name)) for m, p, name in ROUTES]
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: _Replay(answers), "127.0.0.1", 0, backlog=2048)
    print(server.sockets[0].getsockname()[1], flush=True)
    stop = asyncio.Event()
    threading.Thread(
        target=lambda: (sys.stdin.read(), loop.call_soon_threadsafe(stop.set)), daemon=True
    ).start()
    async with server:
        await stop.wait()


class ReplayServer:
    """The replay server as a child process, for ``with``."""

    def __init__(self, data: Path) -> None:
        self._data = data
        self._process: subprocess.Popen[str] | None = None
        self.url = ""

    def __enter__(self) -> ReplayServer:
        self._process = subprocess.Popen(
            [sys.executable, "-m", "benchmarks._replay", str(self._data)],
            cwd=Path(__file__).resolve().parent.parent,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._process.stdout is not None
        port = self._process.stdout.readline().strip()
        if not port.isdigit():
            self.__exit__(None, None, None)
            raise RuntimeError("the replay server did not start")
        self.url = f"http://127.0.0.1:{port}"
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._process is not None:
            assert self._process.stdin is not None
            self._process.stdin.close()
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
            self._process = None


if __name__ == "__main__":
    asyncio.run(_serve(Path(sys.argv[1])))
