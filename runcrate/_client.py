"""``Runcrate`` and ``AsyncRuncrate``: configuration, the connection pool, and the resources.

Resources (``runcrate/resources``) are attached lazily and hold the client's engine
(``runcrate/_engine``), which sends every call; the clients only configure it.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Literal, Self, TypeVar, Unpack, cast

import httpx

from runcrate._client_resources import AsyncResources, SyncResources
from runcrate._config import ClientConfig, resolve_config, validate_max_retries, validate_timeout
from runcrate._engine._any_path import Server
from runcrate._engine._async import AsyncEngine
from runcrate._engine._sync import SyncEngine
from runcrate._errors import ConfigurationError
from runcrate._logging import configure_from_env
from runcrate._pool import AsyncDeferredTransport, DeferredTransport
from runcrate._transport import AsyncTransport, SyncTransport
from runcrate._types import NOT_GIVEN, CallOptions, NotGiven, TimeoutValue, request_options

if TYPE_CHECKING:
    from runcrate.resources._async.models import AsyncModels
    from runcrate.resources._sync.models import Models

__all__ = ["AsyncRuncrate", "Runcrate"]

_E = TypeVar("_E", SyncEngine, AsyncEngine)


class _ClientBase(Generic[_E]):
    """State and decisions shared by both clients (no I/O)."""

    _engine: _E
    _owns_http: bool

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
        config = self._evolved(
            environment=environment, timeout=timeout, max_retries=max_retries, default_headers=default_headers
        )
        clone._engine = self._engine.evolve(config)
        clone._owns_http = False
        return clone

    @staticmethod
    def _configure(
        *,
        api_key: str | None,
        base_url: str | httpx.URL | None,
        inference_url: str | httpx.URL | None,
        environment: str | None,
        timeout: TimeoutValue | NotGiven,
        max_retries: int | NotGiven,
        default_headers: Mapping[str, str] | None,
    ) -> ClientConfig:
        configure_from_env()
        return resolve_config(
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
            changes["default_headers"] = {**self._engine.config.default_headers, **default_headers}
        return self._engine.config._replace(**changes)

    @property
    def base_url(self) -> httpx.URL:
        """The infrastructure origin (requests go to ``<base_url>/api/v1/...``)."""
        return self._engine.config.base_url

    @property
    def inference_url(self) -> httpx.URL:
        """The inference origin (requests go to ``<inference_url>/v1/...``)."""
        return self._engine.config.inference_url

    @property
    def environment(self) -> str | None:
        """Sent as ``?environment=`` on infrastructure calls only (never to inference or signed URLs)."""
        return self._engine.config.environment

    @property
    def timeout(self) -> httpx.Timeout:
        return self._engine.config.timeout

    @property
    def max_retries(self) -> int:
        return self._engine.config.max_retries

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._engine.config!r}>"


class Runcrate(_ClientBase[SyncEngine], SyncResources):
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
        config = self._configure(
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
        http, pool = (http_client, None) if http_client is not None else _sync_http(config)
        self._engine = SyncEngine(config, http, SyncTransport(http, pool=pool))

    @cached_property
    def models(self) -> Models:
        """Inference under the official SDK's names (``chat_completion``, ``generate_image``, ...)."""
        from runcrate.resources._sync.models import Models  # noqa: PLC0415 (imported on first use)

        return Models._bound(self._engine)

    def close(self) -> None:
        """Close the connection pool (if this client created it)."""
        if self._owns_http:
            self._engine.http.close()

    # ----- API paths the SDK has no method for yet (docs/guides/any-endpoint.md) -----
    def get(
        self,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        server: Server | None = None,
        raw: bool = False,
        **options: Unpack[CallOptions],
    ) -> Any:
        """``GET`` an API path the SDK has no method for yet, sent like the SDK's own calls (key,
        environment, retries, errors).

        ``path`` is relative to its server (``/instances``) or a wire path (``/api/v1/instances``,
        ``/v1/...`` for inference); ``server`` picks the server of a relative path (by default the
        infrastructure API). Returns the JSON answer (``None`` when empty), or with ``raw=True`` a
        ``RawResponse`` (status, headers, request id; ``parse()`` gives the JSON).
        """
        return self._engine.request_path(
            "GET", path, params=params, server=server, raw=raw, options=request_options(options)
        )

    def post(
        self,
        path: str,
        *,
        json: object = None,
        params: Mapping[str, Any] | None = None,
        server: Server | None = None,
        idempotency_key: str | None = None,
        idempotent: bool = False,
        raw: bool = False,
        **options: Unpack[CallOptions],
    ) -> Any:
        """``POST`` ``json`` to an API path the SDK has no method for yet (see :meth:`get`).

        An infrastructure POST carries an ``Idempotency-Key`` (``idempotency_key``, or a new one) and is
        retried only when it provably was not acted on, unless ``idempotent=True`` says that repeating
        it is harmless (the server deduplicates it, or it changes nothing).
        """
        return self._engine.request_path(
            "POST",
            path,
            params=params,
            server=server,
            body=json,
            idempotent=idempotent,
            raw=raw,
            options=request_options(options, idempotency_key=idempotency_key),
        )

    def put(
        self,
        path: str,
        *,
        json: object = None,
        params: Mapping[str, Any] | None = None,
        server: Server | None = None,
        raw: bool = False,
        **options: Unpack[CallOptions],
    ) -> Any:
        """``PUT`` ``json`` to an API path the SDK has no method for yet (see :meth:`get`)."""
        return self._engine.request_path(
            "PUT", path, params=params, server=server, body=json, raw=raw, options=request_options(options)
        )

    def patch(
        self,
        path: str,
        *,
        json: object = None,
        params: Mapping[str, Any] | None = None,
        server: Server | None = None,
        raw: bool = False,
        **options: Unpack[CallOptions],
    ) -> Any:
        """``PATCH`` an API path the SDK has no method for yet with ``json`` (see :meth:`get`)."""
        return self._engine.request_path(
            "PATCH", path, params=params, server=server, body=json, raw=raw, options=request_options(options)
        )

    def delete(
        self,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        server: Server | None = None,
        raw: bool = False,
        **options: Unpack[CallOptions],
    ) -> Any:
        """``DELETE`` an API path the SDK has no method for yet (see :meth:`get`)."""
        return self._engine.request_path(
            "DELETE", path, params=params, server=server, raw=raw, options=request_options(options)
        )

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def _sync_http(config: ClientConfig) -> tuple[httpx.Client, DeferredTransport]:
    """The sync client's own connection pool: httpx's default transport, built on the first call,
    whose sockets keep each attempt's deadline (runcrate._deadline_backend), as do those of proxies
    httpx mounted from the environment."""
    pool = DeferredTransport(setup=_keep_deadlines)
    http = httpx.Client(transport=pool, timeout=config.timeout, follow_redirects=False)
    if vars(http).get("_mounts"):
        from runcrate._deadline_backend import install_deadline_backend  # noqa: PLC0415 (see below)

        install_deadline_backend(http)
    return http, pool


def _keep_deadlines(transport: httpx.HTTPTransport) -> None:
    # Imported with the pool: it imports httpcore, which a client that has not sent anything lacks.
    from runcrate._deadline_backend import keep_deadlines  # noqa: PLC0415

    keep_deadlines(transport)


def _async_http(
    config: ClientConfig, backend: object
) -> tuple[httpx.AsyncClient, AsyncDeferredTransport | None]:
    """The async client's own connection pool, on the chosen HTTP backend (and httpx's deferred
    transport, to build before a call's first attempt)."""
    if backend == "httpx":
        pool = AsyncDeferredTransport()
        return httpx.AsyncClient(transport=pool, timeout=config.timeout, follow_redirects=False), pool
    if backend != "aiohttp":
        raise ConfigurationError(f"http_backend must be 'httpx' or 'aiohttp', got {backend!r}.")
    try:
        from runcrate._aiohttp import AiohttpTransport  # noqa: PLC0415 (only when chosen)
    except ImportError as exc:
        raise ConfigurationError(
            "http_backend='aiohttp' needs aiohttp: pip install 'runcrate-client[aiohttp]'"
        ) from exc
    return httpx.AsyncClient(
        transport=AiohttpTransport(), timeout=config.timeout, follow_redirects=False
    ), None


class AsyncRuncrate(_ClientBase[AsyncEngine], AsyncResources):
    """The async Runcrate client: the same options, methods and behaviour as :class:`Runcrate`.

    ``http_client`` is an ``httpx.AsyncClient`` you configured; the SDK does not close it.
    ``http_backend="aiohttp"`` sends requests with aiohttp instead of httpcore (``pip install
    'runcrate-client[aiohttp]'``; asyncio only): the same behaviour for a fraction of the CPU under
    many concurrent calls (see :class:`~runcrate.AiohttpTransport`).
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
        http_backend: Literal["httpx", "aiohttp"] = "httpx",
    ) -> None:
        config = self._configure(
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
        if http_client is not None and http_backend != "httpx":
            raise ConfigurationError(
                "Pass http_backend or http_client, not both: http_backend chooses how the SDK builds "
                "its own httpx.AsyncClient (give yours an AiohttpTransport instead)."
            )
        self._owns_http = http_client is None
        http, pool = (http_client, None) if http_client is not None else _async_http(config, http_backend)
        self._engine = AsyncEngine(config, http, AsyncTransport(http, pool=pool))

    @cached_property
    def models(self) -> AsyncModels:
        """Inference under the official SDK's names (``chat_completion``, ``generate_image``, ...)."""
        from runcrate.resources._async.models import AsyncModels  # noqa: PLC0415 (imported on first use)

        return AsyncModels._bound(self._engine)

    async def close(self) -> None:
        """Close the connection pool (if this client created it)."""
        if self._owns_http:
            await self._engine.http.aclose()

    # ----- API paths the SDK has no method for yet (docs/guides/any-endpoint.md) -----
    async def get(
        self,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        server: Server | None = None,
        raw: bool = False,
        **options: Unpack[CallOptions],
    ) -> Any:
        """``GET`` an API path the SDK has no method for yet, sent like the SDK's own calls (key,
        environment, retries, errors).

        ``path`` is relative to its server (``/instances``) or a wire path (``/api/v1/instances``,
        ``/v1/...`` for inference); ``server`` picks the server of a relative path (by default the
        infrastructure API). Returns the JSON answer (``None`` when empty), or with ``raw=True`` a
        ``RawResponse`` (status, headers, request id; ``parse()`` gives the JSON).
        """
        return await self._engine.request_path(
            "GET", path, params=params, server=server, raw=raw, options=request_options(options)
        )

    async def post(
        self,
        path: str,
        *,
        json: object = None,
        params: Mapping[str, Any] | None = None,
        server: Server | None = None,
        idempotency_key: str | None = None,
        idempotent: bool = False,
        raw: bool = False,
        **options: Unpack[CallOptions],
    ) -> Any:
        """``POST`` ``json`` to an API path the SDK has no method for yet (see :meth:`get`).

        An infrastructure POST carries an ``Idempotency-Key`` (``idempotency_key``, or a new one) and is
        retried only when it provably was not acted on, unless ``idempotent=True`` says that repeating
        it is harmless (the server deduplicates it, or it changes nothing).
        """
        return await self._engine.request_path(
            "POST",
            path,
            params=params,
            server=server,
            body=json,
            idempotent=idempotent,
            raw=raw,
            options=request_options(options, idempotency_key=idempotency_key),
        )

    async def put(
        self,
        path: str,
        *,
        json: object = None,
        params: Mapping[str, Any] | None = None,
        server: Server | None = None,
        raw: bool = False,
        **options: Unpack[CallOptions],
    ) -> Any:
        """``PUT`` ``json`` to an API path the SDK has no method for yet (see :meth:`get`)."""
        return await self._engine.request_path(
            "PUT", path, params=params, server=server, body=json, raw=raw, options=request_options(options)
        )

    async def patch(
        self,
        path: str,
        *,
        json: object = None,
        params: Mapping[str, Any] | None = None,
        server: Server | None = None,
        raw: bool = False,
        **options: Unpack[CallOptions],
    ) -> Any:
        """``PATCH`` an API path the SDK has no method for yet with ``json`` (see :meth:`get`)."""
        return await self._engine.request_path(
            "PATCH", path, params=params, server=server, body=json, raw=raw, options=request_options(options)
        )

    async def delete(
        self,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        server: Server | None = None,
        raw: bool = False,
        **options: Unpack[CallOptions],
    ) -> Any:
        """``DELETE`` an API path the SDK has no method for yet (see :meth:`get`)."""
        return await self._engine.request_path(
            "DELETE", path, params=params, server=server, raw=raw, options=request_options(options)
        )

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
