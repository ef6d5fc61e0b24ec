# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
"""createStorageVolume: Create a storage volume"""

from collections.abc import Mapping
from typing import Any, cast

import httpx

from runcrate._json import loads as json_loads

from ...models.create_storage_volume_request import CreateStorageVolumeRequest
from ...models.storage_volume_response import StorageVolumeResponse
from ...types import UNSET, Operation, RequestParts, Unset

OPERATION = Operation(
    id="createStorageVolume",
    method="POST",
    path="/storage",
    server="infrastructure",
    server_url="https://www.runcrate.ai/api/v1",
    idempotent=False,
    takes_idempotency_key=True,
    streaming=False,
    binary=False,
    multipart=False,
    redirect=False,
    min_timeout=None,
)


def build_request(
    *,
    body: CreateStorageVolumeRequest | dict[str, Any],
    environment: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> RequestParts:
    """Build the ``createStorageVolume`` request: Create a storage volume

    Creates a persistent volume with the workspace's configured object-storage provider (one must be
    configured in the dashboard first). Storage costs $0.03 per GB per month, charged weekly in advance,
    so this call can answer 402. The `Idempotency-Key` header is accepted, but whether the server
    deduplicates on it for this route is unverified: after an ambiguous failure, list the volumes before
    trying again. The response has been seen in snake_case (`size_gb`, `created_at`, ...).

    Args:
        environment (str | Unset):
        idempotency_key (str | Unset):
        body (CreateStorageVolumeRequest):
    """
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    params: dict[str, Any] = {}

    params["environment"] = environment

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestParts = {
        "method": "POST",
        "url": "/storage",
        "params": params,
    }

    _kwargs["json"] = body if isinstance(body, dict) else body.to_dict()
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> StorageVolumeResponse:
    """Parse the body of a successful response (any 2xx status; the overlay handles errors)."""
    response_201 = StorageVolumeResponse.from_dict(cast("Mapping[str, Any]", json_loads(response.content)))

    return response_201
