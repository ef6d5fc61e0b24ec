# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
"""getJobArtifact: Get a download link for an artifact"""

from typing import Any, cast

import httpx

from ...types import UNSET, Operation, RequestParts, Unset, path_segment, path_segments

OPERATION = Operation(
    id="getJobArtifact",
    method="GET",
    path="/jobs/{id}/artifacts/{path}",
    server="infrastructure",
    server_url="https://www.runcrate.ai/api/v1",
    idempotent=True,
    takes_idempotency_key=False,
    streaming=False,
    binary=False,
    multipart=False,
    redirect=True,
    min_timeout=None,
)


def build_request(
    id: str,
    path: str,
    *,
    environment: str | Unset = UNSET,
) -> RequestParts:
    """Build the ``getJobArtifact`` request: Get a download link for an artifact

    Answers with a redirect whose `Location` is a signed URL for the file, valid for about an hour. The
    signed URL needs no API key: fetch it with a plain GET, without `Authorization` and without the
    `environment` parameter, and do not follow the redirect with credentials attached. `Location` may be
    relative; resolve it against the request URL. The redirect status is documented as 302; treat any
    3xx with a `Location` the same way. Compare the downloaded bytes with the artifact's `sha256`.

    Args:
        id (str):
        path (str):
        environment (str | Unset):
    """

    params: dict[str, Any] = {}

    params["environment"] = environment

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestParts = {
        "method": "GET",
        "url": "/jobs/{id}/artifacts/{path}".format(
            id=path_segment(id, "job_id"),
            path=path_segments(path, "path"),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> Any:
    """Parse the body of a successful response (any 2xx status; the overlay handles errors)."""
    response_302 = cast(Any, None)
    return response_302
