# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
"""listInstanceTypes: List instance types"""

from collections.abc import Mapping
from typing import Any, cast

import httpx

from runcrate._json import loads as json_loads

from ...models.instance_type_list_response import InstanceTypeListResponse
from ...types import UNSET, Operation, RequestParts, Unset

OPERATION = Operation(
    id="listInstanceTypes",
    method="GET",
    path="/instances/types",
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
    gpu_type: str | Unset = UNSET,
    region: str | Unset = UNSET,
    gpu_count: int | Unset = UNSET,
) -> RequestParts:
    """Build the ``listInstanceTypes`` request: List instance types

    Lists the GPU / count / region combinations that can be launched right now, with their hourly
    prices. This is the source of regions and prices; pass an entry's `id` as `instance_type_id` to
    `createInstance`. Not paginated (the response may carry `meta.total`).

    Args:
        environment (str | Unset):
        gpu_type (str | Unset):
        region (str | Unset):
        gpu_count (int | Unset):
    """

    params: dict[str, Any] = {}

    params["environment"] = environment

    params["gpu_type"] = gpu_type

    params["region"] = region

    params["gpu_count"] = gpu_count

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestParts = {
        "method": "GET",
        "url": "/instances/types",
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> InstanceTypeListResponse:
    """Parse the body of a successful response (any 2xx status; the overlay handles errors)."""
    response_200 = InstanceTypeListResponse.from_dict(cast("Mapping[str, Any]", json_loads(response.content)))

    return response_200
