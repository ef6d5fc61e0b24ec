"""Billing: balance, transactions, inference usage, top-ups, auto-recharge and payment methods."""

from __future__ import annotations

import math
import uuid
from datetime import date, datetime
from typing import Unpack

from runcrate._datetimes import to_iso
from runcrate._errors import RuncrateError
from runcrate._generated.api.billing import (
    create_top_up,
    get_auto_recharge,
    get_balance,
    get_usage,
    list_payment_methods,
    list_transactions,
    set_auto_recharge,
)
from runcrate._generated.models.auto_recharge import AutoRecharge
from runcrate._generated.models.balance import Balance
from runcrate._generated.models.create_top_up_request import CreateTopUpRequest
from runcrate._generated.models.payment_method import PaymentMethod
from runcrate._generated.models.set_auto_recharge_request import SetAutoRechargeRequest
from runcrate._generated.models.top_up import TopUp
from runcrate._generated.models.transaction import Transaction
from runcrate._generated.models.usage import Usage
from runcrate._pagination import AsyncPaginator, Paging
from runcrate._response import take_raw_mode
from runcrate._results import ResultList
from runcrate._types import CallOptions, request_options
from runcrate.resources._async._base import AsyncAPIResource, given
from runcrate.resources._async._checks import check_flag, check_whole

__all__ = ["AsyncBilling"]

_MAX_TRANSACTIONS_PER_PAGE = 100
_MAX_IDEMPOTENCY_KEY_LENGTH = 255


def _check_amount(name: str, value: object, *, positive: bool) -> None:
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not math.isfinite(value)
        or value < 0
        or (positive and value == 0)
    ):
        raise ValueError(f"{name} must be a number of USD {'> 0' if positive else '>= 0'}, got {value!r}")


def _checked_idempotency_key(key: object) -> str:
    if key is None:
        return str(uuid.uuid4())
    if (
        not isinstance(key, str)
        or not 0 < len(key) <= _MAX_IDEMPOTENCY_KEY_LENGTH
        or not key.isascii()
        or not key.isprintable()
    ):
        raise ValueError(f"idempotency_key must be 1 to 255 printable ASCII characters, got {key!r}")
    return key


class AsyncBilling(AsyncAPIResource):
    """Prepaid credits of the workspace (1 credit = 1 USD). Billing settings are for owners and admins."""

    async def get_balance(self, **options: Unpack[CallOptions]) -> Balance:
        """The credit balance (``credits_balance``), the cost of what is running now
        (``active_usage_cost``) and, for running instances, ``burn_usd_per_hour``,
        ``floating_balance_usd`` (the balance minus what they have used so far) and ``runway_hours``
        (how long that lasts; ``None`` when nothing runs).
        """
        return await self._engine.request_data(get_balance, options=request_options(options))

    def list_transactions(
        self,
        limit: int | None = None,
        offset: int | None = None,
        type: str | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncPaginator[Transaction]:
        """The workspace's transactions, ``limit`` (1-100, server default 50) from ``offset`` on.

        Returns that page (``.data``, ``.has_more``, ``.total``); iterating it walks that page and
        every following one, fetched lazily. ``type`` keeps one kind: ``credit``, ``usage``,
        ``refund``, ``adjustment`` (other values are passed through). ``amount`` is in USD (the sign
        convention of debits is not documented).
        """
        if limit is not None:
            check_whole("limit", limit, minimum=1, maximum=_MAX_TRANSACTIONS_PER_PAGE)
        if offset is not None:
            check_whole("offset", offset, minimum=0)
        return self._engine.paginate(
            list_transactions,
            paging=Paging.offset(),
            options=request_options(options),
            **given(limit=limit, offset=offset, type_=type or None),
        )

    async def usage(
        self,
        from_date: date | datetime | str | None = None,
        to_date: date | datetime | str | None = None,
        **options: Unpack[CallOptions],
    ) -> Usage:
        """Inference usage totals (requests, tokens, ``total_cost``) over a period; compute charges
        show up as transactions instead.

        ``from_date``/``to_date`` take a ``date``, a time-zone-aware ``datetime`` or an ISO 8601
        string (a date, or a date-time with a zone), and are sent as ``from``/``to``. A naive
        ``datetime`` raises ``ValueError``: which moment it means is ambiguous. Leave both out for all
        time.
        """
        bounds = {
            "from_": None if from_date is None else to_iso(from_date, name="from_date"),
            "to": None if to_date is None else to_iso(to_date, name="to_date"),
        }
        return await self._engine.request_data(get_usage, options=request_options(options), **given(**bounds))

    async def top_up(
        self, amount_usd: float, idempotency_key: str | None = None, **options: Unpack[CallOptions]
    ) -> TopUp:
        """Charge the workspace's saved card ``amount_usd`` USD and add it to the credit balance.

        The API key needs the billing permission (granted per key in the dashboard, with daily and
        monthly caps): without it, ``PermissionDeniedError``. Refusals raise
        ``InsufficientCreditsError`` with code ``TOPUP_CAP_REACHED``, ``NO_PAYMENT_METHOD`` or
        ``PAYMENT_HOLD``. The documented range is 20-10000 USD; the server decides.

        The result's ``status`` is ``succeeded`` (with ``balance_usd`` and ``invoice_number``),
        ``processing`` (it ends ``succeeded`` or ``declined``), ``requires_action`` (an owner or
        manager must confirm at ``confirm_url`` before ``expires_at``; nothing is charged until then)
        or ``declined`` (``reason``, ``message``).

        ``idempotency_key`` (a new UUID when not given) goes in the ``Idempotency-Key`` header and the
        body. A key never charges twice: the server keeps it 24 hours, and calling again with the same
        key and amount returns the top-up's **current** state, which is how a ``processing`` or
        ``requires_action`` top-up is followed. The call is retried with the same key; while a
        request with that key is still being processed the server answers 409
        ``idempotency_in_progress``, and the SDK asks again for a while before raising
        ``ConflictError``. Every ``RuncrateError`` it raises carries ``idempotency_key``, so after a
        timeout the same top-up can be sent again safely.
        """
        _check_amount("amount_usd", amount_usd, positive=True)
        key = _checked_idempotency_key(idempotency_key)
        body = CreateTopUpRequest(amount_usd=amount_usd, idempotency_key=key)
        try:
            return await self._engine.request_data(
                create_top_up, body=body, options=request_options(options, idempotency_key=key)
            )
        except RuncrateError as error:
            error.idempotency_key = key
            raise

    async def get_auto_recharge(self, **options: Unpack[CallOptions]) -> AutoRecharge:
        """The automatic top-up settings (``enabled``, ``threshold_usd``, ``target_usd``) and the
        last failure, if any (``last_failure_reason``, ``last_failure_at``)."""
        return await self._engine.request_data(get_auto_recharge, options=request_options(options))

    async def set_auto_recharge(
        self,
        enabled: bool,
        threshold_usd: float | None = None,
        target_usd: float | None = None,
        **options: Unpack[CallOptions],
    ) -> AutoRecharge:
        """Turn automatic top-ups on or off: when the balance drops below ``threshold_usd``, the saved
        card is charged to bring it back to ``target_usd``.

        Enabling needs both amounts. The API wants them when disabling too; left out there, the saved
        ones are read with :meth:`get_auto_recharge` and sent back unchanged (and if none are saved
        and auto-recharge is already off, nothing is sent and the current settings are returned).
        Repeating a call has no further effect, so it is retried like a read.
        """
        check_flag("enabled", enabled)
        for name, amount in (("threshold_usd", threshold_usd), ("target_usd", target_usd)):
            if amount is not None:
                _check_amount(name, amount, positive=False)
        if threshold_usd is None or target_usd is None:
            if enabled:
                raise ValueError("set_auto_recharge(enabled=True) needs threshold_usd and target_usd")
            if take_raw_mode():
                raise ValueError(
                    "with_raw_response.set_auto_recharge needs threshold_usd and target_usd: without "
                    "them it first reads the saved settings (two calls)"
                )
            read_options = options.copy()
            read_options.pop("extra_body", None)
            current = await self.get_auto_recharge(**read_options)
            saved_threshold = threshold_usd if threshold_usd is not None else current.threshold_usd
            saved_target = target_usd if target_usd is not None else current.target_usd
            if not isinstance(saved_threshold, int | float) or not isinstance(saved_target, int | float):
                if not current.enabled and threshold_usd is None and target_usd is None:
                    return current  # already off, with no amounts to keep: nothing to change
                raise ValueError(
                    "auto-recharge has no saved threshold_usd/target_usd to keep; pass both to disable it"
                )
            threshold_usd, target_usd = saved_threshold, saved_target
        body = SetAutoRechargeRequest(enabled=enabled, threshold_usd=threshold_usd, target_usd=target_usd)
        return await self._engine.request_data(set_auto_recharge, body=body, options=request_options(options))

    async def list_payment_methods(self, **options: Unpack[CallOptions]) -> ResultList[PaymentMethod]:
        """The workspace's saved payment methods (not paginated); cards are added in the dashboard only."""
        return await self._engine.request_data(list_payment_methods, options=request_options(options))
