# Generated from runcrate/resources/_async by unasync (generator/sync_twins.py). Do not edit: change the async resource and run `make generate`.
"""Persistent storage volumes: create, resize, list and delete (with the refund for the unused week)."""

from __future__ import annotations

from typing import Unpack

from runcrate._errors import InvalidResponseError
from runcrate._generated.api.storage import (
    create_storage_volume,
    delete_storage_volume,
    get_storage_volume,
    list_storage_regions,
    list_storage_volumes,
    resize_storage_volume,
)
from runcrate._generated.models.create_storage_volume_request import CreateStorageVolumeRequest
from runcrate._generated.models.resize_storage_volume_request import ResizeStorageVolumeRequest
from runcrate._generated.models.storage_delete_result import StorageDeleteResult
from runcrate._generated.models.storage_region import StorageRegion
from runcrate._generated.models.storage_volume import StorageVolume
from runcrate._results import ResultList
from runcrate._types import CallOptions, request_options
from runcrate.resources._sync._base import APIResource, given
from runcrate.resources._sync._checks import check_text, check_whole

__all__ = ["Storage"]


def _empty_body(error: InvalidResponseError) -> bool:
    """A 2xx without a body: the volume is gone, the server just did not say what was refunded."""
    response = error.response
    return 200 <= error.status_code < 300 and (response is None or not response.content.strip())


class Storage(APIResource):
    """Storage volumes in the client's environment.

    Volumes live with the object-storage provider configured for the workspace (AWS S3, Wasabi or
    Backblaze B2; one must be configured in the dashboard first) and are encrypted at rest. They cost
    $0.03 per GB per month, charged weekly in advance; when the balance reaches zero they are kept for
    a grace period but cannot be used.
    """

    def list(self, search: str | None = None, **options: Unpack[CallOptions]) -> ResultList[StorageVolume]:
        """List the storage volumes of the environment (not paginated).

        ``search`` keeps the volumes whose name matches it; an empty string matches every volume.
        """
        return self._engine.request_data(
            list_storage_volumes, options=request_options(options), **given(search=search or None)
        )

    def get(self, id: str, **options: Unpack[CallOptions]) -> StorageVolume:
        """Get one storage volume by id. Raises ``NotFoundError`` for an unknown id."""
        return self._engine.request_data(get_storage_volume, id, options=request_options(options))

    def list_regions(self, **options: Unpack[CallOptions]) -> ResultList[StorageRegion]:
        """The regions where volumes can be created, with their provider (``aws-s3``, ``wasabi``, ...)."""
        return self._engine.request_data(list_storage_regions, options=request_options(options))

    def create(
        self,
        name: str,
        size_gb: int,
        region: str | None = None,
        *,
        idempotency_key: str | None = None,
        **options: Unpack[CallOptions],
    ) -> StorageVolume:
        """Create a persistent volume of ``size_gb`` GB and charge its first week.

        ``region`` is passed through unchanged (a region name such as ``us-east-1`` or an id from
        :meth:`list_regions`); without it (or with an empty string) the server picks one. A storage
        provider must be configured in the dashboard first; otherwise the call fails with an
        ``ApiError`` whose status and code are not documented (the fake server answers
        ``BadRequestError``, code ``storage_not_configured``). Raises ``InsufficientCreditsError`` when
        the balance cannot pay the first week and ``NotFoundError`` for an unknown region.

        Every call sends an ``Idempotency-Key`` (``idempotency_key``, or a new one), the same on each
        retry. Whether the server deduplicates on it is not documented, so the create is retried only
        when the request provably was not acted on; after an ambiguous failure, :meth:`list` shows
        whether the volume exists.
        """
        check_text("name", name)
        check_whole("size_gb", size_gb, minimum=1)
        body = CreateStorageVolumeRequest.from_dict(given(name=name, size_gb=size_gb, region=region or None))
        return self._engine.request_data(
            create_storage_volume,
            body=body,
            options=request_options(options, idempotency_key=idempotency_key),
        )

    def resize(self, id: str, size_gb: int, **options: Unpack[CallOptions]) -> StorageVolume:
        """Change a volume's size to ``size_gb`` GB.

        Whether a volume can shrink is not documented; the server decides. Raises ``NotFoundError`` for
        an unknown id.
        """
        check_whole("size_gb", size_gb, minimum=1)
        return self._engine.request_data(
            resize_storage_volume,
            id,
            body=ResizeStorageVolumeRequest(size_gb=size_gb),
            options=request_options(options),
        )

    def delete(self, id: str, **options: Unpack[CallOptions]) -> StorageDeleteResult | None:
        """Delete a volume and its data; returns the server's message and ``refund_amount`` (USD).

        The unused part of the current week is refunded. Returns ``None`` if the server answers with
        an empty 2xx instead (the volume is deleted, but no refund amount was given). Raises
        ``NotFoundError`` for an unknown (or already deleted) id.
        """
        try:
            return self._engine.request_data(delete_storage_volume, id, options=request_options(options))
        except InvalidResponseError as error:
            if _empty_body(error):
                return None
            raise
