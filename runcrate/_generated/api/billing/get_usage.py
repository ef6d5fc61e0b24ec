# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
"""getUsage: Get inference usage"""

from collections.abc import Mapping
from typing import Any, cast

import httpx

from runcrate._json import loads as json_loads

from ...models.usage_response import UsageResponse
from ...types import UNSET, Operation, RequestParts, Unset

OPERATION = Operation(
    id="getUsage",
    method="GET",
    path="/billing/usage",
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
    *,
    environment: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
) -> RequestParts:
    """Build the ``getUsage`` request: Get inference usage

    Returns inference usage totals (requests, tokens, cost) over a period; compute charges show up as
    transactions instead. Leave out both `from` and `to` for all time.

    Args:
        environment (str | Unset):
        from_ (str | Unset):
        to (str | Unset):
    """

    params: dict[str, Any] = {}

    params["environment"] = environment

    params["from"] = from_

    params["to"] = to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestParts = {
        "method": "GET",
        "url": "/billing/usage",
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> UsageResponse:
    """Parse the body of a successful response (any 2xx status; the overlay handles errors)."""
    response_200 = UsageResponse.from_dict(cast("Mapping[str, Any]", json_loads(response.content)))

    return response_200
