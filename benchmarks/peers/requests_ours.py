"""Per-request CPU of our SDK: ``instances.list`` (10 items) and a non-streamed chat completion."""

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


def list_instances(client: Runcrate) -> Any:
    return client.instances.list()


def create_chat(client: Runcrate) -> Any:
    return client.chat.completions.create(**CHAT)


async def alist_instances(client: AsyncRuncrate) -> Any:
    return await client.instances.list()


async def acreate_chat(client: AsyncRuncrate) -> Any:
    return await client.chat.completions.create(**CHAT)


def routes(data: Path) -> dict[tuple[str, str], Recorded]:
    return {
        ("GET", "/api/v1/instances"): Recorded(data, "instances_list"),
        ("POST", "/v1/chat/completions"): Recorded(data, "chat"),
    }


def run_sync(config: dict[str, Any], options: dict[str, Any], counts: dict[str, int]) -> dict[str, Any]:
    inproc = config["transport"] == "inproc"
    transport = inproc_transport(routes(Path(config["data"]))) if inproc else None
    with httpx.Client(transport=transport) as http, Runcrate(**options, http_client=http) as client:
        return {
            "get": cpu_per_call(lambda: list_instances(client), **counts),
            "post": cpu_per_call(lambda: create_chat(client), **counts),
        }


async def run_async(
    config: dict[str, Any], options: dict[str, Any], counts: dict[str, int]
) -> dict[str, Any]:
    inproc = config["transport"] == "inproc"
    transport = inproc_transport(routes(Path(config["data"])), asynchronous=True) if inproc else None
    async with (
        httpx.AsyncClient(transport=transport) as http,
        AsyncRuncrate(**options, http_client=http) as client,
    ):
        return {
            "get": await acpu_per_call(lambda: alist_instances(client), **counts),
            "post": await acpu_per_call(lambda: acreate_chat(client), **counts),
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
