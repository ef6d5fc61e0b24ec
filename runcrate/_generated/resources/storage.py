# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
# The checks run on whatever callers pass at run time, whatever the annotations say:
# pyright: reportUnnecessaryIsInstance=false, reportUnknownVariableType=false
# pyright: reportUnknownArgumentType=false, reportUnknownMemberType=false
"""The ``storage`` resource's plain methods, generated from the spec."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack

from runcrate._conversions import none_if_empty
from runcrate._engine._async import AsyncResource
from runcrate._engine._sync import SyncResource
from runcrate._lazy import LazyModules
from runcrate._response import (
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from runcrate._types import CallOptions, request_options
from runcrate._validation import (
    invalid,
    missing,
)

if TYPE_CHECKING:
    from runcrate._generated.api import storage as _storage_api
else:
    _storage_api = LazyModules("runcrate._generated.api.storage")

if TYPE_CHECKING:
    from runcrate import ResultList
    from runcrate.models import StorageRegion, StorageVolume

_PATTERN_1 = re.compile("\\S")
DELETE_STORAGE_VOLUME_FIELDS = frozenset(
    ("timeout", "max_retries", "extra_headers", "extra_query", "extra_body")
)


def list_storage_volumes_arguments(fields: Mapping[str, Any]) -> dict[str, Any]:
    """``listStorageVolumes``: the keywords of its request, converted and checked."""
    arguments: dict[str, Any] = {}
    value = fields.get("search")
    if value is not None:
        value = none_if_empty(value, "search")
    if value is not None:
        if not isinstance(value, str) or len(value) < 1:
            raise invalid("search", value, "a non-empty string")
        arguments["search"] = value
    return arguments


def create_storage_volume_arguments(fields: Mapping[str, Any]) -> dict[str, Any]:
    """``createStorageVolume``: the keywords of its request, converted and checked."""
    arguments: dict[str, Any] = {}
    body: dict[str, Any] = {}
    value = fields.get("name")
    if value is None:
        raise missing("name", "a non-blank string")
    if not isinstance(value, str) or len(value) < 1 or _PATTERN_1.search(value) is None:
        raise invalid("name", value, "a non-blank string")
    body["name"] = value
    value = fields.get("size_gb")
    if value is None:
        raise missing("size_gb", "a whole number >= 1")
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise invalid("size_gb", value, "a whole number >= 1")
    body["size_gb"] = value
    value = fields.get("region")
    if value is not None:
        value = none_if_empty(value, "region")
    if value is not None:
        if not isinstance(value, str) or len(value) < 1:
            raise invalid("region", value, "a non-empty string")
        body["region"] = value
    arguments["body"] = body
    return arguments


def resize_storage_volume_arguments(fields: Mapping[str, Any]) -> dict[str, Any]:
    """``resizeStorageVolume``: the keywords of its request, converted and checked."""
    arguments: dict[str, Any] = {}
    body: dict[str, Any] = {}
    value = fields.get("size_gb")
    if value is None:
        raise missing("size_gb", "a whole number >= 1")
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise invalid("size_gb", value, "a whole number >= 1")
    body["size_gb"] = value
    arguments["body"] = body
    return arguments


class Storage(SyncResource):
    """Persistent storage volumes in the selected environment, kept with the object-storage provider
    configured for the workspace (AWS S3, Wasabi or Backblaze B2; a provider must be configured in
    the dashboard first). Volumes are encrypted at rest and cost $0.03 per GB per month, charged
    weekly in advance; deleting a volume refunds the unused part of the week."""

    @cached_property
    def with_raw_response(self) -> StorageWithRawResponse:
        """The methods that make one HTTP call, each returning a ``RawResponse`` (status, headers, request
        id) whose ``parse()`` gives what the method returns."""
        return StorageWithRawResponse(self)

    def list(
        self: SyncResource,
        search: str | None = None,
        **options: Unpack[CallOptions],
    ) -> ResultList[StorageVolume]:
        """List storage volumes.

        Lists the storage volumes of the environment, optionally filtered by name. Not paginated.
        Volumes in this list have been seen in camelCase (`sizeGb`, `createdAt`, ...).

        Args:
            search: Only volumes whose name matches this text.
        """
        return self._engine.request_data(
            _storage_api.list_storage_volumes,
            options=request_options(
                options,
                parameters=("search",),
            ),
            **list_storage_volumes_arguments(
                {
                    "search": search,
                }
            ),
        )

    def create(
        self: SyncResource,
        name: str,
        size_gb: int,
        region: str | None = None,
        *,
        idempotency_key: str | None = None,
        **options: Unpack[CallOptions],
    ) -> StorageVolume:
        """Create a storage volume.

        Creates a persistent volume with the workspace's configured object-storage provider (one must be
        configured in the dashboard first). Storage costs $0.03 per GB per month, charged weekly in
        advance, so this call can answer 402. The `Idempotency-Key` header is accepted, but whether the
        server deduplicates on it for this route is unverified: after an ambiguous failure, list the
        volumes before trying again. The response has been seen in snake_case (`size_gb`, `created_at`,
        ...).

        Args:
            name: Name of the volume.
            size_gb: Size in GB (the server's minimum and maximum are not documented).
            region: Storage region, passed through unchanged. Clients have sent a region name (`us-
                east-1`) while volumes report a region id (`"137"`); which the server accepts is
                unverified.
        """
        return self._engine.request_data(
            _storage_api.create_storage_volume,
            options=request_options(
                options,
                idempotency_key=idempotency_key,
                parameters=(
                    "name",
                    "size_gb",
                    "region",
                ),
            ),
            **create_storage_volume_arguments(
                {
                    "name": name,
                    "size_gb": size_gb,
                    "region": region,
                }
            ),
        )

    def list_regions(
        self: SyncResource,
        **options: Unpack[CallOptions],
    ) -> ResultList[StorageRegion]:
        """List storage regions.

        Lists the regions where storage volumes can be created, with their provider. Not paginated.
        """
        return self._engine.request_data(
            _storage_api.list_storage_regions,
            options=request_options(
                options,
            ),
        )

    def get(
        self: SyncResource,
        id: str,
        **options: Unpack[CallOptions],
    ) -> StorageVolume:
        """Get a storage volume.

        Returns one storage volume. Seen in camelCase (`sizeGb`, `createdAt`, ...).

        Args:
            id: Storage volume id.
        """
        return self._engine.request_data(
            _storage_api.get_storage_volume,
            id=id,
            options=request_options(
                options,
            ),
        )

    def resize(
        self: SyncResource,
        id: str,
        size_gb: int,
        **options: Unpack[CallOptions],
    ) -> StorageVolume:
        """Resize a storage volume.

        Changes the size of a volume. Whether a volume can shrink is not documented. The response has
        been seen in snake_case (`size_gb`, `created_at`, ...).

        Args:
            id: Storage volume id.
            size_gb: New size in GB. Whether a volume can shrink is not documented.
        """
        return self._engine.request_data(
            _storage_api.resize_storage_volume,
            id=id,
            options=request_options(
                options,
                parameters=("size_gb",),
            ),
            **resize_storage_volume_arguments(
                {
                    "size_gb": size_gb,
                }
            ),
        )


class StorageWithRawResponse:
    """``storage.with_raw_response``: each method returns a ``RawResponse`` whose ``parse()`` gives
    the method's own result."""

    def __init__(self, resource: Storage) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.list_regions = to_raw_response_wrapper(resource.list_regions)
        self.get = to_raw_response_wrapper(resource.get)
        self.resize = to_raw_response_wrapper(resource.resize)


class AsyncStorage(AsyncResource):
    """Persistent storage volumes in the selected environment, kept with the object-storage provider
    configured for the workspace (AWS S3, Wasabi or Backblaze B2; a provider must be configured in
    the dashboard first). Volumes are encrypted at rest and cost $0.03 per GB per month, charged
    weekly in advance; deleting a volume refunds the unused part of the week."""

    @cached_property
    def with_raw_response(self) -> AsyncStorageWithRawResponse:
        """The methods that make one HTTP call, each returning a ``RawResponse`` (status, headers, request
        id) whose ``parse()`` gives what the method returns."""
        return AsyncStorageWithRawResponse(self)

    async def list(
        self: AsyncResource,
        search: str | None = None,
        **options: Unpack[CallOptions],
    ) -> ResultList[StorageVolume]:
        """List storage volumes.

        Lists the storage volumes of the environment, optionally filtered by name. Not paginated.
        Volumes in this list have been seen in camelCase (`sizeGb`, `createdAt`, ...).

        Args:
            search: Only volumes whose name matches this text.
        """
        return await self._engine.request_data(
            _storage_api.list_storage_volumes,
            options=request_options(
                options,
                parameters=("search",),
            ),
            **list_storage_volumes_arguments(
                {
                    "search": search,
                }
            ),
        )

    async def create(
        self: AsyncResource,
        name: str,
        size_gb: int,
        region: str | None = None,
        *,
        idempotency_key: str | None = None,
        **options: Unpack[CallOptions],
    ) -> StorageVolume:
        """Create a storage volume.

        Creates a persistent volume with the workspace's configured object-storage provider (one must be
        configured in the dashboard first). Storage costs $0.03 per GB per month, charged weekly in
        advance, so this call can answer 402. The `Idempotency-Key` header is accepted, but whether the
        server deduplicates on it for this route is unverified: after an ambiguous failure, list the
        volumes before trying again. The response has been seen in snake_case (`size_gb`, `created_at`,
        ...).

        Args:
            name: Name of the volume.
            size_gb: Size in GB (the server's minimum and maximum are not documented).
            region: Storage region, passed through unchanged. Clients have sent a region name (`us-
                east-1`) while volumes report a region id (`"137"`); which the server accepts is
                unverified.
        """
        return await self._engine.request_data(
            _storage_api.create_storage_volume,
            options=request_options(
                options,
                idempotency_key=idempotency_key,
                parameters=(
                    "name",
                    "size_gb",
                    "region",
                ),
            ),
            **create_storage_volume_arguments(
                {
                    "name": name,
                    "size_gb": size_gb,
                    "region": region,
                }
            ),
        )

    async def list_regions(
        self: AsyncResource,
        **options: Unpack[CallOptions],
    ) -> ResultList[StorageRegion]:
        """List storage regions.

        Lists the regions where storage volumes can be created, with their provider. Not paginated.
        """
        return await self._engine.request_data(
            _storage_api.list_storage_regions,
            options=request_options(
                options,
            ),
        )

    async def get(
        self: AsyncResource,
        id: str,
        **options: Unpack[CallOptions],
    ) -> StorageVolume:
        """Get a storage volume.

        Returns one storage volume. Seen in camelCase (`sizeGb`, `createdAt`, ...).

        Args:
            id: Storage volume id.
        """
        return await self._engine.request_data(
            _storage_api.get_storage_volume,
            id=id,
            options=request_options(
                options,
            ),
        )

    async def resize(
        self: AsyncResource,
        id: str,
        size_gb: int,
        **options: Unpack[CallOptions],
    ) -> StorageVolume:
        """Resize a storage volume.

        Changes the size of a volume. Whether a volume can shrink is not documented. The response has
        been seen in snake_case (`size_gb`, `created_at`, ...).

        Args:
            id: Storage volume id.
            size_gb: New size in GB. Whether a volume can shrink is not documented.
        """
        return await self._engine.request_data(
            _storage_api.resize_storage_volume,
            id=id,
            options=request_options(
                options,
                parameters=("size_gb",),
            ),
            **resize_storage_volume_arguments(
                {
                    "size_gb": size_gb,
                }
            ),
        )


class AsyncStorageWithRawResponse:
    """``storage.with_raw_response``: each method returns a ``RawResponse`` whose ``parse()`` gives
    the method's own result."""

    def __init__(self, resource: AsyncStorage) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.list_regions = async_to_raw_response_wrapper(resource.list_regions)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.resize = async_to_raw_response_wrapper(resource.resize)
