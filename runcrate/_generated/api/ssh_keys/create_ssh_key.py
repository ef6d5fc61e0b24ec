# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
"""createSshKey: Register an SSH key"""

from collections.abc import Mapping
from typing import Any, cast

import httpx

from runcrate._json import loads as json_loads

from ...models.create_ssh_key_request import CreateSshKeyRequest
from ...models.ssh_key_response import SSHKeyResponse
from ...types import UNSET, Operation, RequestParts, Unset

OPERATION = Operation(
    id="createSshKey",
    method="POST",
    path="/ssh-keys",
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
    body: CreateSshKeyRequest | dict[str, Any],
    environment: str | Unset = UNSET,
) -> RequestParts:
    """Build the ``createSshKey`` request: Register an SSH key

    Registers a public SSH key for the workspace; it is installed on instances created afterwards.
    Registering a key that is already registered answers 409; a malformed key answers 400 or 422. The
    call is not idempotent.

    Args:
        environment (str | Unset):
        body (CreateSshKeyRequest):
    """
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["environment"] = environment

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestParts = {
        "method": "POST",
        "url": "/ssh-keys",
        "params": params,
    }

    _kwargs["json"] = body if isinstance(body, dict) else body.to_dict()
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> SSHKeyResponse:
    """Parse the body of a successful response (any 2xx status; the overlay handles errors)."""
    response_201 = SSHKeyResponse.from_dict(cast("Mapping[str, Any]", json_loads(response.content)))

    return response_201
