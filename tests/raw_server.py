"""A scriptable raw-socket HTTP/1.1 server on loopback, for servers the fake cannot imitate.

Each accepted connection reads one request and runs the next *script* queued with
``server.queue(...)`` (or the one given to ``server.repeat(...)`` once the queue is empty), then
closes. A script is a function of a :class:`RawConnection`; the functions below build the usual
ones: answer with given bytes, drip a body byte by byte, stall, cut a body short, echo the request
headers, trickle a partial SSE line or send only ``: ping`` comments. Scripts that never end on
their own (stall, drip, trickle, pings) stop as soon as the client hangs up or the server closes.

Use the ``raw_server`` fixture (registered by ``tests/conftest.py``)::

    def test_drip(raw_server):
        raw_server.queue(drip(b'{"ok": true}', delay=0.05))
        ... call raw_server.url ...
        assert raw_server.requests[0].method == "GET"
"""

from __future__ import annotations

import contextlib
import json
import select
import socket
import threading
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pytest

POLL = 0.02  # how often a waiting script looks for a hang-up or the server closing


class ClientGone(Exception):
    """The client closed the connection: the script ends quietly."""


@dataclass
class RawRequest:
    """One request as it arrived: header names lower-cased, body de-chunked."""

    method: str
    target: str
    headers: dict[str, str]
    body: bytes = b""
    raw_head: bytes = field(default=b"", repr=False)


class RawConnection:
    """One accepted connection, handed to a script."""

    def __init__(self, sock: socket.socket, stopped: threading.Event) -> None:
        self.sock = sock
        self.stopped = stopped
        self.request: RawRequest | None = None

    def send(self, data: bytes) -> None:
        try:
            self.sock.sendall(data)
        except OSError as exc:
            raise ClientGone from exc

    def wait(self, seconds: float) -> None:
        """Wait up to ``seconds``; raise ``ClientGone`` early if the client hangs up or the server stops."""
        remaining = seconds
        while True:
            if self.stopped.is_set():
                raise ClientGone
            readable, _, _ = select.select([self.sock], [], [], min(POLL, max(remaining, 0.0)))
            if readable:
                try:
                    if not self.sock.recv(65536):
                        raise ClientGone
                except OSError as exc:
                    raise ClientGone from exc
            remaining -= POLL
            if remaining <= 0:
                return

    def stall(self) -> None:
        """Send nothing more until the client hangs up or the server stops."""
        while True:
            self.wait(3600)

    def read_request(self) -> RawRequest:
        buffer = b""
        while b"\r\n\r\n" not in buffer:
            buffer += self._recv()
        head, _, rest = buffer.partition(b"\r\n\r\n")
        request_line, *header_lines = head.decode("latin-1").split("\r\n")
        method, target, _version = request_line.split(" ", 2)
        headers: dict[str, str] = {}
        for line in header_lines:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        if headers.get("transfer-encoding", "").lower() == "chunked":
            body, rest = self._read_chunked(rest)
        else:
            length = int(headers.get("content-length", "0"))
            while len(rest) < length:
                rest += self._recv()
            body = rest[:length]
        self.request = RawRequest(method, target, headers, body, head)
        return self.request

    def _read_chunked(self, data: bytes) -> tuple[bytes, bytes]:
        body = b""
        while True:
            while b"\r\n" not in data:
                data += self._recv()
            size_line, _, data = data.partition(b"\r\n")
            size = int(size_line.split(b";")[0], 16)
            while len(data) < size + 2:
                data += self._recv()
            body, data = body + data[:size], data[size + 2 :]
            if size == 0:
                return body, data

    def _recv(self) -> bytes:
        self.wait_readable()
        try:
            chunk = self.sock.recv(65536)
        except OSError as exc:
            raise ClientGone from exc
        if not chunk:
            raise ClientGone
        return chunk

    def wait_readable(self) -> None:
        while not select.select([self.sock], [], [], POLL)[0]:
            if self.stopped.is_set():
                raise ClientGone


Script = Callable[[RawConnection], None]


class RawServer:
    """The server: a listening socket on ``127.0.0.1:0`` and one thread per connection."""

    def __init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.setblocking(False)
        self.port: int = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.requests: list[RawRequest] = []
        self.errors: list[BaseException] = []
        self._scripts: deque[Script] = deque()
        self._fallback: Script | None = None
        self._stopped = threading.Event()
        self._lock = threading.Lock()
        self._threads: list[threading.Thread] = []
        self._sockets: list[socket.socket] = []
        self._acceptor = threading.Thread(target=self._accept_loop, name="raw-server", daemon=True)
        self._acceptor.start()

    def queue(self, *scripts: Script) -> None:
        """Run these scripts on the next connections, one connection each, in order."""
        with self._lock:
            self._scripts.extend(scripts)

    def repeat(self, script: Script) -> None:
        """Run ``script`` on every connection once the queue is empty."""
        self._fallback = script

    def close(self) -> None:
        self._stopped.set()
        self._acceptor.join(timeout=5)
        self._listener.close()
        for thread in self._threads:
            thread.join(timeout=5)
        with self._lock:
            for sock in self._sockets:
                sock.close()
        alive = [thread.name for thread in self._threads if thread.is_alive()]
        if alive or self._acceptor.is_alive():
            raise RuntimeError(f"raw server threads did not stop: {alive}")

    def _accept_loop(self) -> None:
        while not self._stopped.is_set():
            if not select.select([self._listener], [], [], POLL)[0]:
                continue
            try:
                sock, _ = self._listener.accept()
            except BlockingIOError:
                continue
            sock.setblocking(True)
            with self._lock:
                self._sockets.append(sock)
            thread = threading.Thread(target=self._serve, args=(sock,), name=f"raw-conn-{len(self._threads)}")
            thread.daemon = True
            self._threads.append(thread)
            thread.start()

    def _serve(self, sock: socket.socket) -> None:
        conn = RawConnection(sock, self._stopped)
        try:
            request = conn.read_request()
            with self._lock:
                self.requests.append(request)
                script = self._scripts.popleft() if self._scripts else self._fallback
            if script is None:
                script = respond(599, b"raw server: no script left for this connection")
            script(conn)
        except ClientGone:
            pass
        except BaseException as exc:  # reported by the fixture: a broken script must fail the test
            self.errors.append(exc)
        finally:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()


def head(status: int = 200, headers: dict[str, str] | None = None, *, length: int | None = None) -> bytes:
    """A status line and headers; ``Connection: close`` unless given, ``Content-Length`` if ``length``."""
    lines = [f"HTTP/1.1 {status} Raw"]
    all_headers = {"Connection": "close", **(headers or {})}
    if length is not None:
        all_headers.setdefault("Content-Length", str(length))
    lines += [f"{name}: {value}" for name, value in all_headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


JSON = {"Content-Type": "application/json"}
SSE = {"Content-Type": "text/event-stream", "Cache-Control": "no-cache"}


def send_raw(data: bytes) -> Script:
    """Answer with exactly these bytes, then close."""
    return lambda conn: conn.send(data)


def respond(status: int = 200, body: bytes = b"", headers: dict[str, str] | None = None) -> Script:
    """A complete response with a ``Content-Length``."""
    return send_raw(head(status, headers, length=len(body)) + body)


def respond_json(payload: object, status: int = 200) -> Script:
    return respond(status, json.dumps(payload).encode(), JSON)


def drip(
    body: bytes,
    delay: float,
    status: int = 200,
    headers: dict[str, str] | None = None,
    *,
    close_delimited: bool = False,
) -> Script:
    """Send the head at once, then the body one byte every ``delay`` seconds (without a
    ``Content-Length`` when ``close_delimited``: the body then ends when the connection does)."""

    def script(conn: RawConnection) -> None:
        length = None if close_delimited else len(body)
        conn.send(head(status, headers if headers is not None else JSON, length=length))
        for index in range(len(body)):
            conn.send(body[index : index + 1])
            conn.wait(delay)

    return script


def drip_head(delay: float, content_type: str = "application/json") -> Script:
    """Send a status line, then one header a byte every ``delay`` seconds, never ending the head."""

    def script(conn: RawConnection) -> None:
        conn.send(f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nX-Slow: ".encode())
        while True:
            conn.send(b"a")
            conn.wait(delay)

    return script


def stall(after: bytes = b"") -> Script:
    """Send ``after`` (nothing by default: not even a status line), then nothing more, ever."""

    def script(conn: RawConnection) -> None:
        conn.send(after)
        conn.stall()

    return script


def cut(body: bytes, keep: int, status: int = 200, headers: dict[str, str] | None = None) -> Script:
    """Announce the whole body's length, send its first ``keep`` bytes, then hang up."""
    return send_raw(head(status, headers if headers is not None else JSON, length=len(body)) + body[:keep])


def echo_headers(status: int = 200) -> Script:
    """Answer with the request's headers as a JSON object (an error body when ``status`` >= 400)."""

    def script(conn: RawConnection) -> None:
        assert conn.request is not None
        echoed = dict(conn.request.headers)
        payload = {"error": {"code": "echo", "message": json.dumps(echoed)}} if status >= 400 else echoed
        respond_json(payload, status)(conn)

    return script


def _stream(conn: RawConnection, events: Iterator[bytes], delay: float) -> None:
    conn.send(head(200, SSE))  # no length: the body ends when the connection closes
    for piece in events:
        conn.send(piece)
        conn.wait(delay)


def sse_trickle(prefix: bytes = b"", *, delay: float = 0.02) -> Script:
    """Send ``prefix`` (whole events), then one line forever, a byte at a time, that never ends."""

    def pieces() -> Iterator[bytes]:
        if prefix:
            yield prefix
        yield b"data: "
        while True:
            yield b"x"

    return lambda conn: _stream(conn, pieces(), delay)


def sse_pings(prefix: bytes = b"", *, delay: float = 0.02) -> Script:
    """Send ``prefix`` (whole events), then only ``: ping`` comments, forever."""

    def pieces() -> Iterator[bytes]:
        if prefix:
            yield prefix
        while True:
            yield b": ping\n\n"

    return lambda conn: _stream(conn, pieces(), delay)


@pytest.fixture
def raw_server() -> Iterator[RawServer]:
    """A fresh raw server; fails the test if a script raised, and stops every thread afterwards."""
    server = RawServer()
    try:
        yield server
    finally:
        server.close()
    if server.errors:
        raise server.errors[0]
