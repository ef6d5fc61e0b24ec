# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
# The checks run on whatever callers pass at run time, whatever the annotations say:
# pyright: reportUnnecessaryIsInstance=false, reportUnknownVariableType=false
# pyright: reportUnknownArgumentType=false, reportUnknownMemberType=false
"""The ``billing`` resource's plain methods, generated from the spec."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack

from runcrate._conversions import iso_date, none_if_empty
from runcrate._engine._async import AsyncResource
from runcrate._engine._sync import SyncResource
from runcrate._lazy import LazyModules
from runcrate._pagination import Paging
from runcrate._response import (
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from runcrate._types import CallOptions, request_options
from runcrate._validation import (
    invalid,
    missing,
    unexpected_keywords,
)

if TYPE_CHECKING:
    from runcrate._generated.api import billing as _billing_api
else:
    _billing_api = LazyModules("runcrate._generated.api.billing")

if TYPE_CHECKING:
    from datetime import date, datetime
    from typing import Literal

    from runcrate import AsyncPaginator, ResultList, SyncPage
    from runcrate.models import AutoRecharge, Balance, PaymentMethod, Transaction, Usage

_PATTERN_1 = re.compile(
    "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([Tt]([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]+)?([Zz]|[+-]([01][0-9]|2[0-3]):[0-5][0-9]))?$"
)
_ALLOWED_1 = frozenset({"credit", "usage", "refund", "adjustment", "debit"})
_INF = float("inf")
CREATE_TOP_UP_FIELDS = frozenset(
    ("amount_usd", "idempotency_key", "timeout", "max_retries", "extra_headers", "extra_query", "extra_body")
)
SET_AUTO_RECHARGE_FIELDS = frozenset(
    (
        "enabled",
        "threshold_usd",
        "target_usd",
        "timeout",
        "max_retries",
        "extra_headers",
        "extra_query",
        "extra_body",
    )
)


def list_transactions_arguments(fields: Mapping[str, Any]) -> dict[str, Any]:
    """``listTransactions``: the keywords of its request, converted and checked."""
    arguments: dict[str, Any] = {}
    value = fields.get("limit")
    if value is not None:
        if not isinstance(value, int) or isinstance(value, bool) or value < 1 or value > 100:
            raise invalid("limit", value, "a whole number from 1 to 100")
        arguments["limit"] = value
    value = fields.get("offset")
    if value is not None:
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise invalid("offset", value, "a whole number >= 0")
        arguments["offset"] = value
    value = fields.get("type")
    if value is not None:
        value = none_if_empty(value, "type")
    if value is not None:
        if (not isinstance(value, str) or value not in _ALLOWED_1) and (not isinstance(value, str)):
            raise invalid("type", value, "a string")
        arguments["type_"] = value
    return arguments


def get_usage_arguments(fields: Mapping[str, Any]) -> dict[str, Any]:
    """``getUsage``: the keywords of its request, converted and checked."""
    arguments: dict[str, Any] = {}
    value = fields.get("from_date")
    if value is not None:
        value = iso_date(value, "from_date")
    if value is not None:
        if not isinstance(value, str) or len(value) < 10 or _PATTERN_1.search(value) is None:
            raise invalid(
                "from_date",
                value,
                "a string of at least 10 characters matching '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([Tt]([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\\\.[0-9]+)?([Zz]|[+-]([01][0-9]|2[0-3]):[0-5][0-9]))?$'",
            )
        arguments["from_"] = value
    value = fields.get("to_date")
    if value is not None:
        value = iso_date(value, "to_date")
    if value is not None:
        if not isinstance(value, str) or len(value) < 10 or _PATTERN_1.search(value) is None:
            raise invalid(
                "to_date",
                value,
                "a string of at least 10 characters matching '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([Tt]([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\\\.[0-9]+)?([Zz]|[+-]([01][0-9]|2[0-3]):[0-5][0-9]))?$'",
            )
        arguments["to"] = value
    return arguments


def create_top_up_arguments(fields: Mapping[str, Any]) -> dict[str, Any]:
    """``createTopUp``: the keywords of its request, converted and checked."""
    arguments: dict[str, Any] = {}
    unknown = fields.keys() - CREATE_TOP_UP_FIELDS
    if unknown:
        raise unexpected_keywords(sorted(unknown), CREATE_TOP_UP_FIELDS)
    body: dict[str, Any] = {}
    value = fields.get("amount_usd")
    if value is None:
        raise missing("amount_usd", "a number from 20 to 10000")
    if (
        not isinstance(value, int | float)
        or isinstance(value, bool)
        or (value != value)
        or value in (_INF, -_INF)
        or value < 20
        or value > 10000
    ):
        raise invalid("amount_usd", value, "a number from 20 to 10000")
    body["amount_usd"] = value
    value = fields.get("idempotency_key")
    if value is None:
        raise missing("idempotency_key", "a string of 1 to 255 characters")
    if not isinstance(value, str) or len(value) < 1 or len(value) > 255:
        raise invalid("idempotency_key", value, "a string of 1 to 255 characters")
    body["idempotency_key"] = value
    arguments["body"] = body
    return arguments


def set_auto_recharge_arguments(fields: Mapping[str, Any]) -> dict[str, Any]:
    """``setAutoRecharge``: the keywords of its request, converted and checked."""
    arguments: dict[str, Any] = {}
    unknown = fields.keys() - SET_AUTO_RECHARGE_FIELDS
    if unknown:
        raise unexpected_keywords(sorted(unknown), SET_AUTO_RECHARGE_FIELDS)
    body: dict[str, Any] = {}
    value = fields.get("enabled")
    if value is None:
        raise missing("enabled", "True or False")
    if not isinstance(value, bool):
        raise invalid("enabled", value, "True or False")
    body["enabled"] = value
    value = fields.get("threshold_usd")
    if value is None:
        raise missing("threshold_usd", "a number >= 0")
    if (
        not isinstance(value, int | float)
        or isinstance(value, bool)
        or (value != value)
        or value in (_INF, -_INF)
        or value < 0
    ):
        raise invalid("threshold_usd", value, "a number >= 0")
    body["threshold_usd"] = value
    value = fields.get("target_usd")
    if value is None:
        raise missing("target_usd", "a number >= 0")
    if (
        not isinstance(value, int | float)
        or isinstance(value, bool)
        or (value != value)
        or value in (_INF, -_INF)
        or value < 0
    ):
        raise invalid("target_usd", value, "a number >= 0")
    body["target_usd"] = value
    arguments["body"] = body
    return arguments


class Billing(SyncResource):
    """Prepaid credits for the whole workspace (1 credit = 1 USD): balance and burn rate, transactions,
    inference usage, top-ups charged to the saved card, auto-recharge settings and payment methods.
    Billing settings are reserved to the Owner and Admin roles; top-ups through the API need an API
    key with the billing permission."""

    @cached_property
    def with_raw_response(self) -> BillingWithRawResponse:
        """The methods that make one HTTP call, each returning a ``RawResponse`` (status, headers, request
        id) whose ``parse()`` gives what the method returns."""
        return BillingWithRawResponse(self)

    def get_balance(
        self: SyncResource,
        **options: Unpack[CallOptions],
    ) -> Balance:
        """Get the credit balance.

        Returns the workspace's credit balance (1 credit = 1 USD), the cost of what is running now and,
        for running instances, the burn rate and how long the balance lasts. Casing is mixed:
        `creditsBalance`, `activeUsageCost` and `originalBalance` are camelCase, the runway fields
        snake_case.
        """
        return self._engine.request_data(
            _billing_api.get_balance,
            options=request_options(
                options,
            ),
        )

    def list_transactions(
        self: SyncResource,
        limit: int | None = None,
        offset: int | None = None,
        type: Literal["credit", "usage", "refund", "adjustment", "debit"] | str | None = None,
        **options: Unpack[CallOptions],
    ) -> SyncPage[Transaction]:
        """List transactions.

        Lists the workspace's billing transactions with offset pagination: ask again with `offset` +
        `limit` while `meta.hasMore` is true. Transactions may carry `projectId` and `createdAt` in
        camelCase or `project_id` and `created_at` in snake_case.

        Returns the first page (``.data``, ``.has_more``); iterating it walks every item of it and of the pages after it, fetched lazily.

        Args:
            limit: Transactions per page, 1 to 100. The server uses 50 when it is left out.
            offset: Number of transactions to skip. The server uses 0 when it is left out.
            type: Only transactions of this type (documented values `credit`, `usage`, `refund`,
                `adjustment`).
        """
        return self._engine.paginate(
            _billing_api.list_transactions,
            paging=Paging.offset(),
            options=request_options(
                options,
                parameters=(
                    "limit",
                    "offset",
                    "type",
                ),
            ),
            **list_transactions_arguments(
                {
                    "limit": limit,
                    "offset": offset,
                    "type": type,
                }
            ),
        )

    def usage(
        self: SyncResource,
        from_date: date | datetime | str | None = None,
        to_date: date | datetime | str | None = None,
        **options: Unpack[CallOptions],
    ) -> Usage:
        """Get inference usage.

        Returns inference usage totals (requests, tokens, cost) over a period; compute charges show up
        as transactions instead. Leave out both `from` and `to` for all time.

        Args:
            from_date: Start of the period: a date (`YYYY-MM-DD`) or an RFC 3339 date-time
                (`2026-11-01T00:00:00Z`).
            to_date: End of the period: a date (`YYYY-MM-DD`) or an RFC 3339 date-time
                (`2026-11-30T23:59:59Z`).
        """
        return self._engine.request_data(
            _billing_api.get_usage,
            options=request_options(
                options,
                parameters=(
                    "from_date",
                    "to_date",
                ),
            ),
            **get_usage_arguments(
                {
                    "from_date": from_date,
                    "to_date": to_date,
                }
            ),
        )

    def get_auto_recharge(
        self: SyncResource,
        **options: Unpack[CallOptions],
    ) -> AutoRecharge:
        """Get auto-recharge settings.

        Returns the workspace's automatic top-up settings and the last failure, if any.
        """
        return self._engine.request_data(
            _billing_api.get_auto_recharge,
            options=request_options(
                options,
            ),
        )

    def list_payment_methods(
        self: SyncResource,
        **options: Unpack[CallOptions],
    ) -> ResultList[PaymentMethod]:
        """List payment methods.

        Lists the workspace's saved payment methods. Cards are added in the dashboard only. Not
        paginated.
        """
        return self._engine.request_data(
            _billing_api.list_payment_methods,
            options=request_options(
                options,
            ),
        )


class BillingWithRawResponse:
    """``billing.with_raw_response``: each method returns a ``RawResponse`` whose ``parse()`` gives
    the method's own result."""

    def __init__(self, resource: Billing) -> None:
        self.get_balance = to_raw_response_wrapper(resource.get_balance)
        self.list_transactions = to_raw_response_wrapper(resource.list_transactions)
        self.usage = to_raw_response_wrapper(resource.usage)
        self.get_auto_recharge = to_raw_response_wrapper(resource.get_auto_recharge)
        self.list_payment_methods = to_raw_response_wrapper(resource.list_payment_methods)


class AsyncBilling(AsyncResource):
    """Prepaid credits for the whole workspace (1 credit = 1 USD): balance and burn rate, transactions,
    inference usage, top-ups charged to the saved card, auto-recharge settings and payment methods.
    Billing settings are reserved to the Owner and Admin roles; top-ups through the API need an API
    key with the billing permission."""

    @cached_property
    def with_raw_response(self) -> AsyncBillingWithRawResponse:
        """The methods that make one HTTP call, each returning a ``RawResponse`` (status, headers, request
        id) whose ``parse()`` gives what the method returns."""
        return AsyncBillingWithRawResponse(self)

    async def get_balance(
        self: AsyncResource,
        **options: Unpack[CallOptions],
    ) -> Balance:
        """Get the credit balance.

        Returns the workspace's credit balance (1 credit = 1 USD), the cost of what is running now and,
        for running instances, the burn rate and how long the balance lasts. Casing is mixed:
        `creditsBalance`, `activeUsageCost` and `originalBalance` are camelCase, the runway fields
        snake_case.
        """
        return await self._engine.request_data(
            _billing_api.get_balance,
            options=request_options(
                options,
            ),
        )

    def list_transactions(
        self: AsyncResource,
        limit: int | None = None,
        offset: int | None = None,
        type: Literal["credit", "usage", "refund", "adjustment", "debit"] | str | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncPaginator[Transaction]:
        """List transactions.

        Lists the workspace's billing transactions with offset pagination: ask again with `offset` +
        `limit` while `meta.hasMore` is true. Transactions may carry `projectId` and `createdAt` in
        camelCase or `project_id` and `created_at` in snake_case.

        Returns the first page (``.data``, ``.has_more``); iterating it walks every item of it and of the pages after it, fetched lazily.

        Args:
            limit: Transactions per page, 1 to 100. The server uses 50 when it is left out.
            offset: Number of transactions to skip. The server uses 0 when it is left out.
            type: Only transactions of this type (documented values `credit`, `usage`, `refund`,
                `adjustment`).
        """
        return self._engine.paginate(
            _billing_api.list_transactions,
            paging=Paging.offset(),
            options=request_options(
                options,
                parameters=(
                    "limit",
                    "offset",
                    "type",
                ),
            ),
            **list_transactions_arguments(
                {
                    "limit": limit,
                    "offset": offset,
                    "type": type,
                }
            ),
        )

    async def usage(
        self: AsyncResource,
        from_date: date | datetime | str | None = None,
        to_date: date | datetime | str | None = None,
        **options: Unpack[CallOptions],
    ) -> Usage:
        """Get inference usage.

        Returns inference usage totals (requests, tokens, cost) over a period; compute charges show up
        as transactions instead. Leave out both `from` and `to` for all time.

        Args:
            from_date: Start of the period: a date (`YYYY-MM-DD`) or an RFC 3339 date-time
                (`2026-11-01T00:00:00Z`).
            to_date: End of the period: a date (`YYYY-MM-DD`) or an RFC 3339 date-time
                (`2026-11-30T23:59:59Z`).
        """
        return await self._engine.request_data(
            _billing_api.get_usage,
            options=request_options(
                options,
                parameters=(
                    "from_date",
                    "to_date",
                ),
            ),
            **get_usage_arguments(
                {
                    "from_date": from_date,
                    "to_date": to_date,
                }
            ),
        )

    async def get_auto_recharge(
        self: AsyncResource,
        **options: Unpack[CallOptions],
    ) -> AutoRecharge:
        """Get auto-recharge settings.

        Returns the workspace's automatic top-up settings and the last failure, if any.
        """
        return await self._engine.request_data(
            _billing_api.get_auto_recharge,
            options=request_options(
                options,
            ),
        )

    async def list_payment_methods(
        self: AsyncResource,
        **options: Unpack[CallOptions],
    ) -> ResultList[PaymentMethod]:
        """List payment methods.

        Lists the workspace's saved payment methods. Cards are added in the dashboard only. Not
        paginated.
        """
        return await self._engine.request_data(
            _billing_api.list_payment_methods,
            options=request_options(
                options,
            ),
        )


class AsyncBillingWithRawResponse:
    """``billing.with_raw_response``: each method returns a ``RawResponse`` whose ``parse()`` gives
    the method's own result."""

    def __init__(self, resource: AsyncBilling) -> None:
        self.get_balance = async_to_raw_response_wrapper(resource.get_balance)
        self.list_transactions = async_to_raw_response_wrapper(resource.list_transactions)
        self.usage = async_to_raw_response_wrapper(resource.usage)
        self.get_auto_recharge = async_to_raw_response_wrapper(resource.get_auto_recharge)
        self.list_payment_methods = async_to_raw_response_wrapper(resource.list_payment_methods)
