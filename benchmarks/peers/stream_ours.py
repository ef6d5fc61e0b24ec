"""Streaming with our SDK: a 10,000-chunk chat completion as typed chunks, and single big events."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
from _common import (
    INPROC_ORIGIN,
    emit,
    read_content,
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


def stream_chat(client: Runcrate) -> Any:
    return client.chat.completions.create(**CHAT)


def main() -> None:
    config = settings()
    transport, select = switchable_transport(stream_routes(Path(config["data"]), config["sizes"]))
    with (
        httpx.Client(transport=transport) as http,
        Runcrate(
            api_key=config["api_key"], base_url=INPROC_ORIGIN, inference_url=INPROC_ORIGIN, http_client=http
        ) as client,
    ):

        def consume(name: str) -> tuple[int, int]:
            select(name)
            with stream_chat(client) as stream:
                return read_content(stream)

        emit(stream_figures(consume, warmup=config["warmup"], sizes=config["sizes"]))


if __name__ == "__main__":
    main()
