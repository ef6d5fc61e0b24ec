# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
"""rerunJob: Run a job again"""

from collections.abc import Mapping
from typing import Any, cast

import httpx

from runcrate._json import loads as json_loads

from ...models.job_overrides import JobOverrides
from ...models.job_response import JobResponse
from ...types import UNSET, Operation, RequestParts, Unset, path_segment

OPERATION = Operation(
    id="rerunJob",
    method="POST",
    path="/jobs/{id}/rerun",
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
    id: str,
    *,
    body: JobOverrides | dict[str, Any] | Unset = UNSET,
    environment: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> RequestParts:
    """Build the ``rerunJob`` request: Run a job again

    Submits a new job from the original job's spec, with the fields in the body as overrides: a missing
    field keeps the original value, a field sent as null clears it, and `env` is merged over the
    original's environment values. Only the user who submitted the original job can reuse its stored
    environment values; anyone else must send them again. Returns the new job, whose `rerun_of` is the
    original's id.

    The server deduplicates on the `Idempotency-Key` header for 24 hours (a repeat returns the original
    result); while the first request with a key is still being processed a repeat gets 409 with
    `details.reason = idempotency_in_progress`. The route can take up to 120 seconds, so allow a client
    timeout of at least 135 seconds. Errors as for `submitJob`.

    Args:
        id (str):
        environment (str | Unset):
        idempotency_key (str | Unset):
        body (JobOverrides | Unset): Body of `rerunJob`: fields of the original job's spec to
            change; every field is optional. A field sent as null clears it (e.g. `webhook_url: null`
            removes the callback), a missing field keeps the original value. `env` is merged over the
            original's environment values, which only the user who submitted the original job can
            reuse; anyone else must send them again.
    """
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    params: dict[str, Any] = {}

    params["environment"] = environment

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestParts = {
        "method": "POST",
        "url": "/jobs/{id}/rerun".format(
            id=path_segment(id, "id"),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body if isinstance(body, dict) else body.to_dict()
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> JobResponse:
    """Parse the body of a successful response (any 2xx status; the overlay handles errors)."""
    response_201 = JobResponse.from_dict(cast("Mapping[str, Any]", json_loads(response.content)))

    return response_201
