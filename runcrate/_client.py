"""``Runcrate`` and ``AsyncRuncrate``: configuration, the connection pool, and the calls resources make.

Resources (``runcrate/resources``) are attached lazily and call one of the entry points below with a
generated endpoint module; everything cross-cutting (URLs, auth, environment, idempotency keys, retries,
timeouts, error mapping, lenient parsing, raw responses) happens here and in ``_transport``:

* ``request(endpoint, *path_args, options=..., **params)`` → the endpoint's parsed success type
* ``request_data(endpoint, ...)`` → the ``data`` of an infrastructure envelope
* ``stream(endpoint, ..., parse=chunk_parser)`` → ``Stream[T]`` / ``AsyncStream[T]``
* ``request_binary(endpoint, ...)`` → ``BinaryResponse`` / ``AsyncBinaryResponse``
* ``request_redirect(endpoint, ...)`` → the redirect target URL (artifact downloads)
* ``paginate(endpoint, ..., paging=Paging.cursor())`` → ``SyncPage[T]`` / ``AsyncPaginator[T]``
* ``signed_download(url)``, ``download_to_file(url, path)``, ``signed_upload(url, source)``: signed
  storage URLs (no API key, no environment)
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable, Mapping
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Protocol, Self, TypeVar, cast, overload

import attrs
import httpx

from runcrate._config import ClientConfig, resolve_config, validate_max_retries, validate_timeout
from runcrate._errors import ConfigurationError, as_mapping, invalid_response
from runcrate._files import UploadBody, UploadSource
from runcrate._logging import configure_from_env
from runcrate._pagination import AsyncPage, AsyncPaginator, ListEnvelope, Paging, SyncPage
from runcrate._response import (
    AsyncBinaryResponse,
    BinaryResponse,
    RawResponse,
    asave_response,
    save_response,
    take_raw_mode,
)
from runcrate._streaming import AsyncStream, Stream
from runcrate._transport import AsyncTransport, PreparedCall, SyncTransport, prepare, prepare_signed
from runcrate._types import NOT_GIVEN, Endpoint, NotGiven, RequestOptions, TimeoutValue

if TYPE_CHECKING:
    from runcrate.resources._async.audio import AsyncAudio
    from runcrate.resources._async.billing import AsyncBilling
    from runcrate.resources._async.chat import AsyncChat
    from runcrate.resources._async.environments import AsyncEnvironments
    from runcrate.resources._async.images import AsyncImages
    from runcrate.resources._async.instances import AsyncInstances
    from runcrate.resources._async.job_groups import AsyncJobGroups
    from runcrate.resources._async.jobs import AsyncJobs
    from runcrate.resources._async.models import AsyncModels
    from runcrate.resources._async.schedules import AsyncSchedules
    from runcrate.resources._async.secrets import AsyncSecrets
    from runcrate.resources._async.ssh_keys import AsyncSshKeys
    from runcrate.resources._async.storage import AsyncStorage
    from runcrate.resources._async.templates import AsyncTemplates
    from runcrate.resources._async.videos import AsyncVideos
    from runcrate.resources._sync.audio import Audio
    from runcrate.resources._sync.billing import Billing
    from runcrate.resources._sync.chat import Chat
    from runcrate.resources._sync.environments import Environments
    from runcrate.resources._sync.images import Images
    from runcrate.resources._sync.instances import Instances
    from runcrate.resources._sync.job_groups import JobGroups
    from runcrate.resources._sync.jobs import Jobs
    from runcrate.resources._sync.models import Models
    from runcrate.resources._sync.schedules import Schedules
    from runcrate.resources._sync.secrets import Secrets
    from runcrate.resources._sync.ssh_keys import SshKeys
    from runcrate.resources._sync.storage import Storage
    from runcrate.resources._sync.templates import Templates
    from runcrate.resources._sync.videos import Videos

__all__ = ["AsyncRuncrate", "Runcrate"]

_T = TypeVar("_T")
_C = TypeVar("_C")
_I = TypeVar("_I")
_H = TypeVar("_H", httpx.Client, httpx.AsyncClient)
_Tr = TypeVar("_Tr", SyncTransport, AsyncTransport)
_R = TypeVar("_R")
_D_co = TypeVar("_D_co", covariant=True)


class _Envelope(Protocol[_D_co]):
    """An infrastructure success body: ``{"data": ...}``."""

    @property
    def data(self) -> _D_co: ...


class _Resource(Generic[_R]):
    """A resource attribute, imported and built on first access, then cached on the client.

    Keeps ``import runcrate`` and client construction cheap: no resource (and so no generated
    module) is imported until it is used.
    """

    def __init__(self, module: str, name: str) -> None:
        self._module = module
        self._name = name
        self._attribute = name

    def __set_name__(self, owner: type, attribute: str) -> None:
        self._attribute = attribute

    @overload
    def __get__(self, client: None, owner: type) -> Self: ...
    @overload
    def __get__(self, client: object, owner: type) -> _R: ...
    def __get__(self, client: object, owner: type) -> _R | Self:
        if client is None:
            return self
        resource: _R = getattr(importlib.import_module(self._module), self._name)(client)
        client.__dict__[self._attribute] = resource
        return resource


DOWNLOAD_TIMEOUT = httpx.Timeout(60.0, read=300.0)
"""Signed downloads: 60 s to connect, up to 300 s between reads."""
UPLOAD_TIMEOUT = httpx.Timeout(60.0, write=600.0, read=120.0)
"""Signed uploads (up to 1 GB): up to 600 s per write."""
_DEFAULT_OPTIONS = RequestOptions()
_SSE = "text/event-stream"


def _json_or_none(response: httpx.Response) -> object:
    try:
        return json.loads(response.content)
    except ValueError:
        return None


def _replaced(response: httpx.Response, body: object) -> httpx.Response:
    return httpx.Response(
        response.status_code,
        headers=response.headers,
        content=json.dumps(body).encode(),
        request=response.request,
    )


def _normalized(response: httpx.Response, operation_server: str) -> httpx.Response:
    """Infrastructure bodies that are a bare JSON array are wrapped as ``{"data": [...]}`` (P32)."""
    if operation_server != "infrastructure" or not response.content.lstrip().startswith(b"["):
        return response
    body = _json_or_none(response)
    return response if body is None else _replaced(response, {"data": body})


def _parse(endpoint: Endpoint[_T], response: httpx.Response) -> _T:
    """The endpoint's parsed result; a body that does not parse raises ``InvalidResponseError``.

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


def _redirect_target(response: httpx.Response) -> str:
    location = response.headers.get("location")
    if not response.is_redirect or not location:
        raise invalid_response(response, "Expected a redirect to the resource's URL")
    return str(response.request.url.join(location))


def _check_event_stream(response: httpx.Response) -> None:
    content_type = response.headers.get("content-type", "")
    if not content_type.lower().startswith(_SSE):
        raise invalid_response(response, "Expected a text/event-stream response")


class _ClientBase(Generic[_H, _Tr]):
    """State and decisions shared by both clients (no I/O)."""

    _config: ClientConfig
    _owns_http: bool
    _http: _H
    _transport: _Tr

    def with_options(
        self,
        *,
        environment: str | NotGiven | None = NOT_GIVEN,
        timeout: TimeoutValue | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy with some settings changed, sharing this client's connection pool.

        Closing the copy leaves the pool open; close the original. ``default_headers`` are added to
        the current ones.
        """
        clone = object.__new__(type(self))
        clone._config = self._evolved(
            environment=environment, timeout=timeout, max_retries=max_retries, default_headers=default_headers
        )
        clone._owns_http = False
        clone._http = self._http
        clone._transport = attrs.evolve(self._transport)
        return clone

    def _configure(
        self,
        *,
        api_key: str | None,
        base_url: str | httpx.URL | None,
        inference_url: str | httpx.URL | None,
        environment: str | None,
        timeout: TimeoutValue | NotGiven,
        max_retries: int | NotGiven,
        default_headers: Mapping[str, str] | None,
    ) -> None:
        configure_from_env()
        self._config = resolve_config(
            api_key=api_key,
            base_url=base_url,
            inference_url=inference_url,
            environment=environment,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
        )

    def _evolved(
        self,
        *,
        environment: str | NotGiven | None,
        timeout: TimeoutValue | NotGiven,
        max_retries: int | NotGiven,
        default_headers: Mapping[str, str] | None,
    ) -> ClientConfig:
        changes: dict[str, Any] = {}
        if not isinstance(environment, NotGiven):
            if environment is not None and not str(environment).strip():
                raise ConfigurationError("environment must be a non-empty environment name or None.")
            changes["environment"] = environment
        if not isinstance(timeout, NotGiven):
            changes["timeout"] = validate_timeout(timeout)
        if not isinstance(max_retries, NotGiven):
            changes["max_retries"] = validate_max_retries(max_retries)
        if default_headers is not None:
            changes["default_headers"] = {**self._config.default_headers, **default_headers}
        return attrs.evolve(self._config, **changes)

    @property
    def base_url(self) -> httpx.URL:
        """The infrastructure origin (requests go to ``<base_url>/api/v1/...``)."""
        return self._config.base_url

    @property
    def inference_url(self) -> httpx.URL:
        """The inference origin (requests go to ``<inference_url>/v1/...``)."""
        return self._config.inference_url

    @property
    def environment(self) -> str | None:
        """Sent as ``?environment=`` on infrastructure calls only (never to inference or signed URLs)."""
        return self._config.environment

    @property
    def timeout(self) -> httpx.Timeout:
        return self._config.timeout

    @property
    def max_retries(self) -> int:
        return self._config.max_retries

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._config!r}>"

    def _prepare(
        self,
        endpoint: Endpoint[Any],
        args: tuple[Any, ...],
        kwargs: Mapping[str, Any],
        options: RequestOptions | None,
        *,
        accept: str | None = "application/json",
        read_timeout: float | NotGiven | None = NOT_GIVEN,
    ) -> PreparedCall:
        parts = endpoint.build_request(*args, **kwargs)
        return prepare(
            self._http,
            self._config,
            endpoint.OPERATION,
            parts,
            options or _DEFAULT_OPTIONS,
            accept=accept,
            read_timeout=read_timeout,
        )

    def _signed(
        self,
        method: str,
        url: str,
        *,
        timeout: TimeoutValue | NotGiven,
        max_retries: int | NotGiven,
        default_timeout: httpx.Timeout,
        error_code: str,
        content: Any = None,
        headers: Mapping[str, str] | None = None,
    ) -> PreparedCall:
        return prepare_signed(
            self._http,
            method,
            url,
            timeout=default_timeout if isinstance(timeout, NotGiven) else validate_timeout(timeout),
            max_retries=(
                self._config.max_retries
                if isinstance(max_retries, NotGiven)
                else validate_max_retries(max_retries)
            ),
            content=content,
            headers=headers,
            error_code=error_code,
        )


class Runcrate(_ClientBase[httpx.Client, SyncTransport]):
    """The Runcrate API client (GPU cloud and OpenAI-compatible inference).

    Options not given are read from ``RUNCRATE_API_KEY``, ``RUNCRATE_BASE_URL``,
    ``RUNCRATE_INFERENCE_URL``, ``RUNCRATE_ENVIRONMENT``, ``RUNCRATE_TIMEOUT``, ``RUNCRATE_MAX_RETRIES``
    (and ``RUNCRATE_LOG``). ``http_client`` is an ``httpx.Client`` you configured (proxies,
    certificates, transports); the SDK keeps its own timeouts, retries and redirect policy on it, and
    does not close it.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | httpx.URL | None = None,
        inference_url: str | httpx.URL | None = None,
        environment: str | None = None,
        timeout: TimeoutValue | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        self._configure(
            api_key=api_key,
            base_url=base_url,
            inference_url=inference_url,
            environment=environment,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
        )
        if http_client is not None and not isinstance(cast(object, http_client), httpx.Client):
            raise ConfigurationError(
                f"http_client must be an httpx.Client (use AsyncRuncrate for an httpx.AsyncClient), "
                f"got {type(http_client).__name__}."
            )
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(timeout=self._config.timeout, follow_redirects=False)
        self._transport = SyncTransport(self._http)

    instances: _Resource[Instances] = _Resource("runcrate.resources._sync.instances", "Instances")
    storage: _Resource[Storage] = _Resource("runcrate.resources._sync.storage", "Storage")
    environments: _Resource[Environments] = _Resource("runcrate.resources._sync.environments", "Environments")
    ssh_keys: _Resource[SshKeys] = _Resource("runcrate.resources._sync.ssh_keys", "SshKeys")
    templates: _Resource[Templates] = _Resource("runcrate.resources._sync.templates", "Templates")
    billing: _Resource[Billing] = _Resource("runcrate.resources._sync.billing", "Billing")
    secrets: _Resource[Secrets] = _Resource("runcrate.resources._sync.secrets", "Secrets")
    schedules: _Resource[Schedules] = _Resource("runcrate.resources._sync.schedules", "Schedules")
    jobs: _Resource[Jobs] = _Resource("runcrate.resources._sync.jobs", "Jobs")
    job_groups: _Resource[JobGroups] = _Resource("runcrate.resources._sync.job_groups", "JobGroups")
    models: _Resource[Models] = _Resource("runcrate.resources._sync.models", "Models")
    chat: _Resource[Chat] = _Resource("runcrate.resources._sync.chat", "Chat")
    images: _Resource[Images] = _Resource("runcrate.resources._sync.images", "Images")
    audio: _Resource[Audio] = _Resource("runcrate.resources._sync.audio", "Audio")
    videos: _Resource[Videos] = _Resource("runcrate.resources._sync.videos", "Videos")

    def close(self) -> None:
        """Close the connection pool (if this client created it)."""
        if self._owns_http:
            self._http.close()

    # -- hooks for resources that wait or do blocking work (tests replace the clock and sleep) ---

    def _sleep(self, seconds: float) -> None:
        self._transport.sleep(seconds)

    def _monotonic(self) -> float:
        return self._transport.timing.monotonic()

    def _offload(self, function: Callable[..., _T], *args: Any) -> _T:
        """Run blocking work (file packing, hashing); the async client runs it in a worker thread."""
        return function(*args)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # -- entry points for resources ------------------------------------------------------------

    def request(
        self, endpoint: Endpoint[_T], *args: Any, options: RequestOptions | None = None, **kwargs: Any
    ) -> _T:
        """Send one operation and return its parsed success type."""
        raw = take_raw_mode()
        call = self._prepare(endpoint, args, kwargs, options)
        response = self._transport.send(call, _read)
        if raw:
            return cast(_T, RawResponse(response, lambda: _parse(endpoint, response)))
        return _parse(endpoint, response)

    def request_data(
        self,
        endpoint: Endpoint[_Envelope[_T]],
        *args: Any,
        options: RequestOptions | None = None,
        **kwargs: Any,
    ) -> _T:
        """Send an infrastructure operation and return its envelope's ``data``.

        Through ``with_raw_response``, ``.parse()`` gives that ``data`` too.
        """
        raw = take_raw_mode()
        call = self._prepare(endpoint, args, kwargs, options)
        response = self._transport.send(call, _read)
        if raw:
            return cast(_T, RawResponse(response, lambda: _parse(endpoint, response).data))
        return _parse(endpoint, response).data

    def stream(
        self,
        endpoint: Endpoint[Any],
        *args: Any,
        parse: Callable[[Any], _C],
        options: RequestOptions | None = None,
        idle_timeout: float | NotGiven | None = NOT_GIVEN,
        **kwargs: Any,
    ) -> Stream[_C]:
        """Send a streaming operation; chunks are JSON payloads turned into ``_C`` by ``parse``.

        ``idle_timeout`` bounds each silence between events (default: the read timeout). Retries
        happen only before the response starts.
        """
        raw = take_raw_mode()
        call = self._prepare(endpoint, args, kwargs, options, accept=_SSE, read_timeout=idle_timeout)
        response = self._transport.send(call, _open_event_stream)
        if raw:
            return cast(Stream[_C], RawResponse(response, lambda: Stream(response, parse)))
        return Stream(response, parse)

    def request_binary(
        self, endpoint: Endpoint[Any], *args: Any, options: RequestOptions | None = None, **kwargs: Any
    ) -> BinaryResponse:
        """Send an operation whose success body is bytes; the body is streamed, not buffered."""
        raw = take_raw_mode()
        call = self._prepare(endpoint, args, kwargs, options, accept=None)
        response = self._transport.send(call, _keep_open)
        if raw:
            return cast(BinaryResponse, RawResponse(response, lambda: BinaryResponse(response)))
        return BinaryResponse(response)

    def request_redirect(
        self, endpoint: Endpoint[Any], *args: Any, options: RequestOptions | None = None, **kwargs: Any
    ) -> str:
        """Send an operation that answers with a redirect and return the absolute target URL."""
        raw = take_raw_mode()
        call = self._prepare(endpoint, args, kwargs, options, accept=None)
        response = self._transport.send(call, _read)
        if raw:
            return cast(str, RawResponse(response, lambda: _redirect_target(response)))
        return _redirect_target(response)

    def paginate(
        self,
        endpoint: Endpoint[ListEnvelope[_I]],
        *args: Any,
        paging: Paging,
        options: RequestOptions | None = None,
        **kwargs: Any,
    ) -> SyncPage[_I]:
        """The first page of a list; iterating it fetches the following pages lazily."""
        raw = take_raw_mode()

        def fetch(page_kwargs: Mapping[str, Any]) -> SyncPage[_I]:
            call = self._prepare(endpoint, args, page_kwargs, options)
            response = self._transport.send(call, _read)
            return SyncPage(
                _parse(endpoint, response), response, paging=paging, kwargs=page_kwargs, fetch=fetch
            )

        if raw:
            call = self._prepare(endpoint, args, kwargs, options)
            response = self._transport.send(call, _read)
            return cast(
                SyncPage[_I],
                RawResponse(
                    response,
                    lambda: SyncPage(
                        _parse(endpoint, response), response, paging=paging, kwargs=kwargs, fetch=fetch
                    ),
                ),
            )
        return fetch(kwargs)

    def signed_download(
        self,
        url: str,
        *,
        timeout: TimeoutValue | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> BinaryResponse:
        """GET a signed storage URL (no API key, no environment), streamed; retried until the body starts."""
        call = self._signed(
            "GET",
            url,
            timeout=timeout,
            max_retries=max_retries,
            default_timeout=DOWNLOAD_TIMEOUT,
            error_code="download_failed",
        )
        return BinaryResponse(self._transport.send(call, _keep_open))

    def download_to_file(
        self,
        url: str,
        path: str | Path,
        *,
        sha256: str | None = None,
        timeout: TimeoutValue | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Path:
        """Download a signed URL to ``path`` atomically, verifying ``sha256`` (hex) when given.

        A transfer cut short is retried from the start; on failure no file is left behind.
        """
        call = self._signed(
            "GET",
            url,
            timeout=timeout,
            max_retries=max_retries,
            default_timeout=DOWNLOAD_TIMEOUT,
            error_code="download_failed",
        )

        return self._transport.send(call, lambda response: save_response(response, path, sha256=sha256))

    def signed_upload(
        self,
        url: str,
        source: UploadSource,
        *,
        content_type: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: TimeoutValue | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> httpx.Headers:
        """PUT ``source`` (bytes, a path or a binary file) to a signed URL; returns the response headers.

        Sent with its length (object stores refuse chunked uploads); retried like a read when the body
        can be sent again; only a 2xx counts as success.
        """
        body = UploadBody(source)
        call = self._signed(
            "PUT",
            url,
            timeout=timeout,
            max_retries=max_retries if body.replayable else 0,
            default_timeout=UPLOAD_TIMEOUT,
            error_code="upload_failed",
            content=body.sync_content(),
            headers=_upload_headers(body, content_type, headers),
        )
        response = self._transport.send(call, _read)
        return response.headers


class AsyncRuncrate(_ClientBase[httpx.AsyncClient, AsyncTransport]):
    """The async Runcrate client: the same options, methods and behaviour as :class:`Runcrate`.

    ``http_client`` is an ``httpx.AsyncClient`` you configured; the SDK does not close it.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | httpx.URL | None = None,
        inference_url: str | httpx.URL | None = None,
        environment: str | None = None,
        timeout: TimeoutValue | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        self._configure(
            api_key=api_key,
            base_url=base_url,
            inference_url=inference_url,
            environment=environment,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
        )
        if http_client is not None and not isinstance(cast(object, http_client), httpx.AsyncClient):
            raise ConfigurationError(
                f"http_client must be an httpx.AsyncClient (use Runcrate for an httpx.Client), "
                f"got {type(http_client).__name__}."
            )
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(timeout=self._config.timeout, follow_redirects=False)
        self._transport = AsyncTransport(self._http)

    instances: _Resource[AsyncInstances] = _Resource("runcrate.resources._async.instances", "AsyncInstances")
    storage: _Resource[AsyncStorage] = _Resource("runcrate.resources._async.storage", "AsyncStorage")
    environments: _Resource[AsyncEnvironments] = _Resource(
        "runcrate.resources._async.environments", "AsyncEnvironments"
    )
    ssh_keys: _Resource[AsyncSshKeys] = _Resource("runcrate.resources._async.ssh_keys", "AsyncSshKeys")
    templates: _Resource[AsyncTemplates] = _Resource("runcrate.resources._async.templates", "AsyncTemplates")
    billing: _Resource[AsyncBilling] = _Resource("runcrate.resources._async.billing", "AsyncBilling")
    secrets: _Resource[AsyncSecrets] = _Resource("runcrate.resources._async.secrets", "AsyncSecrets")
    schedules: _Resource[AsyncSchedules] = _Resource("runcrate.resources._async.schedules", "AsyncSchedules")
    jobs: _Resource[AsyncJobs] = _Resource("runcrate.resources._async.jobs", "AsyncJobs")
    job_groups: _Resource[AsyncJobGroups] = _Resource(
        "runcrate.resources._async.job_groups", "AsyncJobGroups"
    )
    models: _Resource[AsyncModels] = _Resource("runcrate.resources._async.models", "AsyncModels")
    chat: _Resource[AsyncChat] = _Resource("runcrate.resources._async.chat", "AsyncChat")
    images: _Resource[AsyncImages] = _Resource("runcrate.resources._async.images", "AsyncImages")
    audio: _Resource[AsyncAudio] = _Resource("runcrate.resources._async.audio", "AsyncAudio")
    videos: _Resource[AsyncVideos] = _Resource("runcrate.resources._async.videos", "AsyncVideos")

    async def close(self) -> None:
        """Close the connection pool (if this client created it)."""
        if self._owns_http:
            await self._http.aclose()

    # -- hooks for resources that wait or do blocking work (tests replace the clock and sleep) ---

    async def _sleep(self, seconds: float) -> None:
        await self._transport.sleep(seconds)

    def _monotonic(self) -> float:
        return self._transport.timing.monotonic()

    async def _offload(self, function: Callable[..., _T], *args: Any) -> _T:
        """Run blocking work (file packing, hashing) in a worker thread."""
        import asyncio  # noqa: PLC0415 (imported on use: it is most of a sync client's import time)

        return await asyncio.to_thread(function, *args)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    # -- entry points for resources ------------------------------------------------------------

    async def request(
        self, endpoint: Endpoint[_T], *args: Any, options: RequestOptions | None = None, **kwargs: Any
    ) -> _T:
        """See :meth:`Runcrate.request`."""
        raw = take_raw_mode()
        call = self._prepare(endpoint, args, kwargs, options)
        response = await self._transport.send(call, _aread)
        if raw:
            return cast(_T, RawResponse(response, lambda: _parse(endpoint, response)))
        return _parse(endpoint, response)

    async def request_data(
        self,
        endpoint: Endpoint[_Envelope[_T]],
        *args: Any,
        options: RequestOptions | None = None,
        **kwargs: Any,
    ) -> _T:
        """See :meth:`Runcrate.request_data`."""
        raw = take_raw_mode()
        call = self._prepare(endpoint, args, kwargs, options)
        response = await self._transport.send(call, _aread)
        if raw:
            return cast(_T, RawResponse(response, lambda: _parse(endpoint, response).data))
        return _parse(endpoint, response).data

    async def stream(
        self,
        endpoint: Endpoint[Any],
        *args: Any,
        parse: Callable[[Any], _C],
        options: RequestOptions | None = None,
        idle_timeout: float | NotGiven | None = NOT_GIVEN,
        **kwargs: Any,
    ) -> AsyncStream[_C]:
        """See :meth:`Runcrate.stream`."""
        raw = take_raw_mode()
        call = self._prepare(endpoint, args, kwargs, options, accept=_SSE, read_timeout=idle_timeout)
        response = await self._transport.send(call, _aopen_event_stream)
        if raw:
            return cast(AsyncStream[_C], RawResponse(response, lambda: AsyncStream(response, parse)))
        return AsyncStream(response, parse)

    async def request_binary(
        self, endpoint: Endpoint[Any], *args: Any, options: RequestOptions | None = None, **kwargs: Any
    ) -> AsyncBinaryResponse:
        """See :meth:`Runcrate.request_binary`."""
        raw = take_raw_mode()
        call = self._prepare(endpoint, args, kwargs, options, accept=None)
        response = await self._transport.send(call, _akeep_open)
        if raw:
            return cast(AsyncBinaryResponse, RawResponse(response, lambda: AsyncBinaryResponse(response)))
        return AsyncBinaryResponse(response)

    async def request_redirect(
        self, endpoint: Endpoint[Any], *args: Any, options: RequestOptions | None = None, **kwargs: Any
    ) -> str:
        """See :meth:`Runcrate.request_redirect`."""
        raw = take_raw_mode()
        call = self._prepare(endpoint, args, kwargs, options, accept=None)
        response = await self._transport.send(call, _aread)
        if raw:
            return cast(str, RawResponse(response, lambda: _redirect_target(response)))
        return _redirect_target(response)

    def paginate(
        self,
        endpoint: Endpoint[ListEnvelope[_I]],
        *args: Any,
        paging: Paging,
        options: RequestOptions | None = None,
        **kwargs: Any,
    ) -> AsyncPaginator[_I]:
        """``await`` it for the first page, or ``async for`` every item across pages."""
        raw = take_raw_mode()

        async def fetch(page_kwargs: Mapping[str, Any]) -> AsyncPage[_I]:
            call = self._prepare(endpoint, args, page_kwargs, options)
            response = await self._transport.send(call, _aread)
            return AsyncPage(
                _parse(endpoint, response), response, paging=paging, kwargs=page_kwargs, fetch=fetch
            )

        async def first_page() -> AsyncPage[_I]:
            if not raw:
                return await fetch(kwargs)
            call = self._prepare(endpoint, args, kwargs, options)
            response = await self._transport.send(call, _aread)
            return cast(
                AsyncPage[_I],
                RawResponse(
                    response,
                    lambda: AsyncPage(
                        _parse(endpoint, response), response, paging=paging, kwargs=kwargs, fetch=fetch
                    ),
                ),
            )

        return AsyncPaginator(first_page)

    async def signed_download(
        self,
        url: str,
        *,
        timeout: TimeoutValue | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncBinaryResponse:
        """See :meth:`Runcrate.signed_download`."""
        call = self._signed(
            "GET",
            url,
            timeout=timeout,
            max_retries=max_retries,
            default_timeout=DOWNLOAD_TIMEOUT,
            error_code="download_failed",
        )
        return AsyncBinaryResponse(await self._transport.send(call, _akeep_open))

    async def download_to_file(
        self,
        url: str,
        path: str | Path,
        *,
        sha256: str | None = None,
        timeout: TimeoutValue | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Path:
        """See :meth:`Runcrate.download_to_file` (file writes run in a worker thread)."""
        call = self._signed(
            "GET",
            url,
            timeout=timeout,
            max_retries=max_retries,
            default_timeout=DOWNLOAD_TIMEOUT,
            error_code="download_failed",
        )

        return await self._transport.send(
            call, lambda response: asave_response(response, path, sha256=sha256)
        )

    async def signed_upload(
        self,
        url: str,
        source: UploadSource,
        *,
        content_type: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: TimeoutValue | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> httpx.Headers:
        """See :meth:`Runcrate.signed_upload`."""
        body = UploadBody(source)
        call = self._signed(
            "PUT",
            url,
            timeout=timeout,
            max_retries=max_retries if body.replayable else 0,
            default_timeout=UPLOAD_TIMEOUT,
            error_code="upload_failed",
            content=body.async_content(),
            headers=_upload_headers(body, content_type, headers),
        )
        response = await self._transport.send(call, _aread)
        return response.headers


def _upload_headers(
    body: UploadBody, content_type: str | None, headers: Mapping[str, str] | None
) -> dict[str, str]:
    result = {"Content-Type": content_type or "application/octet-stream"}
    if body.length is not None:
        result["Content-Length"] = str(body.length)
    result.update(headers or {})
    return result


# -- what each kind of call does with a successful response, inside the retry loop ---------------


def _read(response: httpx.Response) -> httpx.Response:
    try:
        response.read()
    finally:
        response.close()
    return response


async def _aread(response: httpx.Response) -> httpx.Response:
    try:
        await response.aread()
    finally:
        await response.aclose()
    return response


def _keep_open(response: httpx.Response) -> httpx.Response:
    return response


async def _akeep_open(response: httpx.Response) -> httpx.Response:
    return response


def _open_event_stream(response: httpx.Response) -> httpx.Response:
    if not response.headers.get("content-type", "").lower().startswith(_SSE):
        _read(response)
        _check_event_stream(response)
    return response


async def _aopen_event_stream(response: httpx.Response) -> httpx.Response:
    if not response.headers.get("content-type", "").lower().startswith(_SSE):
        await _aread(response)
        _check_event_stream(response)
    return response
