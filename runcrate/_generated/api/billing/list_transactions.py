# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
"""listTransactions: List transactions"""

from collections.abc import Mapping
from typing import Any, cast

import httpx

from runcrate._json import loads as json_loads

from ...models.known_transaction_type import KnownTransactionType
from ...models.transaction_list_response import TransactionListResponse
from ...types import UNSET, Operation, RequestParts, Unset

OPERATION = Operation(
    id="listTransactions",
    method="GET",
    path="/billing/transactions",
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
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    type_: KnownTransactionType | str | Unset = UNSET,
) -> RequestParts:
    """Build the ``listTransactions`` request: List transactions

    Lists the workspace's billing transactions with offset pagination: ask again with `offset` + `limit`
    while `meta.hasMore` is true. Transactions may carry `projectId` and `createdAt` in camelCase or
    `project_id` and `created_at` in snake_case.

    Args:
        environment (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        type_ (KnownTransactionType | str | Unset): Open enum: known values are listed; accept any
            other string. `debit` has been seen in client tests besides the documented values.
    """

    params: dict[str, Any] = {}

    params["environment"] = environment

    params["limit"] = limit

    params["offset"] = offset

    json_type_: str | Unset
    if isinstance(type_, Unset):
        json_type_ = UNSET
    elif isinstance(type_, KnownTransactionType):
        json_type_ = type_.value
    else:
        json_type_ = type_
    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestParts = {
        "method": "GET",
        "url": "/billing/transactions",
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> TransactionListResponse:
    """Parse the body of a successful response (any 2xx status; the overlay handles errors)."""
    response_200 = TransactionListResponse.from_dict(cast("Mapping[str, Any]", json_loads(response.content)))

    return response_200
