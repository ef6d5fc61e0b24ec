"""Per-request CPU of the ``openai`` package on the same non-streamed chat completion (POST only)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import httpx
from _common import INPROC_ORIGIN, Recorded, acpu_per_call, cpu_per_call, emit, inproc_transport, settings
from openai import AsyncOpenAI, OpenAI

CHAT = {
    "model": "deepseek-ai/DeepSeek-V3",
    "messages": [{"role": "user", "content": "Say hello"}],
    "max_tokens": 16,
}


def routes(data: Path) -> dict[tuple[str, str], Recorded]:
    return {("POST", "/v1/chat/completions"): Recorded(data, "chat")}


def run_sync(config: dict[str, Any], origin: str, counts: dict[str, int]) -> dict[str, Any]:
    inproc = config["transport"] == "inproc"
    transport = inproc_transport(routes(Path(config["data"]))) if inproc else None
    with httpx.Client(transport=transport) as http:
        client = OpenAI(api_key=config["api_key"], base_url=f"{origin}/v1", http_client=http)
        return {"post": cpu_per_call(lambda: client.chat.completions.create(**CHAT), **counts)}


async def run_async(config: dict[str, Any], origin: str, counts: dict[str, int]) -> dict[str, Any]:
    inproc = config["transport"] == "inproc"
    transport = inproc_transport(routes(Path(config["data"])), asynchronous=True) if inproc else None
    async with httpx.AsyncClient(transport=transport) as http:
        client = AsyncOpenAI(api_key=config["api_key"], base_url=f"{origin}/v1", http_client=http)
        return {"post": await acpu_per_call(lambda: client.chat.completions.create(**CHAT), **counts)}


def main() -> None:
    config = settings()
    origin = INPROC_ORIGIN if config["transport"] == "inproc" else config["url"]
    counts = {"calls": config["calls"], "warmup": config["warmup"]}
    if config["mode"] == "sync":
        emit(run_sync(config, origin, counts))
    else:
        emit(asyncio.run(run_async(config, origin, counts)))


if __name__ == "__main__":
    main()
