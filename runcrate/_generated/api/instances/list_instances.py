# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
"""listInstances: List instances"""

from collections.abc import Mapping
from typing import Any, cast

import httpx

from runcrate._json import loads as json_loads

from ...models.instance_list_response import InstanceListResponse
from ...types import UNSET, Operation, RequestParts, Unset

OPERATION = Operation(
    id="listInstances",
    method="GET",
    path="/instances",
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
    """Build the ``listInstances`` request: List instances

    Lists the instances of the environment, optionally filtered by name. The list is not paginated; any
    `meta` in the response can be ignored.

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
        "url": "/instances",
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> InstanceListResponse:
    """Parse the body of a successful response (any 2xx status; the overlay handles errors)."""
    response_200 = InstanceListResponse.from_dict(cast("Mapping[str, Any]", json_loads(response.content)))

    return response_200
