# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
"""listJobArtifacts: List a job's artifacts"""

from collections.abc import Mapping
from typing import Any, cast

import httpx

from runcrate._json import loads as json_loads

from ...models.job_artifact_list_response import JobArtifactListResponse
from ...types import UNSET, Operation, RequestParts, Unset, path_segment

OPERATION = Operation(
    id="listJobArtifacts",
    method="GET",
    path="/jobs/{id}/artifacts",
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
    """Build the ``listJobArtifacts`` request: List a job's artifacts

    Lists the files the job wrote to `$RUNCRATE_OUTPUT_DIR`. They are kept for 30 days after the job
    ends. The list is not paginated; fetch a file with `getJobArtifact`.

    Args:
        id (str):
        environment (str | Unset):
    """

    params: dict[str, Any] = {}

    params["environment"] = environment

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestParts = {
        "method": "GET",
        "url": "/jobs/{id}/artifacts".format(
            id=path_segment(id, "job_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> JobArtifactListResponse:
    """Parse the body of a successful response (any 2xx status; the overlay handles errors)."""
    response_200 = JobArtifactListResponse.from_dict(cast("Mapping[str, Any]", json_loads(response.content)))

    return response_200
