"""The floor: 1,000 concurrent GETs with raw ``httpx.AsyncClient`` (same pool bound) and ``json.loads``."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
from _common import emit, settings
from _concurrency import concurrency_figures, gather_batch


async def main() -> None:
    config = settings()
    limits = httpx.Limits(max_connections=config["pool"], max_keepalive_connections=config["pool"])
    headers = {"Authorization": f"Bearer {config['api_key']}"}
    async with httpx.AsyncClient(base_url=config["url"], headers=headers, limits=limits, timeout=60) as http:

        async def get_instance(instance_id: str) -> Any:
            return json.loads((await http.get(f"/api/v1/instances/{instance_id}")).content)

        batch = gather_batch(get_instance, config["calls"])
        emit(await concurrency_figures(batch, warmup=config["warmup"]))


if __name__ == "__main__":
    asyncio.run(main())
