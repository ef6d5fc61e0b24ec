"""Serving an ASGI app with uvicorn on a loopback port, in a background thread that stops at once."""

from __future__ import annotations

import asyncio
import socket
import threading

import uvicorn

from runcrate.testing._server.asgi import ASGIApp

STARTUP_TIMEOUT_SECONDS = 10.0
SHUTDOWN_GRACE_SECONDS = 1.0


class _Server(uvicorn.Server):
    """uvicorn's server with a main loop that stops at once when asked (not on a 0.1 s tick)."""

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self.ready = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None

    async def main_loop(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        self.ready.set()
        await self._stop.wait()

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        """Like uvicorn's, minus its fixed 0.1 s sleeps: close idle connections, give requests in
        flight ``SHUTDOWN_GRACE_SECONDS``, then cancel the rest (e.g. deliberately stalled streams)."""
        for server in self.servers:
            server.close()
        for sock in sockets or []:
            sock.close()
        for connection in list(self.server_state.connections):
            connection.shutdown()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + SHUTDOWN_GRACE_SECONDS
        while (self.server_state.connections or self.server_state.tasks) and loop.time() < deadline:
            await asyncio.sleep(0.002)
        for task in list(self.server_state.tasks):
            task.cancel()

    def request_stop(self) -> None:
        self.should_exit = True
        if self._loop is not None and self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)


class ServerThread:
    """``app`` served on ``host:port`` (port 0 picks a free one) until ``stop()``."""

    def __init__(self, app: ASGIApp, host: str, port: int) -> None:
        # IPPROTO_TCP explicitly: asyncio only sets TCP_NODELAY on such sockets, and without it
        # keep-alive requests wait ~40 ms on delayed ACKs (Nagle)
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        config = uvicorn.Config(
            app,
            lifespan="off",
            interface="asgi3",
            http="h11",
            ws="none",
            loop="asyncio",
            log_config=None,
            log_level="warning",
            access_log=False,
            proxy_headers=False,
            server_header=False,
            date_header=False,
        )
        self._server = _Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [sock]}, name="FakeRuncrate", daemon=True
        )
        self._thread.start()
        if not self._server.ready.wait(STARTUP_TIMEOUT_SECONDS):
            self._server.request_stop()
            raise RuntimeError("FakeRuncrate did not start")
        self.port: int = sock.getsockname()[1]

    def stop(self) -> None:
        self._server.request_stop()
        self._thread.join(STARTUP_TIMEOUT_SECONDS)
