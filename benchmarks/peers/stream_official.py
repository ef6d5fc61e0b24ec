"""Streaming with the official SDK (it yields untyped dicts from ``iter_lines`` + ``json.loads``)."""

from __future__ import annotations

from pathlib import Path

import httpx
from _common import (
    INPROC_ORIGIN,
    emit,
    read_dict_content,
    settings,
    stream_figures,
    stream_routes,
    switchable_transport,
)

from runcrate import Runcrate

CHAT = {
    "model": "deepseek-ai/DeepSeek-V3",
    "messages": [{"role": "user", "content": "Say hello"}],
    "max_tokens": 10_000,
    "stream": True,
}


def main() -> None:
    config = settings()
    transport, select = switchable_transport(stream_routes(Path(config["data"]), config["sizes"]))
    with Runcrate(api_key=config["api_key"], base_url=INPROC_ORIGIN, inference_url=INPROC_ORIGIN) as client:
        inference = client._inference_client
        client.models._client = httpx.Client(
            base_url=inference.base_url,
            headers=inference.headers,
            timeout=inference.timeout,
            transport=transport,
        )

        def consume(name: str) -> tuple[int, int]:
            select(name)
            return read_dict_content(client.chat.completions.create(**CHAT))

        emit(stream_figures(consume, warmup=config["warmup"], sizes=config["sizes"]))


if __name__ == "__main__":
    main()
