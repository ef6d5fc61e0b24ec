"""Reading successful responses, the same for both engines (no I/O): lenient parsing, redirects."""

from __future__ import annotations

import json
from typing import Any, Protocol, TypeVar, cast

import httpx

from runcrate._errors import as_mapping, invalid_response, request_id_from
from runcrate._results import ResultList
from runcrate._types import Endpoint

__all__ = [
    "EVENT_STREAM",
    "Envelope",
    "check_event_stream",
    "is_event_stream",
    "parse",
    "parse_data",
    "redirect_target",
]

_T = TypeVar("_T")
_D_co = TypeVar("_D_co", covariant=True)

EVENT_STREAM = "text/event-stream"


class Envelope(Protocol[_D_co]):
    """An infrastructure success body: ``{"data": ...}``."""

    @property
    def data(self) -> _D_co: ...


def _json_or_none(response: httpx.Response) -> object:
    try:
        return json.loads(response.content)
    except (ValueError, RecursionError):  # not JSON, or nested past the recursion limit
        return None


def _replaced(response: httpx.Response, body: object) -> httpx.Response:
    return httpx.Response(
        response.status_code,
        headers=response.headers,
        content=json.dumps(body).encode(),
        request=response.request,
    )


def _normalized(response: httpx.Response, operation_server: str) -> httpx.Response:
    """Infrastructure bodies that are a bare JSON array are wrapped as ``{"data": [...]}``: some list
    routes answer with the array alone."""
    if operation_server != "infrastructure" or not response.content.lstrip().startswith(b"["):
        return response
    body = _json_or_none(response)
    return response if body is None else _replaced(response, {"data": body})


def parse(endpoint: Endpoint[_T], response: httpx.Response) -> _T:
    """The endpoint's parsed result, carrying the response's request id (see :func:`with_request_id`)."""
    result = _parsed(endpoint, response)
    return with_request_id(result, _request_id(response, result))


def parse_data(endpoint: Endpoint[Envelope[_T]], response: httpx.Response) -> _T:
    """The ``data`` of the endpoint's parsed envelope, carrying the response's request id."""
    envelope = _parsed(endpoint, response)
    return with_request_id(envelope.data, _request_id(response, envelope))


def with_request_id(result: _T, request_id: str | None) -> _T:
    """``result`` with ``request_id`` attached: set as ``_request_id`` on a model; a list comes back
    as a :class:`ResultList`, a ``list`` holding it; anything else (``None``, text) as it is."""
    if isinstance(result, list):
        return cast(_T, ResultList(cast("list[Any]", result), request_id=request_id))
    if hasattr(type(result), "_wire_names"):  # a generated model (the class attribute every one has)
        cast(Any, result)._request_id = request_id
    return result


def _request_id(response: httpx.Response, envelope: object) -> str | None:
    """The response's request id header, else the ``meta.requestId`` infrastructure lists carry."""
    found = request_id_from(response.headers)
    if found is None:
        in_meta = getattr(getattr(envelope, "meta", None), "request_id", None)
        found = in_meta if isinstance(in_meta, str) and in_meta else None
    return found


def _parsed(endpoint: Endpoint[_T], response: httpx.Response) -> _T:
    """The endpoint's parsed body; a body that does not parse raises ``InvalidResponseError``.

    Lenient where the API is known to vary: a bare array is an envelope's ``data``, and
    ``{"data": null}`` on a list route is an empty list. An operation documented without a body
    (a 204 delete) parses to ``None`` whatever comes back; one documented with a body never
    silently becomes ``None``.
    """
    operation = endpoint.OPERATION
    normalized = _normalized(response, operation.server)
    try:
        return endpoint.parse_response(normalized)
    except Exception as exc:
        failure = exc
    body = as_mapping(_json_or_none(normalized))
    if body is not None and "data" in body and body["data"] is None:
        try:
            return endpoint.parse_response(_replaced(normalized, {**body, "data": []}))
        except Exception:
            failure = ValueError("the response's data is null")
    if not response.content.strip():
        failure = ValueError("the response has no body")
    raise invalid_response(
        response, f"The {operation.id} response does not match the API description ({failure})"
    ) from failure


def redirect_target(response: httpx.Response) -> str:
    """The absolute URL a redirect points to (its ``Location`` may be relative)."""
    location = response.headers.get("location")
    if not response.is_redirect or not location:
        raise invalid_response(response, "Expected a redirect to the resource's URL")
    return str(response.request.url.join(location))


def is_event_stream(response: httpx.Response) -> bool:
    content_type: str = response.headers.get("content-type", "")
    return content_type.lower().startswith(EVENT_STREAM)


def check_event_stream(response: httpx.Response) -> None:
    """Raise ``InvalidResponseError`` unless the (already read) response is an event stream."""
    if not is_event_stream(response):
        raise invalid_response(response, "Expected a text/event-stream response")
