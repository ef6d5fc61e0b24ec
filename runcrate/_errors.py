"""The exception hierarchy and the mapping from HTTP responses (both error envelopes) to it.

Every failure the SDK raises is a :class:`RuncrateError`; httpx exceptions never escape. Error codes are
open strings (compared case-insensitively); the status code chooses the class.

What an error holds from a server's answer (message, code, details, body, headers) has the
credentials of the request that got it blanked out, so a server or proxy that echoes the
``Authorization`` header back cannot put the key into a log or a traceback. Errors pickle (they cross
process pools and task queues) without the httpx request and response, so without any header sent.
"""

from __future__ import annotations

import builtins
import json
from collections.abc import Mapping
from typing import Any, cast

import httpx

from runcrate._redaction import (
    redact,
    redact_headers,
    redact_json,
    redact_mapping,
    request_secrets,
    response_secrets,
    without_url_queries,
)
from runcrate._retries import parse_retry_after

__all__ = [
    "ApiError",
    "ApiResponseValidationError",
    "AuthenticationError",
    "BadGatewayError",
    "BadRequestError",
    "ChecksumMismatchError",
    "ConfigurationError",
    "ConflictError",
    "ConnectionError",
    "GatewayTimeoutError",
    "InsufficientCreditsError",
    "InternalServerError",
    "InvalidResponseError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RuncrateError",
    "ServiceUnavailableError",
    "TimeoutError",
    "UnexpectedRedirectError",
    "UnprocessableEntityError",
    "api_error_from_payload",
    "api_error_from_response",
    "request_id_from",
]

_MESSAGE_PREVIEW = 500
"""How much of a server's text an exception prints; the whole of it stays in ``message`` / ``body``."""

_LOCAL_ONLY = frozenset({"request", "response"})
"""Attributes that stay in the process: the httpx objects carry every header sent, the key included."""


class RuncrateError(Exception):
    """Base class of every exception this package raises."""

    message: str
    idempotency_key: str | None = None
    """The ``Idempotency-Key`` of the call that failed, on every call that sent one. Where the server
    deduplicates it (job submits and reruns, top-ups), sending the same key again after a timeout is
    safe."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle every attribute but the httpx request and response (unpickled, they are ``None``)."""
        state = {name: None if name in _LOCAL_ONLY else value for name, value in vars(self).items()}
        return _unpickle, (type(self), self.args, state)


def _unpickle(cls: type[RuncrateError], args: tuple[Any, ...], state: dict[str, Any]) -> RuncrateError:
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(state)
    return error


def preview(text: str, secrets: tuple[str, ...] = (), limit: int = _MESSAGE_PREVIEW) -> str:
    """The start of ``text`` for an exception message, redacted before it is cut (a cut could split a
    secret so that redaction no longer finds it)."""
    text = redact(text, secrets)
    return text if len(text) <= limit else text[:limit] + "…"


class ConfigurationError(RuncrateError, ValueError):
    """A client option or environment variable is missing or malformed; raised before any request."""


class ChecksumMismatchError(RuncrateError):
    """A downloaded file's SHA-256 differs from the expected one; the partial file was removed."""

    def __init__(self, message: str, *, expected: str, actual: str) -> None:
        super().__init__(message)
        self.expected = expected
        self.actual = actual


class ConnectionError(RuncrateError, builtins.ConnectionError):
    """The request could not be completed: connection refused or reset, or a response cut short."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        RuncrateError.__init__(self, redact(message, request_secrets(request)))
        self.request = request

    def __str__(self) -> str:
        return self.message


class TimeoutError(RuncrateError, builtins.TimeoutError):
    """No answer (or, on a stream, no further data) within the configured timeout."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        RuncrateError.__init__(self, redact(message, request_secrets(request)))
        self.request = request

    def __str__(self) -> str:
        return self.message


class WaitTimeoutError(TimeoutError):
    """A waiter's deadline passed before the resource reached the state it waited for.

    ``last`` is the resource as last seen (it keeps running: the waiter only stopped watching).
    """

    def __init__(self, message: str, *, last: Any) -> None:
        super().__init__(message)
        self.last = last


class InstanceWaitTimeoutError(WaitTimeoutError):
    """``instances.wait_until_running`` ran out of time; ``instance`` is the last one seen."""

    @property
    def instance(self) -> Any:
        return self.last


class JobWaitTimeoutError(WaitTimeoutError):
    """``jobs.wait`` ran out of time while the job was still live; ``job`` is the last one seen."""

    @property
    def job(self) -> Any:
        return self.last


class VideoWaitTimeoutError(WaitTimeoutError):
    """A video job did not complete in time; ``video`` is its last status."""

    @property
    def video(self) -> Any:
        return self.last


class ResourceFailedError(RuncrateError, RuntimeError):
    """What a waiter watched ended in a state it can never leave (a failed instance or video).

    ``resource`` is that final state. Also a ``RuntimeError``, which is what the official SDK raises
    for a failed video, so ``except RuntimeError`` in code written for it keeps working.
    """

    def __init__(self, message: str, *, resource: Any) -> None:
        super().__init__(message)
        self.resource = resource


class ApiError(RuncrateError):
    """The API answered with an error (or with something that is not a valid answer).

    ``message`` is the server's own text (either envelope), or the start of a non-JSON body.
    ``code`` is the server's error code as sent (an open, mixed-case set), ``type`` the OpenAI-style
    error type on inference, ``request_id`` the ``X-Request-Id``/``request-id`` header or
    ``meta.requestId``, ``retry_after`` the server's ``Retry-After`` in seconds when it sent one.
    Given the ``response``, every one of them has the request's credentials blanked out; the
    exception's text shows at most the first 500 characters of the message.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        code: str | None = None,
        type: str | None = None,
        details: Mapping[str, Any] | None = None,
        request_id: str | None = None,
        headers: httpx.Headers | None = None,
        response: httpx.Response | None = None,
        body: object = None,
        retry_after: float | None = None,
    ) -> None:
        secrets = response_secrets(response)
        super().__init__(redact(message, secrets))
        self.status_code = status_code
        self.code = redact_json(code, secrets)
        self.type = redact_json(type, secrets)
        self.details: Mapping[str, Any] = redact_mapping(details, secrets) if details is not None else {}
        self.request_id = redact_json(request_id, secrets)
        self.headers = redact_headers(headers, secrets) if headers is not None else httpx.Headers()
        self.response = response
        self.body = redact_json(body, secrets)
        self.retry_after = retry_after

    def __str__(self) -> str:
        parts = [f"{self.status_code}"]
        if self.code:
            parts.append(self.code)
        text = f"[{' '.join(parts)}] {preview(self.message)}"
        if self.request_id:
            text += f" (request id {self.request_id})"
        return text

    def __repr__(self) -> str:
        name = type(self).__name__
        shown = preview(self.message)
        return f"{name}(status_code={self.status_code}, code={self.code!r}, message={shown!r})"


class BadRequestError(ApiError):
    """400: invalid or missing parameters."""


class AuthenticationError(ApiError):
    """401: missing or invalid API key."""


class InsufficientCreditsError(ApiError):
    """402: not enough credits, an environment budget used up, or a refused top-up."""


class PermissionDeniedError(ApiError):
    """403: the key or role lacks a permission."""


class NotFoundError(ApiError):
    """404: unknown id (or a video that has not finished)."""


class ConflictError(ApiError):
    """409: the resource's state does not allow the change (or the idempotency key is in use)."""


class UnprocessableEntityError(ApiError):
    """422: validation failed."""


class RateLimitError(ApiError):
    """429: rate limited; ``retry_after`` says when to ask again if the server said."""


class InternalServerError(ApiError):
    """500 and any other 5xx without a more specific class."""


class BadGatewayError(InternalServerError):
    """502 (e.g. ``launch_refused``)."""


class ServiceUnavailableError(InternalServerError):
    """503."""


class GatewayTimeoutError(InternalServerError):
    """504."""


class InvalidResponseError(ApiError):
    """A success status whose body is not what the operation documents; ``body`` keeps the raw text."""


ApiResponseValidationError = InvalidResponseError


class UnexpectedRedirectError(InvalidResponseError):
    """A 3xx on an API call. The SDK never follows redirects with credentials; ``location`` says where."""

    def __init__(self, message: str, *, location: str | None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.location = redact_json(location, response_secrets(kwargs.get("response")))


_STATUS_CLASSES: dict[int, type[ApiError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: InsufficientCreditsError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
    500: InternalServerError,
    502: BadGatewayError,
    503: ServiceUnavailableError,
    504: GatewayTimeoutError,
}

# Codes and OpenAI error types with a known status: used for errors inside a 200 stream, where the
# HTTP status says nothing. Keys are lower case (codes come in mixed case).
_CODE_STATUS: dict[str, int] = {
    "bad_request": 400,
    "invalid_params": 400,
    "invalid_request_error": 400,
    "invalid_api_key": 401,
    "invalid_key": 401,
    "authentication_error": 401,
    "insufficient_credits": 402,
    "budget_reached": 402,
    "budget_exceeded": 402,
    "forbidden": 403,
    "permission_error": 403,
    "not_found": 404,
    "not_found_error": 404,
    "conflict": 409,
    "validation_error": 422,
    "rate_limited": 429,
    "rate_limit_exceeded": 429,
    "rate_limit_error": 429,
    "server_error": 500,
    "internal_error": 500,
    "api_error": 500,
    "bad_gateway": 502,
    "service_unavailable": 503,
    "overloaded_error": 503,
}


def error_class_for_status(status: int) -> type[ApiError]:
    """The most specific class for an HTTP status (other 5xx → InternalServerError, else ApiError)."""
    cls = _STATUS_CLASSES.get(status)
    if cls is not None:
        return cls
    return InternalServerError if 500 <= status <= 599 else ApiError


def as_mapping(value: object) -> Mapping[str, Any] | None:
    """``value`` as a JSON object, or ``None`` when it is something else."""
    return cast("Mapping[str, Any]", value) if isinstance(value, Mapping) else None


def request_id_from(headers: httpx.Headers, body: object = None) -> str | None:
    """``X-Request-Id`` / ``request-id`` header, else ``meta.requestId`` (or ``request_id``) in the body."""
    for name in ("x-request-id", "request-id"):
        header = headers.get(name)
        if header:
            return str(header)
    meta = as_mapping((as_mapping(body) or {}).get("meta")) or {}
    for key in ("requestId", "request_id"):
        value = meta.get(key)
        if isinstance(value, str) and value:
            return value
    return None


def _json_body(response: httpx.Response) -> object:
    """The parsed body when it is JSON, else ``None`` (the body must already be read)."""
    content = response.content
    if not content:
        return None
    content_type = response.headers.get("content-type", "").lower()
    if "json" not in content_type and content.lstrip()[:1] not in (b"{", b"["):
        return None
    try:
        return json.loads(content)
    except (ValueError, RecursionError):  # nested deeper than the interpreter's recursion limit
        return None


def _text_preview(response: httpx.Response) -> str:
    return preview(response.content.decode("utf-8", errors="replace").strip(), response_secrets(response))


def _json_preview(value: object) -> str:
    """``value`` as JSON text for a message (it may be nested too deeply to encode)."""
    try:
        return json.dumps(value)
    except (ValueError, RecursionError):
        return repr(type(value))


def _str_or_none(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _fields_from_body(body: object) -> tuple[str | None, str | None, str | None, Mapping[str, Any] | None]:
    """(message, code, type, details) from any of the error shapes the API (and proxies) send."""
    mapping = as_mapping(body)
    if mapping is None:
        return None, None, None, None
    error = mapping.get("error")
    error_object = as_mapping(error)
    if error_object is not None:
        return (
            _str_or_none(error_object.get("message")),
            _str_or_none(error_object.get("code")),
            _str_or_none(error_object.get("type")),
            as_mapping(error_object.get("details")),
        )
    if isinstance(error, str):
        return error, _str_or_none(mapping.get("code")), None, None
    detail = mapping.get("detail")
    if isinstance(detail, str):
        return detail, _str_or_none(mapping.get("code")), None, None
    if detail is not None:
        return _json_preview(detail), _str_or_none(mapping.get("code")), None, None
    return _str_or_none(mapping.get("message")), _str_or_none(mapping.get("code")), None, None


def api_error_from_response(response: httpx.Response, *, default_code: str | None = None) -> ApiError:
    """The typed error for an error response whose body has been read."""
    body = _json_body(response)
    message, code, error_type, details = _fields_from_body(body)
    if message is None:
        message = _text_preview(response) if response.content else ""
    if not message:
        message = f"HTTP {response.status_code} {response.reason_phrase} with an empty body".rstrip()
    cls = error_class_for_status(response.status_code)
    return cls(
        message,
        status_code=response.status_code,
        code=code if code is not None else default_code,
        type=error_type,
        details=details,
        request_id=request_id_from(response.headers, body),
        headers=response.headers,
        response=response,
        body=body if body is not None else response.text,
        retry_after=parse_retry_after(response.headers),
    )


def api_error_from_payload(payload: Mapping[str, Any], response: httpx.Response) -> ApiError:
    """The typed error for an ``error`` event or an ``{"error": ...}`` chunk inside a 200 stream.

    The HTTP status is 200, so the class comes from a ``status`` in the payload, else from the
    error code or OpenAI type, else it is a plain :class:`ApiError`.
    """
    message, code, error_type, details = _fields_from_body(payload)
    status: int | None = None
    for source in (as_mapping(payload.get("error")) or {}, payload):
        for key in ("status", "status_code"):
            value = source.get(key)
            if isinstance(value, int) and not isinstance(value, bool) and 400 <= value <= 599:
                status = value
    if status is None:
        for name in (code, error_type):
            if name is not None and name.lower() in _CODE_STATUS:
                status = _CODE_STATUS[name.lower()]
                break
    cls = error_class_for_status(status) if status is not None else ApiError
    return cls(
        message or _json_preview(payload),
        status_code=status if status is not None else response.status_code,
        code=code,
        type=error_type,
        details=details,
        request_id=request_id_from(response.headers),
        headers=response.headers,
        response=response,
        body=dict(payload),
    )


def invalid_response(
    response: httpx.Response, reason: str, *, body: object = None, code: str = "invalid_response"
) -> InvalidResponseError:
    """A 2xx that does not match the operation: the message names the content type and the body's start."""
    content_type = response.headers.get("content-type", "no content type")
    if body is None:
        text = response.content.decode("utf-8", errors="replace").strip()
    else:
        text = body if isinstance(body, str) else _json_preview(body)
    start = preview(without_url_queries(text), response_secrets(response), limit=200)
    return InvalidResponseError(
        f"{reason} ({content_type}; body starts with {start!r})",
        status_code=response.status_code,
        code=code,
        request_id=request_id_from(response.headers),
        headers=response.headers,
        response=response,
        body=response.text if body is None else body,
    )
