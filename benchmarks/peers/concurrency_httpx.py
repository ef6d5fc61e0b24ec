"""The floor: 1,000 concurrent GETs with raw ``httpx.AsyncClient`` (same pool bound) and ``json.loads``."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
from _common import concurrency_figures, emit, settings


async def main() -> None:
    config = settings()
    limits = httpx.Limits(max_connections=config["pool"], max_keepalive_connections=config["pool"])
    headers = {"Authorization": f"Bearer {config['api_key']}"}
    async with httpx.AsyncClient(base_url=config["url"], headers=headers, limits=limits, timeout=60) as http:

        async def get_instance(instance_id: str) -> Any:
            return json.loads((await http.get(f"/api/v1/instances/{instance_id}")).content)

        async def batch() -> int:
            ids = [f"inst-{number}" for number in range(config["calls"])]
            await asyncio.gather(*(get_instance(instance_id) for instance_id in ids))
            return len(ids)

        emit(await concurrency_figures(batch, warmup=config["warmup"]))


if __name__ == "__main__":
    asyncio.run(main())
