# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
"""deleteJob: Delete a job"""

from typing import Any, cast

import httpx

from ...types import UNSET, Operation, RequestParts, Unset, path_segment

OPERATION = Operation(
    id="deleteJob",
    method="DELETE",
    path="/jobs/{id}",
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
    """Build the ``deleteJob`` request: Delete a job

    Deletes a finished job together with its logs and artifacts. A live job (`queued`, `starting` or
    `running`) cannot be deleted: the server answers 409; cancel it first.

    Args:
        id (str):
        environment (str | Unset):
    """

    params: dict[str, Any] = {}

    params["environment"] = environment

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestParts = {
        "method": "DELETE",
        "url": "/jobs/{id}".format(
            id=path_segment(id, "id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> Any:
    """Parse the body of a successful response (any 2xx status; the overlay handles errors)."""
    response_204 = cast(Any, None)
    return response_204
