"""The API key never leaks into what the SDK builds from a server's answer, even one that echoes it.

Servers here really echo the request's ``Authorization`` header back (the raw socket server of
``tests/raw_server.py``): in an error message, in ``details``, in a non-JSON page, in a response
header, in a success body that is not what the operation documents, in a stream's error event.
Every test runs with both clients.
"""

from __future__ import annotations

import json
import logging
import pickle
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import runcrate
from runcrate import ApiError, Runcrate
from runcrate._generated.models.instance import Instance
from tests.core.helpers import SECRET_KEY, chat_stream, drain
from tests.raw_server import (
    JSON,
    SSE,
    RawConnection,
    RawRequest,
    RawServer,
    Script,
    cut,
    echo_headers,
    head,
    respond,
    respond_json,
    stall,
)
from tests.resources.conftest import call

KEY = SECRET_KEY
"""The clients' key: it must appear nowhere in an error, however the server sends it back."""

ClientFactory = Callable[..., Any]


def everything_built_from(error: BaseException) -> str:
    """All the text an application could print or log about ``error``."""
    parts = [str(error), repr(error), "".join(traceback.format_exception(error))]
    for name in ("message", "details", "body", "headers", "location", "code", "type", "request_id"):
        value = getattr(error, name, None)
        if value is not None:
            parts += [str(value), repr(value)]
    headers = getattr(error, "headers", None)
    if headers is not None:
        parts.append(json.dumps(dict(headers)))
    return "\n".join(parts)


def assert_no_key(error: BaseException) -> None:
    text = everything_built_from(error)
    assert KEY not in text
    assert KEY[len("rc_live_") :] not in text  # not even the key without its prefix
    assert "[redacted]" in text  # the echo arrived, redacted (the test would pass vacuously otherwise)


def answer(
    status: int,
    body: Callable[[RawRequest], Any],
    headers: Callable[[RawRequest], dict[str, str]] = lambda request: JSON,
) -> Script:
    """Answer ``status`` with a body (JSON unless it is bytes) and headers made from the request."""

    def script(conn: RawConnection) -> None:
        assert conn.request is not None
        content = body(conn.request)
        data = content if isinstance(content, bytes) else json.dumps(content).encode()
        respond(status, data, headers(conn.request))(conn)

    return script


def authorization(request: RawRequest) -> str:
    return request.headers["authorization"]


ECHOES = {
    "message": echo_headers(400),
    "details": answer(
        422, lambda r: {"error": {"code": "validation_error", "message": "m", "details": r.headers}}
    ),
    "openai-envelope": answer(
        401, lambda r: {"error": {"message": authorization(r), "type": "invalid_request"}}
    ),
    "fastapi-detail": answer(400, lambda r: {"detail": [{"loc": ["header"], "input": authorization(r)}]}),
    "plain-error-string": answer(403, lambda r: {"error": f"bad credentials {authorization(r)}"}),
    "json-escaped": answer(404, lambda r: {"error": {"message": json.dumps(r.headers)}}),
    "code": answer(409, lambda r: {"error": {"message": "m", "code": authorization(r)}}),
    "html-page": answer(502, lambda r: b"<html><pre>" + r.raw_head + b"</pre></html>", lambda r: {}),
    "response-header": answer(
        500, lambda r: {}, lambda r: {**JSON, "X-Echo-Authorization": authorization(r)}
    ),
}


@pytest.mark.parametrize("echo", ECHOES.values(), ids=ECHOES.keys())
async def test_an_echoed_key_is_redacted_in_every_error(
    echo: Script, raw_server: RawServer, client_for: ClientFactory
) -> None:
    raw_server.queue(echo)
    client = client_for(raw_server.url)
    with pytest.raises(ApiError) as caught:
        await call(client.instances.get("i-1"))
    assert raw_server.requests[0].headers["authorization"] == f"Bearer {KEY}"  # the key was sent
    assert_no_key(caught.value)


async def test_an_echoed_key_is_redacted_in_an_invalid_success_body(
    raw_server: RawServer, client_for: ClientFactory
) -> None:
    raw_server.queue(answer(200, lambda r: r.raw_head, lambda r: {}))
    client = client_for(raw_server.url)
    with pytest.raises(runcrate.InvalidResponseError) as caught:
        await call(client.instances.get("i-1"))
    assert_no_key(caught.value)


@pytest.mark.parametrize(("status", "cut_at"), [(200, 200), (502, 500)])
async def test_a_key_straddling_the_preview_cut_is_redacted_whole(
    status: int, cut_at: int, raw_server: RawServer, client_for: ClientFactory
) -> None:
    # The preview is cut inside the echoed key: redacting after the cut would miss its first half.
    prefix = b"x" * (cut_at - len("Bearer rc_live_Zq9"))
    raw_server.queue(answer(status, lambda r: prefix + authorization(r).encode(), lambda r: {}))
    client = client_for(raw_server.url)
    with pytest.raises(ApiError) as caught:
        await call(client.instances.get("i-1"))
    assert "rc_live_Zq9" not in everything_built_from(caught.value)


async def test_an_echoed_key_is_redacted_in_a_stream_error_event(
    raw_server: RawServer, client_for: ClientFactory
) -> None:
    def script(conn: RawConnection) -> None:
        assert conn.request is not None
        error = {"error": {"message": f"upstream saw {authorization(conn.request)}", "code": "x"}}
        conn.send(head(200, SSE) + f"data: {json.dumps(error)}\n\n".encode())

    raw_server.queue(script)
    client = client_for(raw_server.url)
    with pytest.raises(ApiError) as caught:
        await drain(await call(chat_stream(client)))
    assert_no_key(caught.value)


async def test_a_redirect_carrying_the_key_is_redacted(
    raw_server: RawServer, client_for: ClientFactory
) -> None:
    raw_server.queue(respond(302, b"", {"Location": f"https://elsewhere.example/login?token={KEY}"}))
    client = client_for(raw_server.url)
    with pytest.raises(runcrate.UnexpectedRedirectError) as caught:
        await call(client.instances.get("i-1"))
    assert_no_key(caught.value)


async def test_no_log_line_shows_the_key_even_when_a_server_echoes_it(
    raw_server: RawServer, client_for: ClientFactory, caplog: pytest.LogCaptureFixture
) -> None:
    raw_server.queue(ECHOES["response-header"], ECHOES["message"])
    client = client_for(raw_server.url)
    with caplog.at_level(logging.DEBUG):
        for _ in range(2):
            with pytest.raises(ApiError):
                await call(client.instances.get("i-1"))
    messages = [f"{record.name}: {record.getMessage()}" for record in caplog.records]
    assert any(m.startswith("runcrate: GET ") for m in messages)  # DEBUG trace on
    assert [m for m in messages if KEY[len("rc_live_") :] in m] == []
    if client_for.kind != "aiohttp":  # httpcore's trace shows the echoed headers, redacted
        assert any(m.startswith("httpcore.http11: receive_response_headers") for m in messages)
        assert any("[redacted]" in m for m in messages)


SIGNATURE = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"


async def test_a_storage_error_echoing_the_signed_url_is_redacted(
    raw_server: RawServer, client_for: ClientFactory, tmp_path: Path
) -> None:
    def storage_error(request: RawRequest) -> bytes:
        return f"<Error><Code>AccessDenied</Code><Resource>{request.target}</Resource></Error>".encode()

    raw_server.queue(answer(403, storage_error, lambda r: {"Content-Type": "application/xml"}))
    client = client_for(raw_server.url)
    signed = f"{raw_server.url}/bucket/model.bin?X-Amz-Expires=3600&X-Amz-Signature={SIGNATURE}"
    with pytest.raises(ApiError) as caught:
        await call(client._engine.download_to_file(signed, tmp_path / "model.bin"))
    assert SIGNATURE in raw_server.requests[0].target  # the storage host got it, and echoed it
    assert "authorization" not in raw_server.requests[0].headers
    text = everything_built_from(caught.value)
    assert caught.value.code == "download_failed"
    assert SIGNATURE not in text and "/bucket/model.bin?[redacted]" in text


async def test_a_generated_image_repr_shows_its_url_without_the_signature(
    raw_server: RawServer, client_for: ClientFactory
) -> None:
    url = f"https://assets.example/generations/1.png?X-Amz-Credential=AKIA%2Fx&X-Amz-Signature={SIGNATURE}"
    raw_server.queue(respond_json({"created": 1, "data": [{"url": url}]}))
    client = client_for(raw_server.url)
    result = await call(client.images.generate(model="m", prompt="a lighthouse"))
    [image] = result.data
    assert image.url == url  # the attribute keeps the whole URL
    assert SIGNATURE not in repr(image) and "AKIA" not in repr(image)
    assert "https://assets.example/generations/1.png?…" in repr(image)


async def test_a_model_repr_hides_the_query_of_every_url_it_holds(
    raw_server: RawServer, client_for: ClientFactory
) -> None:
    signed = f"HTTPS://assets.example/generations/1.png?X-Amz-Signature={SIGNATURE}"
    nested = {"preview": {"urls": [signed]}, "odd-name": signed}
    raw_server.queue(respond_json({"created": 1, "data": [{"url": signed, **nested}], "x": nested}))
    client = client_for(raw_server.url)
    result = (await call(client.images.generate(model="m", prompt="a lighthouse"))).result
    assert result.data[0].url == signed and result.data[0]["preview"] == nested["preview"]
    for shown in (repr(result), str(result), repr(result.data[0])):
        assert SIGNATURE not in shown
        assert "HTTPS://assets.example/generations/1.png?…" in shown


async def test_a_key_echoed_into_a_field_of_a_success_body_is_redacted_in_reprs(
    raw_server: RawServer, client_for: ClientFactory
) -> None:
    def echoed(request: RawRequest) -> dict[str, Any]:
        key = authorization(request)
        return {"data": {"id": "i-1", "name": key, "status": "running", "x": [key]}}

    raw_server.queue(answer(200, echoed))
    client = client_for(raw_server.url)
    instance = await call(client.instances.get("i-1"))
    assert instance.name == f"Bearer {KEY}"  # the data is the server's, untouched
    for shown in (repr(instance), str(instance), repr([instance])):
        assert KEY not in shown and KEY[len("rc_live_") :] not in shown
        assert "name='Bearer [redacted]'" in shown and "x=['Bearer [redacted]']" in shown


MALFORMED_SIGNED_URLS = {
    "not-http": f"ftp://storage.example/model.bin?X-Amz-Signature={SIGNATURE}",
    "relative": f"/bucket/model.bin?X-Amz-Signature={SIGNATURE}",
    "no-host": f"https:///bucket/model.bin?X-Amz-Signature={SIGNATURE}",
    "bad-port": f"https://storage.example:port/model.bin?X-Amz-Signature={SIGNATURE}",
    "control-character": f"https://storage.example/model\x00.bin?X-Amz-Signature={SIGNATURE}",
}


@pytest.mark.parametrize("url", MALFORMED_SIGNED_URLS.values(), ids=MALFORMED_SIGNED_URLS.keys())
async def test_a_malformed_signed_url_is_refused_without_its_signature(
    raw_server: RawServer, client_for: ClientFactory, tmp_path: Path, url: str
) -> None:
    client = client_for(raw_server.url)
    for transfer in (
        lambda: client._engine.signed_download(url),
        lambda: client._engine.download_to_file(url, tmp_path / "model.bin"),
        lambda: client._engine.signed_upload(url, b"archive"),
    ):
        with pytest.raises(runcrate.ConfigurationError) as caught:
            await call(transfer())
        text = everything_built_from(caught.value)
        assert SIGNATURE not in text and "X-Amz-Signature" not in text
        assert "model" in text and "?…" in text  # the URL is named, up to its query
    assert raw_server.requests == []


async def test_a_generated_image_with_a_malformed_url_fails_without_its_signature(
    raw_server: RawServer, client_for: ClientFactory, tmp_path: Path
) -> None:
    url = f"ftp://assets.example/generations/1.png?X-Amz-Signature={SIGNATURE}"
    raw_server.queue(respond_json({"created": 1, "data": [{"url": url}]}))
    client = client_for(raw_server.url)
    [image] = (await call(client.images.generate(model="m", prompt="a lighthouse"))).data
    for fetch in (image.to_bytes, lambda: image.save(tmp_path / "1.png")):
        with pytest.raises(runcrate.ConfigurationError) as caught:
            await call(fetch())
        assert SIGNATURE not in everything_built_from(caught.value)
    assert len(raw_server.requests) == 1  # the generation only


async def test_an_invalid_answer_holding_a_signed_url_previews_it_without_the_signature(
    raw_server: RawServer, client_for: ClientFactory
) -> None:
    signed = f"https://storage.example/uploads/u1?X-Amz-Credential=AKIA%2Fx&X-Amz-Signature={SIGNATURE}"
    raw_server.queue(respond_json({"data": {"url": signed, "upload_id": None}}))
    client = client_for(raw_server.url)
    with pytest.raises(runcrate.InvalidResponseError) as caught:
        await call(client.jobs.uploads.create(bytes=10))
    assert signed in caught.value.body  # the body keeps the whole answer
    shown = f"{caught.value} {caught.value!r} {''.join(traceback.format_exception(caught.value))}"
    assert SIGNATURE not in shown and "AKIA" not in shown
    assert "https://storage.example/uploads/u1?…" in shown


# Errors cross process pools, Celery and RQ workers pickled.


async def test_a_pickled_api_error_keeps_its_facts_and_drops_the_key_and_request(
    raw_server: RawServer, client_for: ClientFactory
) -> None:
    raw_server.queue(
        answer(
            429,
            lambda r: {"error": {"code": "rate_limited", "message": authorization(r)}},
            lambda r: {**JSON, "X-Request-Id": "req_42", "Retry-After": "120"},
        )
    )
    client = client_for(raw_server.url)
    with pytest.raises(runcrate.RateLimitError) as caught:
        await call(client.billing.top_up(25, idempotency_key="topup-key-1"))
    error = caught.value
    data = pickle.dumps(error)
    assert KEY.encode() not in data
    assert b"Bearer" not in data  # no request headers at all
    restored = pickle.loads(data)
    assert type(restored) is runcrate.RateLimitError
    assert (restored.status_code, restored.code, restored.message) == (429, "rate_limited", error.message)
    assert (restored.request_id, restored.idempotency_key, restored.retry_after) == (
        "req_42",
        "topup-key-1",
        120,
    )
    assert restored.response is None
    assert restored.headers["x-request-id"] == "req_42"
    assert str(restored) == str(error)


def _all_error_classes() -> set[type[runcrate.RuncrateError]]:
    found: set[type[runcrate.RuncrateError]] = set()
    pending: list[type[runcrate.RuncrateError]] = [runcrate.RuncrateError]
    while pending:
        cls = pending.pop()
        found.add(cls)
        pending.extend(cls.__subclasses__())
    return found


STATUSES = [400, 401, 402, 403, 404, 409, 418, 422, 429, 500, 502, 503, 504]
"""One status per ``ApiError`` class (418 is the base class itself)."""


async def _caught(make_call: Callable[[], Any]) -> runcrate.RuncrateError:
    try:
        await call(make_call())
    except runcrate.RuncrateError as error:
        return error
    raise AssertionError("the call did not fail")


async def _one_of_each(client_for: ClientFactory, raw_server: RawServer) -> list[runcrate.RuncrateError]:
    """A real instance of every error class, each from a server that echoed the key where it could."""
    client = client_for(raw_server.url)
    errors = []
    for status in STATUSES:
        raw_server.queue(echo_headers(status))
        errors.append(await _caught(lambda: client.instances.get("i-1")))
    raw_server.queue(answer(200, lambda r: r.raw_head, lambda r: {}))
    errors.append(await _caught(lambda: client.instances.get("i-1")))
    raw_server.queue(respond(307, b"", {"Location": f"/login?token={KEY}"}))
    errors.append(await _caught(lambda: client.instances.get("i-1")))
    raw_server.queue(cut(b'{"data": {"id": "i-1"}}', keep=5))
    errors.append(await _caught(lambda: client.instances.get("i-1")))
    raw_server.queue(stall())
    errors.append(await _caught(lambda: client.with_options(timeout=0.2).instances.get("i-1")))
    raw_server.queue(echo_headers(429))
    errors.append(await _caught(lambda: client.billing.top_up(25, idempotency_key="topup-key-1")))
    try:
        Runcrate(api_key="not-a-key")
    except runcrate.ConfigurationError as error:
        errors.append(error)
    instance = Instance.from_dict({"id": "i-1", "name": "box", "status": "failed"})
    errors += [
        runcrate.ChecksumMismatchError("bad file", expected="aa", actual="bb"),
        runcrate.WaitTimeoutError("still going", last=instance),
        runcrate.InstanceWaitTimeoutError("still provisioning", last=instance),
        runcrate.JobWaitTimeoutError("still running", last=instance),
        runcrate.VideoWaitTimeoutError("still processing", last=instance),
        runcrate.ResourceFailedError("it failed", resource=instance),
        runcrate.RuncrateError("plain"),
    ]
    return errors


_FACTS = (
    "message",
    "status_code",
    "code",
    "type",
    "details",
    "body",
    "request_id",
    "retry_after",
    "idempotency_key",
    "location",
    "expected",
    "actual",
    "last",
    "resource",
)


async def test_every_error_class_pickles_without_the_key_keeping_its_facts(
    raw_server: RawServer, client_for: ClientFactory
) -> None:
    errors = await _one_of_each(client_for, raw_server)
    assert {type(error) for error in errors} == _all_error_classes()
    for error in errors:
        data = pickle.dumps(error)
        assert KEY[len("rc_live_") :].encode() not in data, type(error)
        assert b"Bearer" not in data or b"Bearer [redacted]" in data, type(error)
        restored = pickle.loads(data)
        assert type(restored) is type(error)
        assert str(restored) == str(error) and repr(restored) == repr(error)
        for fact in _FACTS:
            if hasattr(error, fact):
                assert getattr(restored, fact) == getattr(error, fact), (type(error), fact)
        for local in ("response", "request"):
            if hasattr(error, local):
                assert getattr(restored, local) is None
        assert getattr(restored, "__notes__", None) == getattr(error, "__notes__", None)
    restored_keys = [pickle.loads(pickle.dumps(error)).idempotency_key for error in errors]
    assert "topup-key-1" in restored_keys  # the top-up's error kept the key to retry it with
