"""Raw responses through ``with_raw_response`` wrappers, and sync/async parity of the core's surface."""

from __future__ import annotations

import inspect
from typing import Any

import pytest

from runcrate import (
    AsyncBinaryResponse,
    AsyncPage,
    AsyncRuncrate,
    AsyncStream,
    BinaryResponse,
    NotFoundError,
    RawResponse,
    Runcrate,
    Stream,
    SyncPage,
)
from runcrate._generated.api.chat import create_chat_completion
from runcrate._generated.api.instances import get_instance, list_instance_types, list_instances
from runcrate._generated.api.jobs import list_jobs
from runcrate._generated.models.chat_completion_request import ChatCompletionRequest
from runcrate._generated.models.instance_list_response import InstanceListResponse
from runcrate._generated.models.instance_type_list_response import InstanceTypeListResponse
from runcrate._pagination import Paging
from runcrate._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from runcrate.testing import FakeRuncrate


class Instances:
    """A stand-in resource: one API call per method, as the real resources are written."""

    def __init__(self, client: Runcrate) -> None:
        self._client = client

    def list(self) -> InstanceListResponse:
        return self._client._engine.request(list_instances)

    def get(self, instance_id: str) -> Any:
        return self._client._engine.request(get_instance, instance_id)

    def list_then_types(self) -> InstanceTypeListResponse:
        self._client._engine.request(list_instances)
        return self._client._engine.request(list_instance_types)


def test_raw_response_exposes_status_headers_and_parses_once(client: Runcrate, fake: FakeRuncrate) -> None:
    raw = to_raw_response_wrapper(Instances(client).list)()
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200
    assert raw.headers["content-type"].startswith("application/json")
    assert raw.request_id == raw.headers["x-request-id"]
    parsed = raw.parse()
    assert isinstance(parsed, InstanceListResponse)
    assert raw.parse() is parsed
    assert isinstance(Instances(client).list(), InstanceListResponse)


def test_a_raw_response_is_that_of_the_first_call(client: Runcrate) -> None:
    raw = to_raw_response_wrapper(Instances(client).list_then_types)()
    assert raw.http_response.url.path == "/api/v1/instances"
    assert isinstance(raw.parse(), InstanceTypeListResponse)


def test_raw_calls_still_raise_api_errors(client: Runcrate) -> None:
    with pytest.raises(NotFoundError):
        to_raw_response_wrapper(Instances(client).get)("missing")
    assert isinstance(Instances(client).list(), InstanceListResponse)


def test_raw_pages_and_streams(client: Runcrate) -> None:
    raw_page = to_raw_response_wrapper(lambda: client._engine.paginate(list_jobs, paging=Paging.cursor()))()
    assert isinstance(raw_page, RawResponse)
    assert isinstance(raw_page.parse(), SyncPage)
    body = ChatCompletionRequest.from_dict(
        {
            "model": "meta-llama/Llama-3.3-70B-Instruct",
            "messages": [{"role": "user", "content": "hi"}],
            "stream": True,
        }
    )
    raw_stream = to_raw_response_wrapper(
        lambda: client._engine.stream(
            create_chat_completion, body=body, make_stream=lambda response: Stream(response, dict)
        )
    )()
    assert isinstance(raw_stream, RawResponse)
    assert raw_stream.headers["content-type"].startswith("text/event-stream")
    with raw_stream.parse() as stream:
        assert [chunk["object"] for chunk in stream]


async def test_async_raw_response(async_client: AsyncRuncrate) -> None:
    async def list_instances_call() -> InstanceListResponse:
        return await async_client._engine.request(list_instances)

    raw = await async_to_raw_response_wrapper(list_instances_call)()
    assert isinstance(raw, RawResponse)
    assert isinstance(raw.parse(), InstanceListResponse)
    assert isinstance(await list_instances_call(), InstanceListResponse)
    raw_page = await async_to_raw_response_wrapper(
        lambda: async_client._engine.paginate(list_jobs, paging=Paging.cursor())
    )()
    assert isinstance(raw_page.parse(), AsyncPage)


# ----- parity --------------------------------------------------------------------------------------


def public_methods(cls: type) -> dict[str, inspect.Signature]:
    return {
        name: inspect.signature(member)
        for name, member in inspect.getmembers(cls)
        if not name.startswith("_") and callable(member)
    }


@pytest.mark.parametrize(
    ("sync_cls", "async_cls"),
    [
        (Runcrate, AsyncRuncrate),
        (Stream, AsyncStream),
        (SyncPage, AsyncPage),
        (BinaryResponse, AsyncBinaryResponse),
    ],
)
def test_sync_and_async_expose_the_same_methods(sync_cls: type, async_cls: type) -> None:
    sync_methods, async_methods = public_methods(sync_cls), public_methods(async_cls)
    assert sync_methods.keys() == async_methods.keys()
    for name, signature in sync_methods.items():
        other = async_methods[name]
        assert list(signature.parameters) == list(other.parameters), name
        for parameter, twin in zip(signature.parameters.values(), other.parameters.values(), strict=True):
            assert (parameter.kind, parameter.default) == (twin.kind, twin.default), (name, parameter.name)


def test_client_options_match() -> None:
    sync_init = inspect.signature(Runcrate.__init__).parameters
    async_init = inspect.signature(AsyncRuncrate.__init__).parameters
    # The async client alone chooses its HTTP backend (aiohttp is asyncio-only).
    assert [*sync_init, "http_backend"] == list(async_init)
    assert list(sync_init)[1:] == [
        "api_key",
        "base_url",
        "inference_url",
        "environment",
        "timeout",
        "max_retries",
        "default_headers",
        "http_client",
    ]
