"""The aiohttp floor: 1,000 concurrent GETs with a raw ``aiohttp.ClientSession`` and ``json.loads``.

Same pool bound as the httpx peers (a connector limited to ``pool`` connections), same requests,
same parse; what it shows is how much CPU the HTTP layer itself costs at this concurrency.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import aiohttp
from _common import emit, settings
from _concurrency import concurrency_figures, gather_batch


async def main() -> None:
    config = settings()
    headers = {"Authorization": f"Bearer {config['api_key']}"}
    async with aiohttp.ClientSession(
        base_url=config["url"],
        headers=headers,
        connector=aiohttp.TCPConnector(limit=config["pool"]),
        timeout=aiohttp.ClientTimeout(total=60),
    ) as session:

        async def get_instance(instance_id: str) -> Any:
            async with session.get(f"/api/v1/instances/{instance_id}") as response:
                return json.loads(await response.read())

        batch = gather_batch(get_instance, config["calls"])
        emit(await concurrency_figures(batch, warmup=config["warmup"]))


if __name__ == "__main__":
    asyncio.run(main())
