# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
"""getInstanceStatus: Get an instance's status"""

from collections.abc import Mapping
from typing import Any, cast

import httpx

from runcrate._json import loads as json_loads

from ...models.instance_status_info_response import InstanceStatusInfoResponse
from ...types import UNSET, Operation, RequestParts, Unset, path_segment

OPERATION = Operation(
    id="getInstanceStatus",
    method="GET",
    path="/instances/{id}/status",
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
    """Build the ``getInstanceStatus`` request: Get an instance's status

    Returns only the status and IP address of an instance: a lighter call than `getInstance`, meant for
    polling until the instance is `running`.

    Args:
        id (str):
        environment (str | Unset):
    """

    params: dict[str, Any] = {}

    params["environment"] = environment

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestParts = {
        "method": "GET",
        "url": "/instances/{id}/status".format(
            id=path_segment(id, "id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> InstanceStatusInfoResponse:
    """Parse the body of a successful response (any 2xx status; the overlay handles errors)."""
    response_200 = InstanceStatusInfoResponse.from_dict(
        cast("Mapping[str, Any]", json_loads(response.content))
    )

    return response_200
