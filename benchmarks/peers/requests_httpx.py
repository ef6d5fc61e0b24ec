"""Per-request CPU of raw httpx plus ``json.loads``: the floor every SDK adds to."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import httpx
from _common import INPROC_ORIGIN, Recorded, acpu_per_call, cpu_per_call, emit, inproc_transport, settings

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


def run_sync(
    config: dict[str, Any], client_options: dict[str, Any], counts: dict[str, int]
) -> dict[str, Any]:
    inproc = config["transport"] == "inproc"
    transport = inproc_transport(routes(Path(config["data"]))) if inproc else None
    with httpx.Client(transport=transport, **client_options) as http:
        return {
            "get": cpu_per_call(lambda: json.loads(http.get("/api/v1/instances").content), **counts),
            "post": cpu_per_call(
                lambda: json.loads(http.post("/v1/chat/completions", json=CHAT).content), **counts
            ),
        }


async def run_async(
    config: dict[str, Any], client_options: dict[str, Any], counts: dict[str, int]
) -> dict[str, Any]:
    inproc = config["transport"] == "inproc"
    transport = inproc_transport(routes(Path(config["data"])), asynchronous=True) if inproc else None
    async with httpx.AsyncClient(transport=transport, **client_options) as http:

        async def get() -> Any:
            return json.loads((await http.get("/api/v1/instances")).content)

        async def post() -> Any:
            return json.loads((await http.post("/v1/chat/completions", json=CHAT)).content)

        return {"get": await acpu_per_call(get, **counts), "post": await acpu_per_call(post, **counts)}


def main() -> None:
    config = settings()
    origin = INPROC_ORIGIN if config["transport"] == "inproc" else config["url"]
    client_options = {"base_url": origin, "headers": {"Authorization": f"Bearer {config['api_key']}"}}
    counts = {"calls": config["calls"], "warmup": config["warmup"]}
    if config["mode"] == "sync":
        emit(run_sync(config, client_options, counts))
    else:
        emit(asyncio.run(run_async(config, client_options, counts)))


if __name__ == "__main__":
    main()
