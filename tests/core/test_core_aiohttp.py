"""The aiohttp backend sends what httpx's own transport sends and reads what it reads.

The policy tests run on every backend (``KINDS``); these check what only a transport can get wrong:
the request on the wire byte for byte (path encoding, headers, bodies), response decoding, the pool
and the option that chooses the backend.
"""

from __future__ import annotations

import asyncio
import gc
import gzip
import io
import json
import sys
import warnings
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from runcrate import AiohttpTransport, ApiError, AsyncRuncrate, ConfigurationError
from runcrate._aiohttp import DEFAULT_LIMITS
from runcrate.testing import FakeRuncrate
from tests.core.helpers import RAW_KEY
from tests.raw_server import RawRequest, RawServer, respond, respond_json

TRICKY_ID = "../a/..?q=1#f %2e%2E%2f\\..\\;@:é~"
"""An id holding everything that could end a path segment, climb out of it or be re-encoded."""


async def sent_by(backend: str, url: str, action: Any) -> None:
    async with AsyncRuncrate(
        api_key=RAW_KEY, base_url=url, inference_url=url, max_retries=0, http_backend=backend
    ) as client:
        await action(client)


def comparable(request: RawRequest) -> tuple[str, str, list[tuple[str, str]], bytes]:
    """The request as sent, minus what must differ between two sends (keys, boundaries)."""
    headers = sorted(request.headers.items())
    return request.method, request.target, headers, request.body


@pytest.mark.parametrize(
    "action",
    [
        pytest.param(lambda c: c.instances.get(TRICKY_ID), id="get-with-a-tricky-id"),
        pytest.param(lambda c: c.instances.list(extra_query={"q": "a b&c=d/é"}), id="get-with-a-query"),
        pytest.param(
            lambda c: c.chat.completions.create(model="m", messages=[{"role": "user", "content": "é\r\n"}]),
            id="post-json",
        ),
        pytest.param(lambda c: c.ssh_keys.delete("k 1"), id="delete"),
        pytest.param(lambda c: c.instances.list(extra_headers={"User-Agent": None}), id="no-user-agent"),
    ],
)
async def test_the_request_on_the_wire_is_the_one_httpx_sends(raw_server: RawServer, action: Any) -> None:
    raw_server.repeat(respond_json({"error": {"code": "x", "message": "stop here"}}, status=400))
    for backend in ("httpx", "aiohttp"):
        with pytest.raises(ApiError):
            await sent_by(backend, raw_server.url, action)
    through_httpx, through_aiohttp = raw_server.requests
    assert comparable(through_aiohttp) == comparable(through_httpx)


async def test_a_multipart_body_arrives_as_httpx_encodes_it(fake: FakeRuncrate) -> None:
    wav = b"RIFF" + b"\x00" * 64
    for backend in ("httpx", "aiohttp"):
        async with AsyncRuncrate(
            api_key=fake.api_key, base_url=fake.url, inference_url=fake.url, http_backend=backend
        ) as client:
            await client.audio.transcriptions.create(
                file=("clip.wav", io.BytesIO(wav), "audio/wav"), model="openai/whisper-large-v3"
            )
    through_httpx, through_aiohttp = fake.requests

    def without_boundary(request: Any) -> bytes:
        boundary = request.headers["content-type"].split("boundary=")[1].encode()
        return bytes(request.body).replace(boundary, b"BOUNDARY")

    assert without_boundary(through_aiohttp) == without_boundary(through_httpx)
    assert through_aiohttp.headers["content-length"] == through_httpx.headers["content-length"]


async def test_a_body_of_unknown_length_is_sent_chunked_and_whole(raw_server: RawServer) -> None:
    raw_server.queue(respond(200, b"{}", {"Content-Type": "application/json"}))

    async def pieces() -> AsyncIterator[bytes]:
        for piece in (b"one ", b"two ", b"three"):
            yield piece

    async with httpx.AsyncClient(transport=AiohttpTransport()) as http:
        response = await http.put(f"{raw_server.url}/upload", content=pieces())
    assert response.status_code == 200
    (sent,) = raw_server.requests
    assert sent.headers["transfer-encoding"] == "chunked"
    assert sent.body == b"one two three"


async def test_a_compressed_answer_is_decoded_once(raw_server: RawServer) -> None:
    body = gzip.compress(json.dumps({"data": [{"id": "i-1"}], "padding": "z" * 1000}).encode())
    raw_server.queue(respond(200, body, {"Content-Type": "application/json", "Content-Encoding": "gzip"}))
    async with httpx.AsyncClient(transport=AiohttpTransport()) as http:
        response = await http.get(raw_server.url)
    assert response.json()["data"] == [{"id": "i-1"}]


async def test_response_headers_keep_repeats_and_order(raw_server: RawServer) -> None:
    headers = [(b"Content-Type", b"application/json"), (b"Set-Cookie", b"a=1"), (b"Set-Cookie", b"b=2")]
    head = b"HTTP/1.1 200 OK\r\n" + b"".join(k + b": " + v + b"\r\n" for k, v in headers)
    raw_server.queue(lambda conn: conn.send(head + b"Content-Length: 2\r\nConnection: close\r\n\r\n{}"))
    async with httpx.AsyncClient(transport=AiohttpTransport()) as http:
        response = await http.get(raw_server.url)
    assert response.headers.get_list("set-cookie") == ["a=1", "b=2"]
    assert response.http_version == "HTTP/1.1"
    assert response.reason_phrase == "OK"


async def test_the_default_pool_has_httpx_bounds() -> None:
    assert httpx.Limits(max_connections=100, max_keepalive_connections=20) == DEFAULT_LIMITS


async def test_closing_the_client_closes_the_session(fake: FakeRuncrate) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        async with AsyncRuncrate(api_key=fake.api_key, base_url=fake.url, http_backend="aiohttp") as client:
            await client.instances.list()
        del client
        gc.collect()
    assert [str(w.message) for w in caught if "nclosed" in str(w.message)] == []


def test_the_client_can_be_built_outside_an_event_loop(fake: FakeRuncrate) -> None:
    """aiohttp binds a session to the loop it is made in: the SDK makes it at the first request."""
    client = AsyncRuncrate(api_key=fake.api_key, base_url=fake.url, http_backend="aiohttp")

    async def main() -> Any:
        async with client:
            return await client.instances.list()

    assert asyncio.run(main()) == []


@pytest.mark.parametrize("backend", ["aiohttps", "", None, "AIOHTTP", 1])
def test_an_unknown_backend_is_refused_naming_the_option(backend: Any) -> None:
    with pytest.raises(
        ConfigurationError, match=f"http_backend must be 'httpx' or 'aiohttp', got {backend!r}"
    ):
        AsyncRuncrate(api_key=RAW_KEY, http_backend=backend)


def test_a_backend_and_an_http_client_are_refused_together() -> None:
    with pytest.raises(ConfigurationError, match="http_backend or http_client, not both"):
        AsyncRuncrate(api_key=RAW_KEY, http_backend="aiohttp", http_client=httpx.AsyncClient())


def test_without_aiohttp_installed_the_option_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    # No server can uninstall a package: hide it from the import system instead.
    monkeypatch.setitem(sys.modules, "aiohttp", None)
    monkeypatch.delitem(sys.modules, "runcrate._aiohttp", raising=False)
    with pytest.raises(ConfigurationError, match=r"pip install 'runcrate-client\[aiohttp\]'"):
        AsyncRuncrate(api_key=RAW_KEY, http_backend="aiohttp")
