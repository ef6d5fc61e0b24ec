# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
"""updateInstance: Change an instance's auto-stop limits"""

from collections.abc import Mapping
from typing import Any, cast

import httpx

from runcrate._json import loads as json_loads

from ...models.instance_response import InstanceResponse
from ...models.update_instance_request import UpdateInstanceRequest
from ...types import UNSET, Operation, RequestParts, Unset, path_segment

OPERATION = Operation(
    id="updateInstance",
    method="PATCH",
    path="/instances/{id}",
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
    body: UpdateInstanceRequest | dict[str, Any],
    environment: str | Unset = UNSET,
) -> RequestParts:
    """Build the ``updateInstance`` request: Change an instance's auto-stop limits

    Changes the runtime limit and/or the idle-shutdown limit of a live instance. Send only the fields to
    change: a missing field keeps its value and an explicit `null` turns that limit off; at least one
    field is required. `max_runtime_minutes` counts the total time since the instance started running,
    and a change never stops the instance sooner than 2 minutes from now. The path accepts the instance
    id or its unique name. Returns the instance with its new `auto_stop_at`. A 409 means the instance
    cannot take the change (it is not live, has no GPU, or predates idle stop); a 422 means a value is
    out of range. Repeating the same update has no further effect.

    Args:
        id (str):
        environment (str | Unset):
        body (UpdateInstanceRequest): The auto-stop limits to change. Leave a field out to keep
            its value; send `null` to turn the limit off. At least one field is required.
    """
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["environment"] = environment

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestParts = {
        "method": "PATCH",
        "url": "/instances/{id}".format(
            id=path_segment(id, "id"),
        ),
        "params": params,
    }

    _kwargs["json"] = body if isinstance(body, dict) else body.to_dict()
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> InstanceResponse:
    """Parse the body of a successful response (any 2xx status; the overlay handles errors)."""
    response_200 = InstanceResponse.from_dict(cast("Mapping[str, Any]", json_loads(response.content)))

    return response_200
