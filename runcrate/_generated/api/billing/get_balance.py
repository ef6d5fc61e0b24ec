# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
"""getBalance: Get the credit balance"""

from collections.abc import Mapping
from typing import Any, cast

import httpx

from runcrate._json import loads as json_loads

from ...models.balance_response import BalanceResponse
from ...types import UNSET, Operation, RequestParts, Unset

OPERATION = Operation(
    id="getBalance",
    method="GET",
    path="/billing/balance",
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
) -> RequestParts:
    """Build the ``getBalance`` request: Get the credit balance

    Returns the workspace's credit balance (1 credit = 1 USD), the cost of what is running now and, for
    running instances, the burn rate and how long the balance lasts. Casing is mixed: `creditsBalance`,
    `activeUsageCost` and `originalBalance` are camelCase, the runway fields snake_case.

    Args:
        environment (str | Unset):
    """

    params: dict[str, Any] = {}

    params["environment"] = environment

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestParts = {
        "method": "GET",
        "url": "/billing/balance",
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> BalanceResponse:
    """Parse the body of a successful response (any 2xx status; the overlay handles errors)."""
    response_200 = BalanceResponse.from_dict(cast("Mapping[str, Any]", json_loads(response.content)))

    return response_200
