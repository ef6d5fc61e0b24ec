"""``Runcrate`` and ``AsyncRuncrate``: configuration, the connection pool, and the resources.

Resources (``runcrate/resources``) are attached lazily and hold the client's engine
(``runcrate/_engine``), which sends every call; the clients only configure it.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Literal, Self, TypeVar, cast, overload

import attrs
import httpx

from runcrate._config import ClientConfig, resolve_config, validate_max_retries, validate_timeout
from runcrate._engine._async import AsyncEngine
from runcrate._engine._sync import SyncEngine
from runcrate._errors import ConfigurationError
from runcrate._logging import configure_from_env
from runcrate._transport import AsyncTransport, SyncTransport
from runcrate._types import NOT_GIVEN, NotGiven, TimeoutValue

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

_E = TypeVar("_E", SyncEngine, AsyncEngine)
_R = TypeVar("_R")


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
        engine = cast("_ClientBase[Any]", client)._engine
        resource: _R = getattr(importlib.import_module(self._module), self._name)(engine)
        client.__dict__[self._attribute] = resource
        return resource


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
        return attrs.evolve(self._engine.config, **changes)

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


class Runcrate(_ClientBase[SyncEngine]):
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
        http = http_client or httpx.Client(timeout=config.timeout, follow_redirects=False)
        self._engine = SyncEngine(config, http, SyncTransport(http))

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
            self._engine.http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def _async_http(config: ClientConfig, backend: object) -> httpx.AsyncClient:
    """The async client's own connection pool, on the chosen HTTP backend."""
    if backend == "httpx":
        return httpx.AsyncClient(timeout=config.timeout, follow_redirects=False)
    if backend != "aiohttp":
        raise ConfigurationError(f"http_backend must be 'httpx' or 'aiohttp', got {backend!r}.")
    try:
        from runcrate._aiohttp import AiohttpTransport  # noqa: PLC0415 (only when chosen)
    except ImportError as exc:
        raise ConfigurationError(
            "http_backend='aiohttp' needs aiohttp: pip install 'runcrate-client[aiohttp]'"
        ) from exc
    return httpx.AsyncClient(transport=AiohttpTransport(), timeout=config.timeout, follow_redirects=False)


class AsyncRuncrate(_ClientBase[AsyncEngine]):
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
        http = http_client or _async_http(config, http_backend)
        self._engine = AsyncEngine(config, http, AsyncTransport(http))

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
            await self._engine.http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
