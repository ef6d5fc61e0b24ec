"""Helpers for the overlay-core tests: the kinds of client a wire-level test runs on, clients of the
raw server (their key, running an action on one), and readers of streams."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable
from typing import Any

from runcrate import AsyncRuncrate, Runcrate

SECRET_KEY = "rc_live_" + "Zq9" * 12
"""The key of the ``client_for`` clients: tests assert it appears nowhere the SDK builds from an answer."""


async def drain(stream: Any) -> None:
    """Read a sync or async stream to its end."""
    if hasattr(stream, "__aiter__"):
        [chunk async for chunk in stream]
    else:
        list(stream)


def chat_stream(client: Any) -> Any:
    return client.chat.completions.create(
        model="m", messages=[{"role": "user", "content": "hi"}], stream=True
    )


RAW_KEY = "rc_live_" + "r" * 32
"""A well-formed key for clients of the raw server (which checks none)."""


KINDS = ["sync", "async", "aiohttp"]
"""The clients a wire-level test runs on: ``Runcrate``, ``AsyncRuncrate`` on httpx's own transport,
and ``AsyncRuncrate`` on aiohttp (``http_backend="aiohttp"``)."""


def client_options(kind: str) -> dict[str, Any]:
    """The constructor options that make a client of ``kind`` (besides the class)."""
    return {"http_backend": "aiohttp"} if kind == "aiohttp" else {}


def on_raw(kind: str, url: str, action: Callable[[Any], Any], **options: Any) -> Any:
    """Run ``action(client)`` with a ``Runcrate`` (``kind == "sync"``) or an ``AsyncRuncrate`` (then
    ``action`` may return an awaitable, which is awaited) whose two origins are ``url``."""
    settings: dict[str, Any] = {
        "api_key": RAW_KEY,
        "base_url": url,
        "inference_url": url,
        **client_options(kind),
        **options,
    }
    if kind == "sync":
        with Runcrate(**settings) as client:
            return action(client)

    async def main() -> Any:
        async with AsyncRuncrate(**settings) as client:
            result = action(client)
            return await result if inspect.isawaitable(result) else result

    return asyncio.run(main())
