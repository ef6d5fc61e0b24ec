"""Streaming floor: raw httpx ``iter_lines``, ``json.loads`` of each ``data:`` line, and its content."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

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

CHAT = {
    "model": "deepseek-ai/DeepSeek-V3",
    "messages": [{"role": "user", "content": "Say hello"}],
    "max_tokens": 10_000,
    "stream": True,
}


def main() -> None:
    config = settings()
    transport, select = switchable_transport(stream_routes(Path(config["data"]), config["sizes"]))
    headers = {"Authorization": f"Bearer {config['api_key']}"}
    with httpx.Client(transport=transport, base_url=INPROC_ORIGIN, headers=headers) as http:

        def chunks(response: httpx.Response) -> Iterator[dict[str, Any]]:
            for line in response.iter_lines():
                if line.startswith("data:"):
                    data = line[5:].lstrip(" ")
                    if data == "[DONE]":
                        return
                    yield json.loads(data)

        def consume(name: str) -> tuple[int, int]:
            select(name)
            with http.stream("POST", "/v1/chat/completions", json=CHAT) as response:
                return read_dict_content(chunks(response))

        emit(stream_figures(consume, warmup=config["warmup"], sizes=config["sizes"]))


if __name__ == "__main__":
    main()
