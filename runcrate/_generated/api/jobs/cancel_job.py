# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
"""cancelJob: Cancel a job"""

from collections.abc import Mapping
from typing import Any, cast

import httpx

from runcrate._json import loads as json_loads

from ...models.job_response import JobResponse
from ...types import UNSET, Operation, RequestParts, Unset, path_segment

OPERATION = Operation(
    id="cancelJob",
    method="POST",
    path="/jobs/{id}/cancel",
    server="infrastructure",
    server_url="https://www.runcrate.ai/api/v1",
    idempotent=True,
    takes_idempotency_key=False,
    streaming=False,
    binary=False,
    multipart=False,
    redirect=False,
    min_timeout=135.0,
)


def build_request(
    id: str,
    *,
    environment: str | Unset = UNSET,
) -> RequestParts:
    """Build the ``cancelJob`` request: Cancel a job

    Cancels a live job and stops its machine. Takes no body and returns the job with status `cancelled`.
    Cancelling a job that is already cancelled returns it unchanged, so the call is safe to repeat; a
    job that already ended some other way (succeeded, failed, timed out) gets 409. The route can take up
    to 120 seconds, so allow a client timeout of at least 135 seconds.

    Args:
        id (str):
        environment (str | Unset):
    """

    params: dict[str, Any] = {}

    params["environment"] = environment

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestParts = {
        "method": "POST",
        "url": "/jobs/{id}/cancel".format(
            id=path_segment(id, "id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> JobResponse:
    """Parse the body of a successful response (any 2xx status; the overlay handles errors)."""
    response_200 = JobResponse.from_dict(cast("Mapping[str, Any]", json_loads(response.content)))

    return response_200
