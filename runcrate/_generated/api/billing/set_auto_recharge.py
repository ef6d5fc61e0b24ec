# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
"""setAutoRecharge: Set auto-recharge settings"""

from collections.abc import Mapping
from typing import Any, cast

import httpx

from runcrate._json import loads as json_loads

from ...models.auto_recharge_response import AutoRechargeResponse
from ...models.set_auto_recharge_request import SetAutoRechargeRequest
from ...types import UNSET, Operation, RequestParts, Unset

OPERATION = Operation(
    id="setAutoRecharge",
    method="PUT",
    path="/billing/auto-recharge",
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
    body: SetAutoRechargeRequest | dict[str, Any],
    environment: str | Unset = UNSET,
) -> RequestParts:
    """Build the ``setAutoRecharge`` request: Set auto-recharge settings

    Replaces the automatic top-up settings: when the balance drops below `threshold_usd`, the saved card
    is charged to bring it back to `target_usd`. All three fields are required, also when disabling
    (send the current threshold and target, from `getAutoRecharge`); when enabling, `target_usd` must be
    greater than `threshold_usd` (400 otherwise). Repeating the same call has no further effect.

    Args:
        environment (str | Unset):
        body (SetAutoRechargeRequest): The complete auto-recharge settings. All three fields are
            required, also when disabling (send the current threshold and target).
    """
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["environment"] = environment

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestParts = {
        "method": "PUT",
        "url": "/billing/auto-recharge",
        "params": params,
    }

    _kwargs["json"] = body if isinstance(body, dict) else body.to_dict()
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> AutoRechargeResponse:
    """Parse the body of a successful response (any 2xx status; the overlay handles errors)."""
    response_200 = AutoRechargeResponse.from_dict(cast("Mapping[str, Any]", json_loads(response.content)))

    return response_200
