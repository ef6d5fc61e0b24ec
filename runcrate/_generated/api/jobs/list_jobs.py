# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
"""listJobs: List jobs"""

import datetime
from collections.abc import Mapping
from typing import Any, cast

import httpx

from runcrate._json import loads as json_loads

from ...models.job_list_response import JobListResponse
from ...types import UNSET, Operation, RequestParts, Unset

OPERATION = Operation(
    id="listJobs",
    method="GET",
    path="/jobs",
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
    *,
    environment: str | Unset = UNSET,
    status: str | Unset = UNSET,
    tag: list[str] | Unset = UNSET,
    group_id: str | Unset = UNSET,
    q: str | Unset = UNSET,
    gpu_type: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> RequestParts:
    """Build the ``listJobs`` request: List jobs

    Lists jobs, newest first, one page at a time. To read further, send `meta.cursor` back as `cursor`
    while `meta.has_more` (or `meta.hasMore`) is true; stop when it is false or missing, or when the
    cursor is empty. Filters combine.

    Args:
        environment (str | Unset):
        status (str | Unset):
        tag (list[str] | Unset):
        group_id (str | Unset):
        q (str | Unset):
        gpu_type (str | Unset):
        created_after (datetime.datetime | Unset):
        limit (int | Unset):
        cursor (str | Unset):
    """

    params: dict[str, Any] = {}

    params["environment"] = environment

    params["status"] = status

    json_tag: list[str] | Unset = UNSET
    if not isinstance(tag, Unset):
        json_tag = tag

    params["tag"] = json_tag

    params["group_id"] = group_id

    params["q"] = q

    params["gpu_type"] = gpu_type

    json_created_after: str | Unset = UNSET
    if not isinstance(created_after, Unset):
        json_created_after = created_after.isoformat()
    params["created_after"] = json_created_after

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestParts = {
        "method": "GET",
        "url": "/jobs",
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> JobListResponse:
    """Parse the body of a successful response (any 2xx status; the overlay handles errors)."""
    response_200 = JobListResponse.from_dict(cast("Mapping[str, Any]", json_loads(response.content)))

    return response_200
