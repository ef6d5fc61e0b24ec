# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
"""resizeStorageVolume: Resize a storage volume"""

from collections.abc import Mapping
from typing import Any, cast

import httpx

from runcrate._json import loads as json_loads

from ...models.resize_storage_volume_request import ResizeStorageVolumeRequest
from ...models.storage_volume_response import StorageVolumeResponse
from ...types import UNSET, Operation, RequestParts, Unset, path_segment

OPERATION = Operation(
    id="resizeStorageVolume",
    method="PATCH",
    path="/storage/{id}",
    server="infrastructure",
    server_url="https://www.runcrate.ai/api/v1",
    idempotent=True,
    takes_idempotency_key=False,
    streaming=False,
    binary=False,
    multipart=False,
    redirect=False,
    min_timeout=None,
)


def build_request(
    id: str,
    *,
    body: ResizeStorageVolumeRequest | dict[str, Any],
    environment: str | Unset = UNSET,
) -> RequestParts:
    """Build the ``resizeStorageVolume`` request: Resize a storage volume

    Changes the size of a volume. Whether a volume can shrink is not documented. The response has been
    seen in snake_case (`size_gb`, `created_at`, ...).

    Args:
        id (str):
        environment (str | Unset):
        body (ResizeStorageVolumeRequest):
    """
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["environment"] = environment

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestParts = {
        "method": "PATCH",
        "url": "/storage/{id}".format(
            id=path_segment(id, "id"),
        ),
        "params": params,
    }

    _kwargs["json"] = body if isinstance(body, dict) else body.to_dict()
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> StorageVolumeResponse:
    """Parse the body of a successful response (any 2xx status; the overlay handles errors)."""
    response_200 = StorageVolumeResponse.from_dict(cast("Mapping[str, Any]", json_loads(response.content)))

    return response_200
