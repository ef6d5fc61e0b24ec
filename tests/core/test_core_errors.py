"""Error mapping: every status to its class, both envelopes and non-JSON pages, request ids, chaining."""

from __future__ import annotations

import builtins
import json
from typing import Any

import httpx
import pytest

import runcrate
from runcrate import (
    ApiError,
    AuthenticationError,
    BadGatewayError,
    BadRequestError,
    ConflictError,
    GatewayTimeoutError,
    InsufficientCreditsError,
    InternalServerError,
    InvalidResponseError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    Runcrate,
    RuncrateError,
    ServiceUnavailableError,
    UnexpectedRedirectError,
    UnprocessableEntityError,
)
from runcrate._errors import api_error_from_payload, api_error_from_response
from runcrate._generated.api.chat import create_chat_completion
from runcrate._generated.api.instances import get_instance, list_instances
from runcrate._generated.models.chat_completion_request import ChatCompletionRequest
from runcrate.testing import FakeRuncrate

STATUS_CLASSES: list[tuple[int, type[ApiError]]] = [
    (400, BadRequestError),
    (401, AuthenticationError),
    (402, InsufficientCreditsError),
    (403, PermissionDeniedError),
    (404, NotFoundError),
    (409, ConflictError),
    (422, UnprocessableEntityError),
    (429, RateLimitError),
    (500, InternalServerError),
    (502, BadGatewayError),
    (503, ServiceUnavailableError),
    (504, GatewayTimeoutError),
    (501, InternalServerError),
    (520, InternalServerError),
    (599, InternalServerError),
    (405, ApiError),
    (418, ApiError),
    (499, ApiError),
]


def response(status: int, body: Any = None, *, headers: dict[str, str] | None = None) -> httpx.Response:
    request = httpx.Request("GET", "https://www.runcrate.ai/api/v1/instances")
    if isinstance(body, bytes | str):
        return httpx.Response(status, content=body, headers=headers, request=request)
    if body is None:
        return httpx.Response(status, headers=headers, request=request)
    return httpx.Response(status, json=body, headers=headers, request=request)


def chat_body() -> ChatCompletionRequest:
    return ChatCompletionRequest.from_dict({"model": "m", "messages": [{"role": "user", "content": "hi"}]})


@pytest.mark.parametrize(("status", "cls"), STATUS_CLASSES)
def test_infrastructure_statuses_map_to_classes(
    client: Runcrate, fake: FakeRuncrate, status: int, cls: type[ApiError]
) -> None:
    fake.faults.add("GET", "/api/v1/instances", statuses=[status])
    with pytest.raises(ApiError) as caught:
        client.with_options(max_retries=0)._engine.request(list_instances)
    error = caught.value
    assert type(error) is cls
    assert error.status_code == status
    assert error.message == f"Injected fault: HTTP {status}"
    assert error.response is not None and error.response.status_code == status


@pytest.mark.parametrize(("status", "cls"), STATUS_CLASSES)
def test_inference_statuses_map_to_classes(
    client: Runcrate, fake: FakeRuncrate, status: int, cls: type[ApiError]
) -> None:
    fake.faults.add("POST", "/v1/chat/completions", statuses=[status])
    with pytest.raises(ApiError) as caught:
        client._engine.request(
            create_chat_completion, body=chat_body(), options=runcrate.RequestOptions(max_retries=0)
        )
    assert type(caught.value) is cls
    assert caught.value.type is not None


def test_infrastructure_envelope_fields(client: Runcrate, fake: FakeRuncrate) -> None:
    body = {"error": {"code": "BUDGET_REACHED", "message": "Budget used up", "details": {"limit": 10}}}
    fake.faults.add("GET", "/api/v1/instances/{id}", statuses=[(402, {"X-Request-Id": "req_abc"}, body)])
    with pytest.raises(InsufficientCreditsError) as caught:
        client._engine.request(get_instance, "i-1")
    error = caught.value
    assert (error.message, error.code, error.details, error.request_id) == (
        "Budget used up",
        "BUDGET_REACHED",
        {"limit": 10},
        "req_abc",
    )
    assert error.type is None
    assert error.headers["x-request-id"] == "req_abc"
    assert str(error) == "[402 BUDGET_REACHED] Budget used up (request id req_abc)"


def test_openai_envelope_fields(client: Runcrate, fake: FakeRuncrate) -> None:
    body = {"error": {"message": "Bad key", "type": "invalid_request_error", "code": "invalid_api_key"}}
    fake.faults.add("POST", "/v1/chat/completions", statuses=[(401, {}, body)])
    with pytest.raises(AuthenticationError) as caught:
        client._engine.request(create_chat_completion, body=chat_body())
    assert (caught.value.message, caught.value.code, caught.value.type) == (
        "Bad key",
        "invalid_api_key",
        "invalid_request_error",
    )
    assert caught.value.request_id == caught.value.headers["x-request-id"]


def test_html_error_page_keeps_the_page_text(client: Runcrate, fake: FakeRuncrate) -> None:
    fake.faults.add("GET", "/api/v1/instances", html_502=True, times=4)
    with pytest.raises(BadGatewayError) as caught:
        client._engine.request(list_instances)
    assert caught.value.message.startswith("<html>")
    assert "502 Bad Gateway" in caught.value.message
    assert caught.value.code is None
    assert fake.attempts("GET", "/api/v1/instances") == 4


def test_malformed_success_body_is_invalid_response_keeping_the_body(
    client: Runcrate, fake: FakeRuncrate
) -> None:
    fake.faults.add("GET", "/api/v1/instances", malformed_json=True)
    with pytest.raises(InvalidResponseError) as caught:
        client._engine.request(list_instances)
    error = caught.value
    assert error.status_code == 200
    assert error.code == "invalid_response"
    assert isinstance(error.body, str) and error.body.endswith("<!-- not JSON")
    assert "listInstances response does not match" in error.message
    assert isinstance(error.__cause__, ValueError)
    assert runcrate.ApiResponseValidationError is InvalidResponseError


def test_success_body_of_the_wrong_shape_is_invalid_response(client: Runcrate, fake: FakeRuncrate) -> None:
    fake.faults.add("GET", "/api/v1/instances/{id}", statuses=[(200, {}, {"data": "not an object"})])
    with pytest.raises(InvalidResponseError, match="getInstance response does not match"):
        client._engine.request(get_instance, "i-1")


def test_redirect_on_an_api_call_is_reported_not_followed(client: Runcrate, fake: FakeRuncrate) -> None:
    fake.faults.add(
        "GET", "/api/v1/instances", statuses=[(301, {"Location": "https://elsewhere.example/api/v1/x"}, "")]
    )
    with pytest.raises(UnexpectedRedirectError) as caught:
        client._engine.request(list_instances)
    assert caught.value.location == "https://elsewhere.example/api/v1/x"
    assert "https://elsewhere.example/api/v1/x" in caught.value.message
    assert caught.value.status_code == 301
    assert fake.attempts("*", "*") == 1


def test_relative_redirect_location_is_resolved(client: Runcrate, fake: FakeRuncrate) -> None:
    fake.faults.add("GET", "/api/v1/instances", statuses=[(307, {"Location": "/api/v2/instances"}, "")])
    with pytest.raises(UnexpectedRedirectError) as caught:
        client._engine.request(list_instances)
    assert caught.value.location == f"{fake.url}/api/v2/instances"


@pytest.mark.parametrize(
    ("body", "message", "code"),
    [
        ({"error": {"code": "not_found", "message": "No such instance"}}, "No such instance", "not_found"),
        ({"error": {"code": None, "message": "x"}}, "x", None),
        ({"error": "Token expired"}, "Token expired", None),
        ({"message": "Plain message", "code": "conflict"}, "Plain message", "conflict"),
        ({"detail": "FastAPI says no"}, "FastAPI says no", None),
        ({"detail": [{"loc": ["body"], "msg": "bad"}]}, '[{"loc": ["body"], "msg": "bad"}]', None),
        (b"Service down for maintenance", "Service down for maintenance", None),
        (b"x" * 2000, "x" * 500 + "…", None),
        (None, "HTTP 503 Service Unavailable with an empty body", None),
    ],
)
def test_message_comes_from_the_body(body: Any, message: str, code: str | None) -> None:
    error = api_error_from_response(response(503, body))
    assert error.message == message
    assert error.code == code


def test_request_id_header_names() -> None:
    assert api_error_from_response(response(500, headers={"request-id": "r-9"})).request_id == "r-9"
    both = {"request-id": "r-9", "X-Request-Id": "r-1"}
    assert api_error_from_response(response(500, headers=both)).request_id == "r-1"


def test_request_id_from_meta_and_retry_after() -> None:
    error = api_error_from_response(
        response(
            429,
            {"error": {"message": "slow"}, "meta": {"requestId": "req_meta"}},
            headers={"Retry-After": "7"},
        )
    )
    assert error.request_id == "req_meta"
    assert error.retry_after == 7.0


@pytest.mark.parametrize(
    ("payload", "cls", "status"),
    [
        ({"error": {"message": "slow down", "code": "rate_limited"}}, RateLimitError, 429),
        ({"error": {"message": "m", "type": "server_error"}}, InternalServerError, 500),
        ({"error": {"message": "m", "code": "BUDGET_EXCEEDED"}}, InsufficientCreditsError, 402),
        ({"error": {"message": "m", "status": 503}}, ServiceUnavailableError, 503),
        ({"error": {"message": "m", "code": "something_new"}}, ApiError, 200),
    ],
)
def test_errors_inside_a_stream_map_by_code(
    payload: dict[str, Any], cls: type[ApiError], status: int
) -> None:
    error = api_error_from_payload(payload, response(200))
    assert type(error) is cls
    assert error.status_code == status
    assert error.message == "slow down" if cls is RateLimitError else error.message == "m"


def test_hierarchy() -> None:
    for _, cls in STATUS_CLASSES:
        assert issubclass(cls, ApiError)
    assert issubclass(ApiError, RuncrateError)
    assert issubclass(runcrate.ConnectionError, builtins.ConnectionError)
    assert issubclass(runcrate.TimeoutError, builtins.TimeoutError)
    assert issubclass(runcrate.ConnectionError, RuncrateError)
    assert issubclass(runcrate.TimeoutError, RuncrateError)
    assert issubclass(ServiceUnavailableError, InternalServerError)
    assert issubclass(UnexpectedRedirectError, InvalidResponseError)
    error = runcrate.TimeoutError("Request timed out (read): GET https://x")
    assert str(error) == "Request timed out (read): GET https://x"
    assert json.dumps(error.message)
