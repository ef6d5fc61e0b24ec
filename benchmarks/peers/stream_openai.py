"""Streaming with the ``openai`` package reading the same stream (typed pydantic chunks)."""

from __future__ import annotations

from pathlib import Path

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
from openai import OpenAI

CHAT = {
    "model": "deepseek-ai/DeepSeek-V3",
    "messages": [{"role": "user", "content": "Say hello"}],
    "max_tokens": 10_000,
    "stream": True,
}


def main() -> None:
    config = settings()
    transport, select = switchable_transport(stream_routes(Path(config["data"]), config["sizes"]))
    with httpx.Client(transport=transport) as http:
        client = OpenAI(api_key=config["api_key"], base_url=f"{INPROC_ORIGIN}/v1", http_client=http)

        def consume(name: str) -> tuple[int, int]:
            select(name)
            with client.chat.completions.create(**CHAT) as stream:
                return read_content(stream)

        emit(stream_figures(consume, warmup=config["warmup"], sizes=config["sizes"]))


if __name__ == "__main__":
    main()
