# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
"""runScheduleNow: Run a schedule now"""

from collections.abc import Mapping
from typing import Any, cast

import httpx

from runcrate._json import loads as json_loads

from ...models.schedule_run_response import ScheduleRunResponse
from ...types import UNSET, Operation, RequestParts, Unset, path_segment

OPERATION = Operation(
    id="runScheduleNow",
    method="POST",
    path="/schedules/{id}/run-now",
    server="infrastructure",
    server_url="https://www.runcrate.ai/api/v1",
    idempotent=False,
    takes_idempotency_key=False,
    streaming=False,
    binary=False,
    multipart=False,
    redirect=False,
    min_timeout=75.0,
)


def build_request(
    id: str,
    *,
    environment: str | Unset = UNSET,
) -> RequestParts:
    """Build the ``runScheduleNow`` request: Run a schedule now

    Launches the schedule's spec straight away, whether the schedule is paused or not; `next_run_at`
    does not change. Takes no body. Returns the schedule together with the launched instance (kind
    `instance`) or job (kind `job`).

    A launch can take about 60 seconds, so allow a client timeout of at least 75 seconds. The call takes
    no `Idempotency-Key` and every call launches again: do not repeat it after an ambiguous failure (a
    timeout or a 5xx) without checking `last_run_at` and `last_instance_id` / `last_job_id` first. 402
    `BUDGET_REACHED` means the environment's monthly budget is used up; 502 `launch_refused` means the
    launch was refused because of the spec itself and must not be retried.

    Args:
        id (str):
        environment (str | Unset):
    """

    params: dict[str, Any] = {}

    params["environment"] = environment

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestParts = {
        "method": "POST",
        "url": "/schedules/{id}/run-now".format(
            id=path_segment(id, "id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> ScheduleRunResponse:
    """Parse the body of a successful response (any 2xx status; the overlay handles errors)."""
    response_200 = ScheduleRunResponse.from_dict(cast("Mapping[str, Any]", json_loads(response.content)))

    return response_200
