# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
"""updateEnvironment: Update an environment"""

from collections.abc import Mapping
from typing import Any, cast

import httpx

from runcrate._json import loads as json_loads

from ...models.environment_response import EnvironmentResponse
from ...models.update_environment_request import UpdateEnvironmentRequest
from ...types import UNSET, Operation, RequestParts, Unset, path_segment

OPERATION = Operation(
    id="updateEnvironment",
    method="PATCH",
    path="/environments/{id}",
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
    body: UpdateEnvironmentRequest | dict[str, Any],
    environment: str | Unset = UNSET,
) -> RequestParts:
    """Build the ``updateEnvironment`` request: Update an environment

    Renames an environment and/or makes it the workspace's default. Send at least one field. After a
    rename, calls that select this environment by name must use the new name; a name already taken
    answers 409. The workspace always has one default environment: unsetting the flag on the default
    answers 409 (make another one the default instead). Whether `is_default: true` clears the flag on
    the other environments is unverified.

    Args:
        id (str):
        environment (str | Unset):
        body (UpdateEnvironmentRequest): The fields to change; at least one is required.
    """
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["environment"] = environment

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestParts = {
        "method": "PATCH",
        "url": "/environments/{id}".format(
            id=path_segment(id, "id"),
        ),
        "params": params,
    }

    _kwargs["json"] = body if isinstance(body, dict) else body.to_dict()
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> EnvironmentResponse:
    """Parse the body of a successful response (any 2xx status; the overlay handles errors)."""
    response_200 = EnvironmentResponse.from_dict(cast("Mapping[str, Any]", json_loads(response.content)))

    return response_200
