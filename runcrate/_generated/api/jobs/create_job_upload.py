# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
"""createJobUpload: Reserve a code upload"""

from collections.abc import Mapping
from typing import Any, cast

import httpx

from runcrate._json import loads as json_loads

from ...models.create_job_upload_request import CreateJobUploadRequest
from ...models.job_upload_response import JobUploadResponse
from ...types import UNSET, Operation, RequestParts, Unset

OPERATION = Operation(
    id="createJobUpload",
    method="POST",
    path="/jobs/uploads",
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
    body: CreateJobUploadRequest | dict[str, Any],
    environment: str | Unset = UNSET,
) -> RequestParts:
    """Build the ``createJobUpload`` request: Reserve a code upload

    Reserves an upload for a `.tar.gz` code archive, to be used as `code.upload_id` in a job spec before
    `expires_at` (about 24 hours). With `sha256`, the same hash returns the same upload, so the call is
    safe to repeat.

    When the response's `url` is null there is nothing to send: a job already uses an upload with this
    hash. Otherwise PUT the raw archive bytes to `url` before `url_expires_at`: a plain HTTP PUT with
    the archive as the body, sent without `Authorization` and without the `environment` parameter (the
    URL is signed and points at object storage). Any 2xx answer means the upload succeeded. The archive
    may not be larger than `max_bytes` (at most 1 GiB).

    Args:
        environment (str | Unset):
        body (CreateJobUploadRequest): Body of `createJobUpload`.
    """
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["environment"] = environment

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestParts = {
        "method": "POST",
        "url": "/jobs/uploads",
        "params": params,
    }

    _kwargs["json"] = body if isinstance(body, dict) else body.to_dict()
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> JobUploadResponse:
    """Parse the body of a successful response (any 2xx status; the overlay handles errors)."""
    response_201 = JobUploadResponse.from_dict(cast("Mapping[str, Any]", json_loads(response.content)))

    return response_201
