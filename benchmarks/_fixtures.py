"""Responses recorded from the fake server, for the benchmarks that replay them.

Where a server would dominate a figure (a Python server costs more per request and per event than
any client), every peer is served the same recorded bytes, in process or by the replay server.
Recording goes through the real fake server with spec validation on, so the bytes are what the API
description allows. Larger payloads (1,000 instances, 100 choices) repeat recorded items.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import httpx

from benchmarks._venvs import CACHE
from runcrate.testing import FakeRuncrate

DATA = CACHE / "bench-data"
MODEL = "deepseek-ai/DeepSeek-V3"
PROMPT = [{"role": "user", "content": "Say hello"}]
STREAM_CHUNKS = 10_000
SMALL_LIST = 10
BIG_LIST = 1_000
MANY_CHOICES = 100
BIG_EVENT_SIZES_MIB = (4, 16, 32)
_DROPPED_HEADERS = {"content-length", "date", "server", "transfer-encoding"}


def _save(name: str, response: httpx.Response, body: bytes, pieces: list[int] | None = None) -> None:
    headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() not in _DROPPED_HEADERS]
    meta: dict[str, Any] = {"status": response.status_code, "headers": headers}
    if pieces is not None:
        meta["pieces"] = pieces
    (DATA / f"{name}.bin").write_bytes(body)
    (DATA / f"{name}.json").write_text(json.dumps(meta))


def _event_ends(body: bytes) -> list[int]:
    """Offsets just after each blank line: the stream as a server flushing per event sends it."""
    ends, position = [], 0
    while (found := body.find(b"\n\n", position)) != -1:
        position = found + 2
        ends.append(position)
    if position < len(body):
        ends.append(len(body))
    return ends


def _mib_ends(body: bytes) -> list[int]:
    size = 64 * 1024
    return [min(end, len(body)) for end in range(size, len(body) + size, size)]


def _record_stream(api: httpx.Client, name: str, body: dict[str, Any], ends: Any) -> None:
    with api.stream("POST", "/v1/chat/completions", json=body) as response:
        response.raise_for_status()
        raw = response.read()
    _save(name, response, raw, ends(raw))


def _record(fake: FakeRuncrate) -> None:
    headers = {"Authorization": f"Bearer {fake.api_key}"}
    with httpx.Client(base_url=fake.url, headers=headers, timeout=60) as api:
        for number in range(SMALL_LIST):
            api.post(
                "/api/v1/instances", json={"name": f"bench-{number}", "gpu_type": "A100"}
            ).raise_for_status()
        listing = api.get("/api/v1/instances")
        listing.raise_for_status()
        _save("instances_list", listing, listing.content)
        first = listing.json()["data"][0]
        one = api.get(f"/api/v1/instances/{first['id']}")
        one.raise_for_status()
        _save("instance_get", one, one.content)
        chat = api.post("/v1/chat/completions", json={"model": MODEL, "messages": PROMPT, "max_tokens": 16})
        chat.raise_for_status()
        _save("chat", chat, chat.content)
        stream_body = {"model": MODEL, "messages": PROMPT, "max_tokens": STREAM_CHUNKS, "stream": True}
        _record_stream(api, "chat_stream", stream_body, _event_ends)
        settings = fake.world.component("inference").settings
        for mib in BIG_EVENT_SIZES_MIB:
            settings.big_event_bytes = mib * 1024 * 1024
            big = {"model": "big-event", "messages": PROMPT, "stream": True}
            _record_stream(api, f"big_event_{mib}", big, _mib_ends)
        _save_synthetic(listing, chat)


def _save_synthetic(listing: httpx.Response, chat: httpx.Response) -> None:
    """1,000 instances and a 100-choice completion, made of recorded items with distinct ids."""
    recorded = listing.json()
    items = []
    for number in range(BIG_LIST):
        item = copy.deepcopy(recorded["data"][number % len(recorded["data"])])
        item["id"] = f"{item['id'][:-6]}{number:06d}"
        item["name"] = f"bench-{number}"
        items.append(item)
    big_list = {**recorded, "data": items}
    _save("instances_1000", listing, json.dumps(big_list).encode())
    completion = chat.json()
    choice = completion["choices"][0]
    completion["choices"] = [{**copy.deepcopy(choice), "index": index} for index in range(MANY_CHOICES)]
    _save("chat_100_choices", chat, json.dumps(completion).encode())


def record(*, force: bool = False) -> Path:
    """Record (once) and return the data directory."""
    done = DATA / ".complete"
    if done.exists() and not force:
        return DATA
    DATA.mkdir(parents=True, exist_ok=True)
    with FakeRuncrate(validate=True) as fake:
        _record(fake)
        if fake.violations:
            raise RuntimeError(f"the fake server reported spec violations: {fake.violations[:3]}")
    done.write_text("ok\n")
    return DATA
