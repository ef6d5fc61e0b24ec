# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
"""listStorageVolumes: List storage volumes"""

from collections.abc import Mapping
from typing import Any, cast

import httpx

from runcrate._json import loads as json_loads

from ...models.storage_volume_list_response import StorageVolumeListResponse
from ...types import UNSET, Operation, RequestParts, Unset

OPERATION = Operation(
    id="listStorageVolumes",
    method="GET",
    path="/storage",
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
    *,
    environment: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> RequestParts:
    """Build the ``listStorageVolumes`` request: List storage volumes

    Lists the storage volumes of the environment, optionally filtered by name. Not paginated. Volumes in
    this list have been seen in camelCase (`sizeGb`, `createdAt`, ...).

    Args:
        environment (str | Unset):
        search (str | Unset):
    """

    params: dict[str, Any] = {}

    params["environment"] = environment

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestParts = {
        "method": "GET",
        "url": "/storage",
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> StorageVolumeListResponse:
    """Parse the body of a successful response (any 2xx status; the overlay handles errors)."""
    response_200 = StorageVolumeListResponse.from_dict(
        cast("Mapping[str, Any]", json_loads(response.content))
    )

    return response_200
