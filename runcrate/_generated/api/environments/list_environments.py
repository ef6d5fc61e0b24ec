# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
"""listEnvironments: List environments"""

from collections.abc import Mapping
from typing import Any, cast

import httpx

from runcrate._json import loads as json_loads

from ...models.environment_list_response import EnvironmentListResponse
from ...types import UNSET, Operation, RequestParts, Unset

OPERATION = Operation(
    id="listEnvironments",
    method="GET",
    path="/environments",
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
) -> RequestParts:
    """Build the ``listEnvironments`` request: List environments

    Lists the environments of the workspace, with their budgets. Not paginated.

    Args:
        environment (str | Unset):
    """

    params: dict[str, Any] = {}

    params["environment"] = environment

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestParts = {
        "method": "GET",
        "url": "/environments",
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> EnvironmentListResponse:
    """Parse the body of a successful response (any 2xx status; the overlay handles errors)."""
    response_200 = EnvironmentListResponse.from_dict(cast("Mapping[str, Any]", json_loads(response.content)))

    return response_200
