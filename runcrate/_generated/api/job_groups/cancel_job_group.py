# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
"""cancelJobGroup: Cancel a job group"""

from collections.abc import Mapping
from typing import Any, cast

import httpx

from runcrate._json import loads as json_loads

from ...models.job_group_response import JobGroupResponse
from ...types import UNSET, Operation, RequestParts, Unset, path_segment

OPERATION = Operation(
    id="cancelJobGroup",
    method="POST",
    path="/job-groups/{id}/cancel",
    server="infrastructure",
    server_url="https://www.runcrate.ai/api/v1",
    idempotent=True,
    takes_idempotency_key=False,
    streaming=False,
    binary=False,
    multipart=False,
    redirect=False,
    min_timeout=315.0,
)


def build_request(
    id: str,
    *,
    environment: str | Unset = UNSET,
) -> RequestParts:
    """Build the ``cancelJobGroup`` request: Cancel a job group

    Cancels every live job of the group and returns the group. Takes no body. Cancelling again returns
    the same group, so the call is safe to repeat. Each machine is stopped after a final copy of its
    volume, which can take up to 300 seconds, so allow a client timeout of at least 315 seconds.

    Args:
        id (str):
        environment (str | Unset):
    """

    params: dict[str, Any] = {}

    params["environment"] = environment

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestParts = {
        "method": "POST",
        "url": "/job-groups/{id}/cancel".format(
            id=path_segment(id, "id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> JobGroupResponse:
    """Parse the body of a successful response (any 2xx status; the overlay handles errors)."""
    response_200 = JobGroupResponse.from_dict(cast("Mapping[str, Any]", json_loads(response.content)))

    return response_200
