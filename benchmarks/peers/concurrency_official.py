"""The official SDK's ``AsyncRuncrate``: 1,000 concurrent ``instances.get`` on the same pool bound.

It takes no ``http_client`` or limits, so its infrastructure client is rebuilt with the same base
URL, headers and timeout plus the pool bound.
"""

from __future__ import annotations

import asyncio

import httpx
from _common import emit, settings
from _concurrency import concurrency_figures, gather_batch

from runcrate import AsyncRuncrate


async def main() -> None:
    config = settings()
    limits = httpx.Limits(max_connections=config["pool"], max_keepalive_connections=config["pool"])
    async with AsyncRuncrate(
        api_key=config["api_key"], base_url=config["url"], inference_url=config["url"]
    ) as client:
        original = client._transport._client
        client._transport._client = httpx.AsyncClient(
            base_url=original.base_url, headers=original.headers, timeout=60, limits=limits
        )
        await original.aclose()

        batch = gather_batch(client.instances.get, config["calls"])
        emit(await concurrency_figures(batch, warmup=config["warmup"]))


if __name__ == "__main__":
    asyncio.run(main())
