"""Per-request CPU of the official SDK (``runcrate-sdk`` 0.5.0), the same two calls.

It takes no ``http_client``, so for in-process runs its two ``httpx`` clients are swapped for ones
with the recorded-response transport and the same base URL, headers and timeout.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import httpx
from _common import INPROC_ORIGIN, Recorded, acpu_per_call, cpu_per_call, emit, inproc_transport, settings

from runcrate import AsyncRuncrate, Runcrate

CHAT = {
    "model": "deepseek-ai/DeepSeek-V3",
    "messages": [{"role": "user", "content": "Say hello"}],
    "max_tokens": 16,
}


def routes(data: Path) -> dict[tuple[str, str], Recorded]:
    return {
        ("GET", "/api/v1/instances"): Recorded(data, "instances_list"),
        ("POST", "/v1/chat/completions"): Recorded(data, "chat"),
    }


def _same_but(client: httpx.Client | httpx.AsyncClient, transport: httpx.BaseTransport) -> Any:
    kind = httpx.AsyncClient if isinstance(client, httpx.AsyncClient) else httpx.Client
    return kind(base_url=client.base_url, headers=client.headers, timeout=client.timeout, transport=transport)


def serve_in_process(client: Runcrate | AsyncRuncrate, transport: httpx.BaseTransport) -> None:
    client._transport._client = _same_but(client._transport._client, transport)
    client.models._client = client._inference_client = _same_but(client._inference_client, transport)


def run_sync(config: dict[str, Any], options: dict[str, Any], counts: dict[str, int]) -> dict[str, Any]:
    with Runcrate(**options) as client:
        if config["transport"] == "inproc":
            serve_in_process(client, inproc_transport(routes(Path(config["data"]))))
        return {
            "get": cpu_per_call(client.instances.list, **counts),
            "post": cpu_per_call(lambda: client.chat.completions.create(**CHAT), **counts),
        }


async def run_async(
    config: dict[str, Any], options: dict[str, Any], counts: dict[str, int]
) -> dict[str, Any]:
    async with AsyncRuncrate(**options) as client:
        if config["transport"] == "inproc":
            serve_in_process(client, inproc_transport(routes(Path(config["data"])), asynchronous=True))
        return {
            "get": await acpu_per_call(client.instances.list, **counts),
            "post": await acpu_per_call(lambda: client.chat.completions.create(**CHAT), **counts),
        }


def main() -> None:
    config = settings()
    origin = INPROC_ORIGIN if config["transport"] == "inproc" else config["url"]
    options = {"api_key": config["api_key"], "base_url": origin, "inference_url": origin}
    counts = {"calls": config["calls"], "warmup": config["warmup"]}
    if config["mode"] == "sync":
        emit(run_sync(config, options, counts))
    else:
        emit(asyncio.run(run_async(config, options, counts)))


if __name__ == "__main__":
    main()
