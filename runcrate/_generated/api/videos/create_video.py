# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
"""createVideo: Start a video generation job"""

from collections.abc import Mapping
from typing import Any, cast

import httpx

from runcrate._json import loads as json_loads

from ...models.video_create_request import VideoCreateRequest
from ...models.video_job import VideoJob
from ...types import Operation, RequestParts

OPERATION = Operation(
    id="createVideo",
    method="POST",
    path="/videos",
    server="inference",
    server_url="https://api.runcrate.ai/v1",
    idempotent=False,
    takes_idempotency_key=False,
    streaming=False,
    binary=False,
    multipart=False,
    redirect=False,
    min_timeout=120.0,
)


def build_request(
    *,
    body: VideoCreateRequest | dict[str, Any],
) -> RequestParts:
    """Build the ``createVideo`` request: Start a video generation job

    Starts an asynchronous video generation job and returns it in status `queued`. The job
    moves to `processing` and ends `completed` or `failed`; poll `getVideo` every 5-10 s (a
    video takes from about 30 s to several minutes), then fetch the file with
    `downloadVideo`. Billing is per second of video.

    `duration_seconds` takes the values the model allows; `image_url` makes it an
    image-to-video job. Other keys (e.g. `seed`, `negative_prompt`) are forwarded to the model
    unchanged. The success status is 200 in every known source; treat any 2xx as success.

    Args:
        body (VideoCreateRequest): A video generation request. Keys not listed here (e.g. `seed`,
            `negative_prompt`, `image`, `start_image`) are forwarded unchanged to the model.
    """
    headers: dict[str, Any] = {}

    _kwargs: RequestParts = {
        "method": "POST",
        "url": "/videos",
    }

    _kwargs["json"] = body if isinstance(body, dict) else body.to_dict()
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> VideoJob:
    """Parse the body of a successful response (any 2xx status; the overlay handles errors)."""
    response_200 = VideoJob.from_dict(cast("Mapping[str, Any]", json_loads(response.content)))

    return response_200
