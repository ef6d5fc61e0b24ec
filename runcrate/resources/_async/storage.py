"""Persistent storage volumes: the generated methods, and a delete that tolerates an empty answer."""

from __future__ import annotations

from functools import cached_property
from typing import Unpack

from runcrate._errors import InvalidResponseError
from runcrate._generated.api.storage import delete_storage_volume
from runcrate._generated.models.storage_delete_result import StorageDeleteResult
from runcrate._generated.resources import storage as generated
from runcrate._response import async_to_raw_response_wrapper
from runcrate._types import CallOptions, request_options

__all__ = ["AsyncStorage", "AsyncStorageWithRawResponse"]


def _empty_body(error: InvalidResponseError) -> bool:
    """A 2xx without a body: the volume is gone, the server just did not say what was refunded."""
    response = error.response
    return 200 <= error.status_code < 300 and (response is None or not response.content.strip())


class AsyncStorage(generated.AsyncStorage):
    """Storage volumes in the client's environment.

    Volumes live with the object-storage provider configured for the workspace (AWS S3, Wasabi or
    Backblaze B2; one must be configured in the dashboard first) and are encrypted at rest. They cost
    $0.03 per GB per month, charged weekly in advance; when the balance reaches zero they are kept for
    a grace period but cannot be used.
    """

    @cached_property
    def with_raw_response(self) -> AsyncStorageWithRawResponse:
        """The methods that make one HTTP call, each returning a ``RawResponse`` (status, headers, request
        id) whose ``parse()`` gives what the method returns."""
        return AsyncStorageWithRawResponse(self)

    async def delete(self, id: str, **options: Unpack[CallOptions]) -> StorageDeleteResult | None:
        """Delete a volume and its data; returns the server's message and ``refund_amount`` (USD).

        The unused part of the current week is refunded. Returns ``None`` if the server answers with
        an empty 2xx instead (the volume is deleted, but no refund amount was given). Raises
        ``NotFoundError`` for an unknown (or already deleted) id.
        """
        try:
            return await self._engine.request_data(
                delete_storage_volume, id, options=request_options(options)
            )
        except InvalidResponseError as error:
            if _empty_body(error):
                return None
            raise


class AsyncStorageWithRawResponse(generated.AsyncStorageWithRawResponse):
    def __init__(self, resource: AsyncStorage) -> None:
        super().__init__(resource)
        self.delete = async_to_raw_response_wrapper(resource.delete)
