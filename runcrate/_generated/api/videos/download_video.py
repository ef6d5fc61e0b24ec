# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
"""downloadVideo: Download a finished video"""

from io import BytesIO

import httpx

from ...types import File, Operation, RequestParts, path_segment

OPERATION = Operation(
    id="downloadVideo",
    method="GET",
    path="/videos/{id}/download",
    server="inference",
    server_url="https://api.runcrate.ai/v1",
    idempotent=True,
    takes_idempotency_key=False,
    streaming=False,
    binary=True,
    multipart=False,
    redirect=False,
    min_timeout=120.0,
)


def build_request(
    id: str,
) -> RequestParts:
    """Build the ``downloadVideo`` request: Download a finished video

    Returns the finished video as MP4 bytes. Works only once the job is `completed`: before that, and
    for an unknown id, the answer is 404. The body can be large; stream it to a file rather than holding
    it in memory.

    Args:
        id (str):
    """

    _kwargs: RequestParts = {
        "method": "GET",
        "url": "/videos/{id}/download".format(
            id=path_segment(id, "id"),
        ),
    }

    return _kwargs


def parse_response(response: httpx.Response) -> File:
    """Parse the body of a successful response (any 2xx status; the overlay handles errors)."""
    response_200 = File(payload=BytesIO(response.content))

    return response_200
