# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
"""getJobLogs: Read a job's log"""

from collections.abc import Mapping
from typing import Any, cast

import httpx

from runcrate._json import loads as json_loads

from ...models.job_logs_response import JobLogsResponse
from ...types import UNSET, Operation, RequestParts, Unset, path_segment

OPERATION = Operation(
    id="getJobLogs",
    method="GET",
    path="/jobs/{id}/logs",
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
    after: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    follow: bool | Unset = UNSET,
) -> RequestParts:
    """Build the ``getJobLogs`` request: Read a job's log

    Returns the log output after the sequence position `after`, as chunks. Send the response's `cursor`
    back as `after` to read on; reading is finished when `done` is true (the job has ended and
    everything has been read). With `follow=true` the server holds the request open for up to 25 seconds
    when there is no new output yet (a long poll). Output dropped from the stored log appears as a
    marker chunk whose `seq` and `ts` are null.

    Args:
        id (str):
        environment (str | Unset):
        after (int | Unset):
        limit (int | Unset):
        follow (bool | Unset):
    """

    params: dict[str, Any] = {}

    params["environment"] = environment

    params["after"] = after

    params["limit"] = limit

    params["follow"] = follow

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestParts = {
        "method": "GET",
        "url": "/jobs/{id}/logs".format(
            id=path_segment(id, "id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> JobLogsResponse:
    """Parse the body of a successful response (any 2xx status; the overlay handles errors)."""
    response_200 = JobLogsResponse.from_dict(cast("Mapping[str, Any]", json_loads(response.content)))

    return response_200
