# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
"""submitJob: Run a job or a job group"""

from collections.abc import Mapping
from typing import Any, cast

import httpx

from runcrate._json import loads as json_loads

from ...models.job_group_spec import JobGroupSpec
from ...models.job_response import JobResponse
from ...models.submitted_job_group_response import SubmittedJobGroupResponse
from ...types import UNSET, Operation, RequestParts, Unset

OPERATION = Operation(
    id="submitJob",
    method="POST",
    path="/jobs",
    server="infrastructure",
    server_url="https://www.runcrate.ai/api/v1",
    idempotent=True,
    takes_idempotency_key=True,
    streaming=False,
    binary=False,
    multipart=False,
    redirect=False,
    min_timeout=135.0,
)


def build_request(
    *,
    body: JobGroupSpec | dict[str, Any],
    environment: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> RequestParts:
    """Build the ``submitJob`` request: Run a job or a job group

    Submits one job (a `JobSpec` body) or a job group (a `JobGroupSpec` body: the server treats any body
    with `count` or `params` as a group). A job runs `command` on a fresh machine of the first available
    `gpu_type` candidate, waiting up to `capacity_wait_minutes` for capacity; the machine stops when the
    command ends. The response is the new `Job`, or for a group the `SubmittedJobGroup` with its jobs.
    It is the only response that carries `webhook_secret`.

    The server deduplicates on the `Idempotency-Key` header for 24 hours: repeating a request with the
    same key returns the original result instead of submitting again, so send one key per logical submit
    and reuse it on every retry. While the first request with a key is still being processed, a repeat
    gets 409 with `details.reason = idempotency_in_progress`; ask again after a few seconds. The route
    can take up to 120 seconds, so allow a client timeout of at least 135 seconds.

    Errors: 402 `BUDGET_REACHED` (the environment's monthly budget is used up) or
    `insufficient_credits`; 422 for bad spec values; 502 `launch_refused` when the launch was refused
    because of the spec itself (do not retry).

    Args:
        environment (str | Unset):
        idempotency_key (str | Unset):
        body (JobGroupSpec): What to run as a job group: a job spec plus exactly one of `count`
            (that many identical jobs) and `params` (one job per entry). The server treats any body
            with `count` or `params` as a group.
    """
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    params: dict[str, Any] = {}

    params["environment"] = environment

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestParts = {
        "method": "POST",
        "url": "/jobs",
        "params": params,
    }

    _kwargs["json"] = body if isinstance(body, dict) else body.to_dict()
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> JobResponse | SubmittedJobGroupResponse:
    """Parse the body of a successful response (any 2xx status; the overlay handles errors)."""

    def _parse_response_201(data: object) -> JobResponse | SubmittedJobGroupResponse:
        if isinstance(data, dict):
            try:
                response_201_type_0 = JobResponse.from_dict(cast("Mapping[str, Any]", data))

                return response_201_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        if not isinstance(data, dict):
            raise TypeError()
        response_201_type_1 = SubmittedJobGroupResponse.from_dict(cast("Mapping[str, Any]", data))

        return response_201_type_1

    response_201 = _parse_response_201(json_loads(response.content))

    return response_201
