# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
"""deleteSshKey: Delete an SSH key"""

from typing import Any, cast

import httpx

from ...types import UNSET, Operation, RequestParts, Unset, path_segment

OPERATION = Operation(
    id="deleteSshKey",
    method="DELETE",
    path="/ssh-keys/{id}",
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
    """Build the ``deleteSshKey`` request: Delete an SSH key

    Removes an SSH key from the workspace. Instances created afterwards no longer receive it.

    Args:
        id (str):
        environment (str | Unset):
    """

    params: dict[str, Any] = {}

    params["environment"] = environment

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestParts = {
        "method": "DELETE",
        "url": "/ssh-keys/{id}".format(
            id=path_segment(id, "id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> Any:
    """Parse the body of a successful response (any 2xx status; the overlay handles errors)."""
    response_204 = cast(Any, None)
    return response_204
