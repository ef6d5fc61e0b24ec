# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
"""getVideo: Get a video job"""

from collections.abc import Mapping
from typing import Any, cast

import httpx

from runcrate._json import loads as json_loads

from ...models.video_job import VideoJob
from ...types import Operation, RequestParts, path_segment

OPERATION = Operation(
    id="getVideo",
    method="GET",
    path="/videos/{id}",
    server="inference",
    server_url="https://api.runcrate.ai/v1",
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
) -> RequestParts:
    """Build the ``getVideo`` request: Get a video job

    Returns the video job with its current status (`queued`, `processing`, `completed` or `failed`;
    other values may appear). Poll it every 5-10 s until the status is `completed` (then call
    `downloadVideo`) or `failed` (see `error`).

    Args:
        id (str):
    """

    _kwargs: RequestParts = {
        "method": "GET",
        "url": "/videos/{id}".format(
            id=path_segment(id, "id"),
        ),
    }

    return _kwargs


def parse_response(response: httpx.Response) -> VideoJob:
    """Parse the body of a successful response (any 2xx status; the overlay handles errors)."""
    response_200 = VideoJob.from_dict(cast("Mapping[str, Any]", json_loads(response.content)))

    return response_200
