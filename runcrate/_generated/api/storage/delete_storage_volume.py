# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
"""deleteStorageVolume: Delete a storage volume"""

from collections.abc import Mapping
from typing import Any, cast

import httpx

from runcrate._json import loads as json_loads

from ...models.storage_delete_result_response import StorageDeleteResultResponse
from ...types import UNSET, Operation, RequestParts, Unset, path_segment

OPERATION = Operation(
    id="deleteStorageVolume",
    method="DELETE",
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
    environment: str | Unset = UNSET,
) -> RequestParts:
    """Build the ``deleteStorageVolume`` request: Delete a storage volume

    Deletes a volume and its data, and refunds the unused part of the current week. Unlike most deletes,
    it answers 200 with a body that carries the refund amount. A volume still attached to a live
    instance cannot be deleted (409); terminate the instance first.

    Args:
        id (str):
        environment (str | Unset):
    """

    params: dict[str, Any] = {}

    params["environment"] = environment

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestParts = {
        "method": "DELETE",
        "url": "/storage/{id}".format(
            id=path_segment(id, "id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> StorageDeleteResultResponse:
    """Parse the body of a successful response (any 2xx status; the overlay handles errors)."""
    response_200 = StorageDeleteResultResponse.from_dict(
        cast("Mapping[str, Any]", json_loads(response.content))
    )

    return response_200
