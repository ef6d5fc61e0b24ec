"""1,000 concurrent ``instances.get`` calls through ``AsyncRuncrate`` on its aiohttp transport."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
from _common import emit, settings
from _concurrency import concurrency_figures, gather_batch

from runcrate import AiohttpTransport, AsyncRuncrate


async def get_instance(client: AsyncRuncrate, instance_id: str) -> Any:
    return await client.instances.get(instance_id)


async def main() -> None:
    config = settings()
    limits = httpx.Limits(max_connections=config["pool"], max_keepalive_connections=config["pool"])
    async with (
        httpx.AsyncClient(transport=AiohttpTransport(limits=limits), timeout=60) as http,
        AsyncRuncrate(
            api_key=config["api_key"], base_url=config["url"], inference_url=config["url"], http_client=http
        ) as client,
    ):
        batch = gather_batch(lambda instance_id: get_instance(client, instance_id), config["calls"])
        emit(await concurrency_figures(batch, warmup=config["warmup"]))


if __name__ == "__main__":
    asyncio.run(main())
