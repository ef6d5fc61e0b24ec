"""Sending one logical call: build the request once, then attempt it under the retry policy.

:func:`prepare` (pure) turns an operation, its ``RequestParts`` and the per-call options into an
``httpx.Request`` plus the settings of the call. :class:`SyncTransport` and :class:`AsyncTransport` are
thin shells that send it, feed each outcome to a :class:`~runcrate._retries.RetryController` and follow
its decision; they differ only in ``await``.
"""

from __future__ import annotations

import functools
import logging
import re
import sys
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, Self, TypeVar

import httpx

from runcrate._config import ClientConfig, validate_max_retries, validate_timeout
from runcrate._deadline import (
    DEADLINE_EXTENSION,
    Deadline,
    DeadlineExceeded,
    async_guard,
    current_deadline,
    exceeded,
    sending_under,
    sync_guard,
)
from runcrate._errors import (
    ApiError,
    ConfigurationError,
    ConnectionError,
    RuncrateError,
    TimeoutError,
    UnexpectedRedirectError,
    api_error_from_response,
    as_mapping,
    request_id_from,
)
from runcrate._logging import logger
from runcrate._redaction import SIGNED_EXTENSION, mark_signed, without_query
from runcrate._retries import Decision, Failure, Retry, RetryClass, RetryController, Stop, classify_failure
from runcrate._types import NOT_GIVEN, NotGiven, RequestOptions
from runcrate._version import __version__

if TYPE_CHECKING:
    from runcrate._generated.types import Operation, RequestParts
    from runcrate._pool import DeferredPool

__all__ = [
    "USER_AGENT",
    "AsyncTransport",
    "PreparedCall",
    "SyncTransport",
    "Timing",
    "prepare",
    "prepare_signed",
    "transport_error",
]

_PYTHON_VERSION = "{}.{}.{}".format(
    *sys.version_info
)  # what platform.python_version() says, without importing it
USER_AGENT = f"runcrate-client/{__version__} Python/{_PYTHON_VERSION} httpx/{httpx.__version__}"
_R = TypeVar("_R")
_H = TypeVar("_H", httpx.Client, httpx.AsyncClient)
_S = TypeVar("_S")

IDEMPOTENCY_HEADER = "Idempotency-Key"
IDLE_EXTENSION = "runcrate_idle_timeout"
"""A stream's idle timeout: the longest wait for its next complete event."""
ENVIRONMENT_PARAM = "environment"


class PreparedCall(NamedTuple):
    """One logical call, ready to be attempted as often as the policy allows."""

    request: httpx.Request
    max_retries: int
    retry_class: RetryClass
    idempotency_key: str | None
    timeout: httpx.Timeout
    """Each attempt's httpx timeouts, cut to what its deadline leaves."""
    attempt_limit: float | None
    """Seconds one attempt may take, from connecting to the last byte its consumer reads."""
    accept_redirect: bool = False
    """A 3xx with ``Location`` is the result (artifact redirects) instead of an error."""
    error_code: str | None = None
    """The code given to errors whose body has none (``download_failed`` on signed URLs)."""
    ambiguity: str | None = None
    """What to tell the caller when the request was sent and its answer lost (unsafe calls)."""


class Timing(NamedTuple):
    """The clocks a transport reads; tests replace them (and its sleep) so that no test sleeps for real."""

    monotonic: Callable[[], float] = time.monotonic
    wall: Callable[[], float] = time.time


_TIMING = Timing()


def retry_class_of(operation: Operation) -> RetryClass:
    """Inference calls and idempotent operations repeat safely; other infrastructure POSTs do not."""
    if operation.idempotent or operation.server == "inference":
        return RetryClass.REPEATABLE
    return RetryClass.UNSAFE


def server_root(config: ClientConfig, operation: Operation) -> str:
    """The configured origin plus the operation's wire prefix (``/v1`` or ``/api/v1``).

    An origin that already ends with the prefix (``https://api.runcrate.ai/v1``) is used as is.
    """
    origin = config.inference_url if operation.server == "inference" else config.base_url
    return _server_root(origin, operation.server_url)


@functools.lru_cache(maxsize=64)
def _server_root(origin: httpx.URL, server_url: str) -> str:
    # Cached: parsing URLs on every call was a measurable share of the per-request overhead.
    prefix = httpx.URL(server_url).raw_path.rstrip(b"/")
    root = str(origin).rstrip("/")
    if prefix and not origin.raw_path.endswith(prefix):
        root += prefix.decode("ascii")
    return root


def effective_timeout(
    config: ClientConfig, operation: Operation, requested: float | httpx.Timeout | NotGiven | None
) -> httpx.Timeout:
    """The call's timeout, raised to the operation's ``min_timeout`` for reads and writes (never lowered)."""
    timeout = config.timeout if isinstance(requested, NotGiven) else validate_timeout(requested)
    floor = operation.min_timeout
    if floor is None:
        return timeout

    def raised(value: float | None) -> float | None:
        return None if value is None else max(value, floor)

    return httpx.Timeout(
        connect=timeout.connect, read=raised(timeout.read), write=raised(timeout.write), pool=timeout.pool
    )


def _merge_params(
    config: ClientConfig, operation: Operation, parts: RequestParts, extra: Mapping[str, Any] | None
) -> dict[str, Any]:
    """The query (empty when there is none: httpx then leaves the URL unparsed)."""
    params = {key: value for key, value in parts.get("params", {}).items() if value is not None}
    if operation.server == "infrastructure" and config.environment is not None:
        params.setdefault(ENVIRONMENT_PARAM, config.environment)
    for key, value in (extra or {}).items():
        if value is None:
            params.pop(key, None)
        else:
            params[key] = value
    return params


def _headers(
    config: ClientConfig,
    operation: Operation,
    parts: RequestParts,
    options: RequestOptions,
    accept: str | None,
) -> tuple[dict[str, str], str | None]:
    # A plain dict: httpx builds its Headers once, when it merges them into the request.
    headers = {"Authorization": f"Bearer {config.api_key}", "User-Agent": USER_AGENT}
    if accept is not None:
        headers["Accept"] = accept
    _set_headers(headers, config.default_headers, "default_headers")
    _set_headers(headers, parts.get("headers", {}), "headers")
    if operation.server == "infrastructure" and operation.method == "POST":
        if options.idempotency_key is not None:
            _set_headers(headers, {IDEMPOTENCY_HEADER: options.idempotency_key}, "idempotency_key")
        elif _get_header(headers, IDEMPOTENCY_HEADER) is None:
            import uuid  # noqa: PLC0415 (only infrastructure POSTs need it; not imported with the client)

            headers[IDEMPOTENCY_HEADER] = str(uuid.uuid4())
    if options.extra_headers:
        _set_headers(headers, options.extra_headers, "extra_headers")
    return headers, _get_header(headers, IDEMPOTENCY_HEADER)


_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")


def _check_header(name: object, value: object, source: str) -> None:
    """A caller's header must be sendable as given: a CR or LF would end it early on the wire (and
    httpx would fail while sending, which looks like a network error that retry wrappers repeat)."""
    if not isinstance(name, str) or not _TOKEN.fullmatch(name):
        raise ValueError(f"{source}: {name!r} is not a valid header name")
    if value is None:
        return
    if not isinstance(value, str):
        raise ValueError(f"{source}[{name!r}] must be a string (or None to remove it), got {value!r}")
    control = _CONTROL.search(value)
    if control is not None:  # the value itself is not shown: it may be a credential
        raise ValueError(
            f"{source}[{name!r}] contains a control character (CR, LF, ...) at position {control.start()}"
        )
    if not value.isascii():
        position = next(index for index, char in enumerate(value) if not char.isascii())
        raise ValueError(
            f"{source}[{name!r}] contains a non-ASCII character at position {position}: header values "
            "are ASCII (percent-encode or base64 anything else)"
        )


def _set_headers(headers: dict[str, str], changes: Mapping[str, str | None], source: str) -> None:
    """Set each header (names compare case-insensitively); a ``None`` value removes it."""
    for name, value in changes.items():
        _check_header(name, value, source)
        lowered = name.lower()
        for existing in [key for key in headers if key.lower() == lowered]:
            del headers[existing]
        if value is not None:
            headers[name] = value


def _get_header(headers: Mapping[str, str], name: str) -> str | None:
    lowered = name.lower()
    return next((value for key, value in headers.items() if key.lower() == lowered), None)


def _replayable(parts: RequestParts) -> bool:
    """False when a multipart part is a file object that cannot seek (httpx rewinds the others)."""
    for _, part in parts.get("files", []):
        content: object = part[1]
        seekable = getattr(content, "seekable", None)
        if hasattr(content, "read") and not (callable(seekable) and seekable()):
            return False
    return True


def _body_kwargs(parts: RequestParts, extra_body: Mapping[str, Any] | None) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    if "files" in parts or "data" in parts:
        kwargs["files"] = parts.get("files")
        kwargs["data"] = {**parts.get("data", {}), **(extra_body or {})}
    elif "content" in parts:
        if extra_body:
            raise ConfigurationError("extra_body cannot be merged into a raw (non-JSON) request body.")
        kwargs["content"] = parts["content"]
    elif "json" in parts:
        body: object = parts["json"]
        if extra_body:
            mapping: Mapping[str, Any] | None = as_mapping(body) if body is not None else {}
            if mapping is None:
                raise ConfigurationError("extra_body can only be merged into a JSON object body.")
            body = {**mapping, **extra_body}
        kwargs["json"] = body
    elif extra_body:
        kwargs["json"] = dict(extra_body)
    return kwargs


def attempt_limit(timeout: httpx.Timeout) -> float | None:
    """How long one attempt may take as a whole: its longest phase (no limit when a phase has none)."""
    phases = (timeout.connect, timeout.read, timeout.write, timeout.pool)
    return None if any(phase is None for phase in phases) else max(phases)  # type: ignore[type-var]


def _ambiguity(config: ClientConfig, operation: Operation) -> str | None:
    """What an unsafe call's caller must check when its answer is lost after the request was sent."""
    if retry_class_of(operation) is not RetryClass.UNSAFE:
        return None
    if operation.takes_idempotency_key and "{" not in operation.path:
        collection = server_root(config, operation) + operation.path
        return (
            f"The request was sent but its answer was lost, so the resource may have been created "
            f"(this route does not deduplicate its Idempotency-Key): list them (GET {collection}) to "
            "see whether it exists before trying again."
        )
    return (
        "The request was sent but its answer was lost, so the server may have acted on it: check "
        "before sending it again."
    )


def prepare(
    http_client: httpx.Client | httpx.AsyncClient,
    config: ClientConfig,
    operation: Operation,
    parts: RequestParts,
    options: RequestOptions,
    *,
    accept: str | None = "application/json",
    stream: bool = False,
    idle_timeout: float | NotGiven | None = NOT_GIVEN,
) -> PreparedCall:
    """Build the call's request: URL on the right server, auth, environment, idempotency key, options.

    One attempt of a call may take its timeout from connecting to the last byte read. A ``stream``
    has that limit until its response has started, and none after: ``idle_timeout`` (by default its
    read timeout) is then the longest wait for each next event.
    """
    timeout = effective_timeout(config, operation, options.timeout)
    limit = attempt_limit(timeout)
    if stream:
        idle = timeout.read if isinstance(idle_timeout, NotGiven) else _checked_idle(idle_timeout)
        timeout = httpx.Timeout(connect=timeout.connect, read=idle, write=timeout.write, pool=timeout.pool)
    max_retries = (
        config.max_retries
        if isinstance(options.max_retries, NotGiven)
        else validate_max_retries(options.max_retries)
    )
    headers, idempotency_key = _headers(config, operation, parts, options, accept)
    request = http_client.build_request(
        operation.method,
        server_root(config, operation) + parts["url"],
        params=_merge_params(config, operation, parts, options.extra_query) or None,
        headers=headers,
        timeout=timeout,
        **_body_kwargs(parts, options.extra_body),
    )
    if stream:
        request.extensions[IDLE_EXTENSION] = timeout.read
    return PreparedCall(
        request=request,
        max_retries=max_retries if _replayable(parts) else 0,
        retry_class=retry_class_of(operation),
        idempotency_key=idempotency_key,
        timeout=timeout,
        attempt_limit=limit,
        accept_redirect=operation.redirect,
        ambiguity=_ambiguity(config, operation),
    )


def _checked_idle(value: object) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value < float("inf"):
        raise ValueError(
            f"idle_timeout must be a positive number of seconds (or None for no limit), got {value!r}"
        )
    return float(value)


def prepare_signed(
    http_client: httpx.Client | httpx.AsyncClient,
    method: str,
    url: str,
    *,
    timeout: httpx.Timeout,
    attempt_limit: float | None,
    max_retries: int,
    content: Any = None,
    headers: Mapping[str, str] | None = None,
    error_code: str,
) -> PreparedCall:
    """A request to a signed storage URL: no Authorization, no environment, retried like a read.

    The URL is used exactly as given (its signature covers the query); any 3xx is an error.
    """
    parsed = _signed_url(url)
    all_headers = {"User-Agent": USER_AGENT}
    _set_headers(all_headers, headers or {}, "headers")
    request = http_client.build_request(method, parsed, headers=all_headers, content=content, timeout=timeout)
    request.headers.pop("Authorization", None)
    mark_signed(request)
    return PreparedCall(
        request=request,
        max_retries=max_retries,
        retry_class=RetryClass.REPEATABLE,
        idempotency_key=None,
        timeout=timeout,
        attempt_limit=attempt_limit,
        error_code=error_code,
    )


def _signed_url(url: str) -> httpx.URL:
    """``url`` parsed, or a ``ConfigurationError`` showing it without its query (its signature)."""
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL:  # its text may quote a part of the URL: not chained
        raise ConfigurationError(
            f"A signed URL must be an absolute http(s) URL, got {without_query(url)!r}, which does not parse."
        ) from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ConfigurationError(f"A signed URL must be an absolute http(s) URL, got {without_query(url)!r}.")
    return parsed


def describe(request: httpx.Request) -> str:
    """``METHOD url`` for messages and logs. API URLs hold no credentials (the key travels in a
    header); a signed URL's query is its signature, so it is left out."""
    if request.extensions.get(SIGNED_EXTENSION):
        return f"{request.method} {without_query(request.url)}"
    return f"{request.method} {request.url}"


def transport_error(exc: httpx.HTTPError, request: httpx.Request) -> ConnectionError | TimeoutError:
    """The SDK error for an httpx failure, naming the method and URL; chain it with ``from exc``."""
    if isinstance(exc, DeadlineExceeded):
        return TimeoutError(f"Request timed out: {describe(request)}: {exc}", request=request)
    if isinstance(exc, httpx.TimeoutException):
        phase = type(exc).__name__.removesuffix("Timeout").lower() or "request"
        return TimeoutError(f"Request timed out ({phase}): {describe(request)}", request=request)
    detail = str(exc) or type(exc).__name__
    return ConnectionError(f"Connection failed: {describe(request)}: {detail}", request=request)


def _redirect_error(response: httpx.Response) -> UnexpectedRedirectError:
    location = response.headers.get("location")
    target = str(response.request.url.join(location)) if location else None
    message = (
        f"{describe(response.request)} answered {response.status_code}, redirecting to "
        f"{target or '(no Location)'}. The SDK does not follow redirects on API calls (they could carry "
        "the API key elsewhere); if the origin moved, set base_url / inference_url to the new one."
    )
    return UnexpectedRedirectError(
        message,
        location=target,
        status_code=response.status_code,
        code="unexpected_redirect",
        request_id=request_id_from(response.headers),
        headers=response.headers,
        response=response,
        body=response.text,
    )


def _log_response(response: httpx.Response, started: float, timing: Timing) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        request_id = request_id_from(response.headers)
        logger.debug(
            "%s -> %s in %.3f s%s",
            describe(response.request),
            response.status_code,
            timing.monotonic() - started,
            f" (request id {request_id})" if request_id else "",
        )


def _log_retry(call: PreparedCall, controller: RetryController, decision: Retry) -> None:
    limit = f" of {call.max_retries + 1}" if not decision.reason.startswith("409") else ""
    logger.info(
        "Retrying %s (attempt %d%s) after %s in %.2f s",
        describe(call.request),
        controller.attempts,
        limit,
        decision.reason,
        decision.wait,
    )


def _finish_error(error: ApiError, decision: Stop) -> ApiError:
    if decision.retry_after is not None:
        error.add_note(
            f"The server asked to retry after {decision.retry_after:.0f} s, longer than the SDK waits; "
            "see .retry_after."
        )
    return error


def _is_success(call: PreparedCall, response: httpx.Response) -> bool:
    return response.is_success or (call.accept_redirect and response.is_redirect)


def _controller(call: PreparedCall, timing: Timing) -> RetryController:
    return RetryController(
        retry_class=call.retry_class,
        max_retries=call.max_retries,
        sent_idempotency_key=call.idempotency_key is not None,
        clock=timing.monotonic,
        wall_clock=timing.wall,
        deadline=current_deadline(),
    )


def _attempt_deadline(call: PreparedCall, timing: Timing) -> Deadline:
    """This attempt's deadline (its own limit, or a waiter's when that comes first); its httpx
    timeouts are cut to it."""
    deadline = Deadline(call.attempt_limit, clock=timing.monotonic).earliest(current_deadline())
    call.request.extensions["timeout"] = deadline.cap(call.timeout).as_dict()
    return deadline


_ANSWER = "the answer"


def _error_for(
    call: PreparedCall, response: httpx.Response, controller: RetryController
) -> tuple[ApiError, Decision]:
    """The error a non-success response (body already read) means, and what to do about it."""
    if response.is_redirect:
        return _redirect_error(response), Stop()
    error = api_error_from_response(response, default_code=call.error_code)
    reason = error.details.get("reason")
    decision = controller.after_response(
        response.status_code, response.headers, error.code, reason if isinstance(reason, str) else None
    )
    return error, decision


def _after_exception(exc: httpx.HTTPError, call: PreparedCall, controller: RetryController) -> Retry:
    """The retry to make after an httpx failure, or raise the SDK error for it."""
    failure = classify_failure(exc) if isinstance(exc, httpx.TransportError) else None
    decision = controller.after_failure(failure) if failure is not None else Stop()
    if isinstance(decision, Stop):
        error = transport_error(exc, call.request)
        if call.ambiguity is not None and failure in (Failure.TIMEOUT, Failure.DROPPED):
            error.message = f"{error.message}. {call.ambiguity}"
            error.args = (error.message,)
        raise error from exc
    _log_retry(call, controller, decision)
    return decision


def _after_error_response(call: PreparedCall, response: httpx.Response, controller: RetryController) -> Retry:
    """The retry to make after an error response, or raise the typed error for it."""
    error, decision = _error_for(call, response, controller)
    if isinstance(decision, Stop):
        raise _finish_error(error, decision)
    _log_retry(call, controller, decision)
    return decision


def _keyed(error: RuncrateError, call: PreparedCall) -> None:
    """Every error of a call that sent an ``Idempotency-Key`` carries it (to send the call again)."""
    if call.idempotency_key is not None:
        error.idempotency_key = call.idempotency_key


async def _async_sleep(seconds: float) -> None:
    """``anyio.sleep``, imported when an async client first waits to retry (a sync client never does)."""
    import anyio  # noqa: PLC0415

    await anyio.sleep(seconds)


class _Transport(Generic[_H, _S]):
    """A connection pool, the clocks and the sleep between attempts (tests replace the last two).

    ``pool`` is the client's own deferred transport, if it has one: it is built before a call's
    first attempt starts, so that building it (the TLS context, most of it) is never counted
    against the call's timeout or deadline.
    """

    __slots__ = ("http", "pool", "sleep", "timing")

    def __init__(self, http: _H, timing: Timing, sleep: _S, pool: DeferredPool | None = None) -> None:
        self.http: _H = http
        self.timing = timing
        self.sleep: _S = sleep
        self.pool = pool

    def copy(self) -> Self:
        """The same transport for a ``with_options`` copy of a client (its pool is shared)."""
        return type(self)(self.http, self.timing, self.sleep, self.pool)

    def _ready(self) -> None:
        if self.pool is not None:
            self.pool.build()


class SyncTransport(_Transport[httpx.Client, Callable[[float], None]]):
    """Attempts a prepared call on an ``httpx.Client`` until success or the policy says stop."""

    def __init__(
        self,
        http: httpx.Client,
        timing: Timing = _TIMING,
        sleep: Callable[[float], None] = time.sleep,
        pool: DeferredPool | None = None,
    ) -> None:
        super().__init__(http, timing, sleep, pool)

    def send(self, call: PreparedCall, consume: Callable[[httpx.Response], _R]) -> _R:
        """Attempt ``call`` until a successful response, and return ``consume(response)``.

        ``consume`` runs inside the retry loop, under the attempt's deadline: an httpx failure while
        it reads the body counts as a failure of that attempt (a download cut short is retried from
        the start when the call is repeatable). ``consume`` closes the response unless it hands it
        over (streams, binary bodies: the deadline travels in the response's extensions); error
        responses are read and closed here.
        """
        self._ready()
        try:
            return self._attempts(call, consume)
        except RuncrateError as error:
            _keyed(error, call)
            raise

    def _attempts(self, call: PreparedCall, consume: Callable[[httpx.Response], _R]) -> _R:
        controller = _controller(call, self.timing)
        while True:
            started = self.timing.monotonic()
            deadline = _attempt_deadline(call, self.timing)
            try:
                response = self._send_head(call, deadline)
                response.extensions[DEADLINE_EXTENSION] = deadline
                _log_response(response, started, self.timing)
                with sync_guard(response, deadline, _ANSWER):
                    if _is_success(call, response):
                        try:
                            return consume(response)
                        except BaseException:
                            response.close()
                            raise
                    try:
                        response.read()
                    finally:
                        response.close()
            except httpx.HTTPError as exc:
                self.sleep(_after_exception(exc, call, controller).wait)
                continue
            self.sleep(_after_error_response(call, response, controller).wait)

    def _send_head(self, call: PreparedCall, deadline: Deadline) -> httpx.Response:
        """Send the request and read the response's head, the socket waits cut to the deadline (the
        SDK's own pool; see runcrate._deadline_backend). A timeout once the request may have been
        sent is the deadline's when it has passed."""
        try:
            with sending_under(deadline):
                return self.http.send(call.request, stream=True, follow_redirects=False)
        except (httpx.ReadTimeout, httpx.WriteTimeout) as exc:
            if not deadline.passed():
                raise
            raise exceeded(deadline, _ANSWER) from exc


class AsyncTransport(_Transport[httpx.AsyncClient, Callable[[float], Awaitable[None]]]):
    """The async twin of :class:`SyncTransport`, on an ``httpx.AsyncClient``."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        timing: Timing = _TIMING,
        sleep: Callable[[float], Awaitable[None]] = _async_sleep,
        pool: DeferredPool | None = None,
    ) -> None:
        super().__init__(http, timing, sleep, pool)

    async def send(self, call: PreparedCall, consume: Callable[[httpx.Response], Awaitable[_R]]) -> _R:
        """See :meth:`SyncTransport.send`."""
        self._ready()
        try:
            return await self._attempts(call, consume)
        except RuncrateError as error:
            _keyed(error, call)
            raise

    async def _attempts(self, call: PreparedCall, consume: Callable[[httpx.Response], Awaitable[_R]]) -> _R:
        controller = _controller(call, self.timing)
        while True:
            started = self.timing.monotonic()
            deadline = _attempt_deadline(call, self.timing)
            try:
                with async_guard(deadline, _ANSWER):
                    response = await self.http.send(call.request, stream=True, follow_redirects=False)
                    response.extensions[DEADLINE_EXTENSION] = deadline
                    _log_response(response, started, self.timing)
                    if _is_success(call, response):
                        try:
                            return await consume(response)
                        except BaseException:
                            await response.aclose()
                            raise
                    try:
                        await response.aread()
                    finally:
                        await response.aclose()
            except httpx.HTTPError as exc:
                await self.sleep(_after_exception(exc, call, controller).wait)
                continue
            await self.sleep(_after_error_response(call, response, controller).wait)
