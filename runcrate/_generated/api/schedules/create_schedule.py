# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
"""createSchedule: Create a schedule"""

from collections.abc import Mapping
from typing import Any, cast

import httpx

from runcrate._json import loads as json_loads

from ...models.create_schedule_request import CreateScheduleRequest
from ...models.schedule_response import ScheduleResponse
from ...types import UNSET, Operation, RequestParts, Unset

OPERATION = Operation(
    id="createSchedule",
    method="POST",
    path="/schedules",
    server="infrastructure",
    server_url="https://www.runcrate.ai/api/v1",
    idempotent=False,
    takes_idempotency_key=True,
    streaming=False,
    binary=False,
    multipart=False,
    redirect=False,
    min_timeout=None,
)


def build_request(
    *,
    body: CreateScheduleRequest | dict[str, Any],
    environment: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> RequestParts:
    """Build the ``createSchedule`` request: Create a schedule

    Creates a schedule that launches an instance (`kind: instance`) or a job (`kind: job`) from the
    stored `spec`, once at `run_at` or repeatedly on `cron`. Give exactly one of the two. The spec is
    exactly the body of `createInstance` or `submitJob` and must include `max_runtime_minutes`. `run_at`
    can be at most 365 days ahead and recurring runs must be at least 15 minutes apart; the server
    answers 422 otherwise. Each run launches as the user who created the schedule (see `run_as`).

    An environment holds at most 50 schedules and a workspace 200; over the limit the server answers 409
    or 422. The server accepts an `Idempotency-Key` header, but whether it deduplicates creates on it is
    not confirmed, so after an ambiguous failure look for the schedule with `listSchedules` before
    creating it again.

    Args:
        environment (str | Unset):
        idempotency_key (str | Unset):
        body (CreateScheduleRequest): Body of `createSchedule`. Exactly one of `run_at` (a one-off
            schedule) and `cron` (a recurring one) must be given. Leave out fields you do not set.
    """
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    params: dict[str, Any] = {}

    params["environment"] = environment

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestParts = {
        "method": "POST",
        "url": "/schedules",
        "params": params,
    }

    _kwargs["json"] = body if isinstance(body, dict) else body.to_dict()
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> ScheduleResponse:
    """Parse the body of a successful response (any 2xx status; the overlay handles errors)."""
    response_201 = ScheduleResponse.from_dict(cast("Mapping[str, Any]", json_loads(response.content)))

    return response_201
