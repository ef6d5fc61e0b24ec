# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
"""createInstance: Create an instance"""

from collections.abc import Mapping
from typing import Any, cast

import httpx

from runcrate._json import loads as json_loads

from ...models.create_instance_request import CreateInstanceRequest
from ...models.instance_response import InstanceResponse
from ...types import UNSET, Operation, RequestParts, Unset

OPERATION = Operation(
    id="createInstance",
    method="POST",
    path="/instances",
    server="infrastructure",
    server_url="https://www.runcrate.ai/api/v1",
    idempotent=False,
    takes_idempotency_key=True,
    streaming=False,
    binary=False,
    multipart=False,
    redirect=False,
    min_timeout=75.0,
)


def build_request(
    *,
    body: CreateInstanceRequest | dict[str, Any],
    environment: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> RequestParts:
    """Build the ``createInstance`` request: Create an instance

    Launches a new GPU (or CPU) instance in the environment. Give exactly one of `gpu_type` (the server
    deploys the cheapest available configuration of that GPU) and `instance_type_id` (an exact offer
    from `listInstanceTypes`). The response is the new instance, usually in `creating`, `provisioning`
    or `deploying`; poll `getInstanceStatus` until it is `running`.

    A launch can take about 60 seconds, so clients should allow at least 75 seconds. The `Idempotency-
    Key` header is accepted, but whether the server deduplicates on it for this route is unverified:
    after a timeout or an ambiguous failure, list the instances to see whether the launch happened
    before trying again. A 502 with code `launch_refused` means the request itself was refused and must
    not be retried; 429 and 503 are safe to retry. A 402 means not enough credits
    (`insufficient_credits`) or the environment's monthly budget is used up (`BUDGET_REACHED`).

    Args:
        environment (str | Unset):
        idempotency_key (str | Unset):
        body (CreateInstanceRequest): Body of an instance launch. Give exactly one of `gpu_type`
            (the server deploys the cheapest available configuration of that GPU) and
            `instance_type_id` (an exact `id` from the instance-type list).
    """
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    params: dict[str, Any] = {}

    params["environment"] = environment

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestParts = {
        "method": "POST",
        "url": "/instances",
        "params": params,
    }

    _kwargs["json"] = body if isinstance(body, dict) else body.to_dict()
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> InstanceResponse:
    """Parse the body of a successful response (any 2xx status; the overlay handles errors)."""
    response_201 = InstanceResponse.from_dict(cast("Mapping[str, Any]", json_loads(response.content)))

    return response_201
