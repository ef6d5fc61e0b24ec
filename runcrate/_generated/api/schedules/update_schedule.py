# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
"""updateSchedule: Update a schedule"""

from collections.abc import Mapping
from typing import Any, cast

import httpx

from runcrate._json import loads as json_loads

from ...models.schedule_response import ScheduleResponse
from ...models.update_schedule_request import UpdateScheduleRequest
from ...types import UNSET, Operation, RequestParts, Unset, path_segment

OPERATION = Operation(
    id="updateSchedule",
    method="PATCH",
    path="/schedules/{id}",
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
    body: UpdateScheduleRequest | dict[str, Any],
    environment: str | Unset = UNSET,
) -> RequestParts:
    """Build the ``updateSchedule`` request: Update a schedule

    Changes the fields sent and keeps the others; at least one is required, and none can be set to null.
    `enabled: false` pauses the schedule and `enabled: true` resumes it from its next occurrence.
    Setting `run_at` makes the schedule a one-off and setting `cron` makes it recurring (never send
    both). `spec` replaces the whole stored spec, so environment values must be sent again. Changing the
    spec or timing, or resuming, makes the caller the user the schedule runs as.

    Args:
        id (str):
        environment (str | Unset):
        body (UpdateScheduleRequest): Body of `updateSchedule`: only the fields being changed, at
            least one. No field can be set to null. Setting `run_at` turns the schedule into a one-off
            and setting `cron` into a recurring one; do not send both.
    """
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["environment"] = environment

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestParts = {
        "method": "PATCH",
        "url": "/schedules/{id}".format(
            id=path_segment(id, "id"),
        ),
        "params": params,
    }

    _kwargs["json"] = body if isinstance(body, dict) else body.to_dict()
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> ScheduleResponse:
    """Parse the body of a successful response (any 2xx status; the overlay handles errors)."""
    response_200 = ScheduleResponse.from_dict(cast("Mapping[str, Any]", json_loads(response.content)))

    return response_200
