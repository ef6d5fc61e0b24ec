# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
"""createEnvironment: Create an environment"""

from collections.abc import Mapping
from typing import Any, cast

import httpx

from runcrate._json import loads as json_loads

from ...models.create_environment_request import CreateEnvironmentRequest
from ...models.environment_response import EnvironmentResponse
from ...types import UNSET, Operation, RequestParts, Unset

OPERATION = Operation(
    id="createEnvironment",
    method="POST",
    path="/environments",
    server="infrastructure",
    server_url="https://www.runcrate.ai/api/v1",
    idempotent=False,
    takes_idempotency_key=False,
    streaming=False,
    binary=False,
    multipart=False,
    redirect=False,
    min_timeout=None,
)


def build_request(
    *,
    body: CreateEnvironmentRequest | dict[str, Any],
    environment: str | Unset = UNSET,
) -> RequestParts:
    """Build the ``createEnvironment`` request: Create an environment

    Creates an environment in the workspace. Names are unique within the workspace: a name already taken
    answers 409. Budgets cannot be set here (only in the dashboard). The call is not idempotent: after
    an ambiguous failure, list the environments before trying again.

    Args:
        environment (str | Unset):
        body (CreateEnvironmentRequest):
    """
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["environment"] = environment

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestParts = {
        "method": "POST",
        "url": "/environments",
        "params": params,
    }

    _kwargs["json"] = body if isinstance(body, dict) else body.to_dict()
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> EnvironmentResponse:
    """Parse the body of a successful response (any 2xx status; the overlay handles errors)."""
    response_201 = EnvironmentResponse.from_dict(cast("Mapping[str, Any]", json_loads(response.content)))

    return response_201
