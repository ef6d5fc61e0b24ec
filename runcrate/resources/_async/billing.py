"""Billing: the generated methods, plus top-ups (one idempotency key in header and body) and the
auto-recharge switch (which keeps the saved amounts when turning it off)."""

from __future__ import annotations

import uuid
from functools import cached_property
from typing import Any, Unpack

from runcrate._generated.api.billing import create_top_up, set_auto_recharge
from runcrate._generated.models.auto_recharge import AutoRecharge
from runcrate._generated.models.top_up import TopUp
from runcrate._generated.resources import billing as generated
from runcrate._response import async_to_raw_response_wrapper, in_raw_call
from runcrate._types import CallOptions, request_options

__all__ = ["AsyncBilling", "AsyncBillingWithRawResponse"]

_KEY_HEADER = "Idempotency-Key"
_KEY_FIELD = "idempotency_key"


def _top_up_key(idempotency_key: object, options: CallOptions) -> Any:
    """The one key a top-up sends, in its ``Idempotency-Key`` header and its body alike: the caller's
    (as the argument, in ``extra_headers`` or in ``extra_body``, which must then agree) or a new one.
    The generated checks then refuse a malformed one."""
    given: dict[str, object] = {}
    if idempotency_key is not None:
        given["idempotency_key"] = idempotency_key
    for name, value in (options.get("extra_headers") or {}).items():
        if name.lower() == _KEY_HEADER.lower():
            if value is None:
                raise ValueError(
                    f"extra_headers cannot remove {name}: a top-up always sends its key (a retry "
                    "without it could charge twice)"
                )
            given[f"extra_headers[{name!r}]"] = value
    body = options.get("extra_body") or {}
    if _KEY_FIELD in body:
        given[f"extra_body[{_KEY_FIELD!r}]"] = body[_KEY_FIELD]
    keys = list(given.values())
    if any(key != keys[0] for key in keys):
        found = ", ".join(f"{where}={key!r}" for where, key in given.items())
        raise ValueError(f"a top-up sends one idempotency key in its header and its body; got {found}")
    return keys[0] if keys else str(uuid.uuid4())


class AsyncBilling(generated.AsyncBilling):
    """Prepaid credits of the workspace (1 credit = 1 USD). Billing settings are for owners and admins."""

    @cached_property
    def with_raw_response(self) -> AsyncBillingWithRawResponse:
        """The methods that make one HTTP call, each returning a ``RawResponse`` (status, headers, request
        id) whose ``parse()`` gives what the method returns."""
        return AsyncBillingWithRawResponse(self)

    async def top_up(
        self, amount_usd: float, idempotency_key: str | None = None, **options: Unpack[CallOptions]
    ) -> TopUp:
        """Charge the workspace's saved card ``amount_usd`` USD (20-10000) and add it to the credit balance.

        The API key needs the billing permission (granted per key in the dashboard, with daily and
        monthly caps): without it, ``PermissionDeniedError``. Refusals raise
        ``InsufficientCreditsError`` with code ``TOPUP_CAP_REACHED``, ``NO_PAYMENT_METHOD`` or
        ``PAYMENT_HOLD``.

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
        timeout the same top-up can be sent again safely. A key given in ``extra_headers`` or
        ``extra_body`` is the key; keys given in more than one place must agree.
        """
        key = _top_up_key(idempotency_key, options)
        arguments = generated.create_top_up_arguments({"amount_usd": amount_usd, "idempotency_key": key})
        return await self._engine.request_data(
            create_top_up, options=request_options(options, idempotency_key=key), **arguments
        )

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
        if threshold_usd is None or target_usd is None:
            if enabled is True:
                raise ValueError("set_auto_recharge(enabled=True) needs threshold_usd and target_usd")
            if in_raw_call():
                raise ValueError(
                    "with_raw_response.set_auto_recharge needs threshold_usd and target_usd: without "
                    "them it first reads the saved settings (two calls)"
                )
            # Check what was given before reading the saved amounts (0 stands in for those).
            given = {"threshold_usd": threshold_usd or 0, "target_usd": target_usd or 0}
            generated.set_auto_recharge_arguments({"enabled": enabled, **given})
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
        arguments = generated.set_auto_recharge_arguments(
            {"enabled": enabled, "threshold_usd": threshold_usd, "target_usd": target_usd}
        )
        return await self._engine.request_data(
            set_auto_recharge, options=request_options(options), **arguments
        )


class AsyncBillingWithRawResponse(generated.AsyncBillingWithRawResponse):
    def __init__(self, resource: AsyncBilling) -> None:
        super().__init__(resource)
        self.top_up = async_to_raw_response_wrapper(resource.top_up)
        self.set_auto_recharge = async_to_raw_response_wrapper(resource.set_auto_recharge)
