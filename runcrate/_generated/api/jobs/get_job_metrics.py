# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
"""getJobMetrics: Get a job's GPU metrics"""

from collections.abc import Mapping
from typing import Any, cast

import httpx

from runcrate._json import loads as json_loads

from ...models.job_metric_point_list_response import JobMetricPointListResponse
from ...types import UNSET, Operation, RequestParts, Unset, path_segment

OPERATION = Operation(
    id="getJobMetrics",
    method="GET",
    path="/jobs/{id}/metrics",
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
    step: int | Unset = UNSET,
) -> RequestParts:
    """Build the ``getJobMetrics`` request: Get a job's GPU metrics

    Returns the GPU use recorded while the command ran, one point per interval with one sample per GPU.
    The list is not paginated.

    Args:
        id (str):
        environment (str | Unset):
        step (int | Unset):
    """

    params: dict[str, Any] = {}

    params["environment"] = environment

    params["step"] = step

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestParts = {
        "method": "GET",
        "url": "/jobs/{id}/metrics".format(
            id=path_segment(id, "id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> JobMetricPointListResponse:
    """Parse the body of a successful response (any 2xx status; the overlay handles errors)."""
    response_200 = JobMetricPointListResponse.from_dict(
        cast("Mapping[str, Any]", json_loads(response.content))
    )

    return response_200
