# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
"""createTopUp: Top up credits"""

from collections.abc import Mapping
from typing import Any, cast

import httpx

from runcrate._json import loads as json_loads

from ...models.create_top_up_request import CreateTopUpRequest
from ...models.top_up_response import TopUpResponse
from ...types import UNSET, Operation, RequestParts, Unset

OPERATION = Operation(
    id="createTopUp",
    method="POST",
    path="/billing/topups",
    server="infrastructure",
    server_url="https://www.runcrate.ai/api/v1",
    idempotent=True,
    takes_idempotency_key=True,
    streaming=False,
    binary=False,
    multipart=False,
    redirect=False,
    min_timeout=None,
)


def build_request(
    *,
    body: CreateTopUpRequest | dict[str, Any],
    environment: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> RequestParts:
    """Build the ``createTopUp`` request: Top up credits

    Charges the workspace's saved card and adds the amount to the credit balance. The API key needs the
    billing permission (granted per key in the dashboard, with daily and monthly caps); without it the
    call answers 403. Send the same idempotency key in the `Idempotency-Key` header and in the body's
    `idempotency_key` (two different keys answer 400).

    The server deduplicates on the key for 24 hours: a key never charges twice, and repeating it returns
    the top-up's **current** state. That is how a pending top-up is followed: `processing` ends as
    `succeeded` or `declined`; `requires_action` waits for an owner or manager to confirm at
    `confirm_url` before `expires_at`. While the first request with a key is still running, a repeat
    answers 409 with `details.reason = idempotency_in_progress`; ask again after a few seconds. A 402
    carries `TOPUP_CAP_REACHED`, `NO_PAYMENT_METHOD` or `PAYMENT_HOLD`.

    Args:
        environment (str | Unset):
        idempotency_key (str | Unset):
        body (CreateTopUpRequest):
    """
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    params: dict[str, Any] = {}

    params["environment"] = environment

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestParts = {
        "method": "POST",
        "url": "/billing/topups",
        "params": params,
    }

    _kwargs["json"] = body if isinstance(body, dict) else body.to_dict()
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> TopUpResponse:
    """Parse the body of a successful response (any 2xx status; the overlay handles errors)."""
    response_200 = TopUpResponse.from_dict(cast("Mapping[str, Any]", json_loads(response.content)))

    return response_200
