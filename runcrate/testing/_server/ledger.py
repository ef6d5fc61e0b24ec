"""Credits of the fake workspace: balance, transactions, inference usage and auto-recharge.

Inference is charged request by request (the balance moves at once) and counted in the usage
totals; in the transactions it accumulates into one ``usage`` transaction per UTC day, whose
``status`` is ``accumulating`` until the day is over, then ``completed`` (the dashboard shows
such an "Accumulating" status). Other charges are a ``usage`` transaction each.

Auto-recharge acts on charges: when one takes the balance below ``threshold_usd``,
the saved card tops it back up to ``target_usd`` at once, recorded as a ``credit`` transaction
"Auto-recharge". ``FakeRuncrate.fail_next_auto_recharge`` makes the next attempt fail instead
(``last_failure_reason``/``last_failure_at``); the charge after that tries again.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from runcrate.testing._server.clock import Clock, iso

if TYPE_CHECKING:
    import threading
    from collections.abc import Callable

    from runcrate.testing._server.environment import Environment

STARTING_BALANCE_USD = 100.0
DAY_SECONDS = 86_400


@dataclass(frozen=True)
class Transaction:
    """A movement of credits. Debits carry a negative ``amount``, credits a positive one."""

    id: str
    type: str
    amount: float
    description: str
    created_at: float
    accumulating_until: float | None = None
    """For the day's inference usage: when the day ends and the amount stops growing."""

    def to_wire(self, workspace_id: str, now: float) -> dict[str, Any]:
        accumulating = self.accumulating_until is not None and now < self.accumulating_until
        # camelCase, as the API reference shows transactions
        return {
            "id": self.id,
            "projectId": workspace_id,
            "type": self.type,
            "amount": self.amount,
            "description": self.description,
            "createdAt": iso(self.created_at),
            "status": "accumulating" if accumulating else "completed",
        }


@dataclass
class AutoRecharge:
    """The auto-recharge settings and the outcome of the last failed attempt."""

    enabled: bool = False
    threshold_usd: float | None = None
    target_usd: float | None = None
    last_failure_reason: str | None = None
    last_failure_at: float | None = None
    fail_next: str | None = None  # control: the next attempt is declined with this reason

    def to_wire(self) -> dict[str, Any]:
        return {
            "enabled": self.enabled,
            "threshold_usd": self.threshold_usd,
            "target_usd": self.target_usd,
            "last_failure_reason": self.last_failure_reason,
            "last_failure_at": None if self.last_failure_at is None else iso(self.last_failure_at),
        }


@dataclass(frozen=True)
class UsageRecord:
    """One inference request, for ``GET /billing/usage``."""

    at: float
    prompt_tokens: int
    completion_tokens: int
    cost_usd: float


class Ledger:
    """The workspace's prepaid balance (1 credit = 1 USD)."""

    def __init__(self, clock: Clock, lock: threading.RLock, new_id: Callable[[str], str]) -> None:
        self._clock = clock
        self._lock = lock
        self._new_id = new_id
        self.balance_usd = 0.0
        self.transactions: list[Transaction] = []
        self.usage: list[UsageRecord] = []
        self.auto_recharge = AutoRecharge()

    def reset(self) -> None:
        self.balance_usd = 0.0
        self.transactions = []
        self.usage = []
        self.auto_recharge = AutoRecharge()
        self.credit(STARTING_BALANCE_USD, "Welcome credits")

    def _record(self, type: str, amount: float, description: str) -> None:
        txn = Transaction(self._new_id("txn"), type, round(amount, 6), description, self._clock.now())
        self.transactions.append(txn)

    def charge(self, amount_usd: float, description: str, *, environment: Environment | None = None) -> None:
        with self._lock:
            self._record("usage", -amount_usd, description)
            self._debit(amount_usd, environment)

    def _debit(self, amount_usd: float, environment: Environment | None) -> None:
        self.balance_usd = round(self.balance_usd - amount_usd, 6)
        if environment is not None:
            environment.month_to_date_usd += amount_usd
        self._recharge_if_due()

    def _recharge_if_due(self) -> None:
        rule = self.auto_recharge
        if not rule.enabled or rule.threshold_usd is None or rule.target_usd is None:
            return
        if self.balance_usd >= rule.threshold_usd:
            return
        if rule.fail_next is not None:
            rule.last_failure_reason, rule.last_failure_at = rule.fail_next, self._clock.now()
            rule.fail_next = None
            return
        self.credit(round(rule.target_usd - self.balance_usd, 6), "Auto-recharge")

    def credit(self, amount_usd: float, description: str, *, type: str = "credit") -> None:
        with self._lock:
            self.balance_usd = round(self.balance_usd + amount_usd, 6)
            self._record(type, amount_usd, description)

    def set_balance(self, amount_usd: float) -> None:
        """Move the balance to ``amount_usd`` with an ``adjustment`` transaction."""
        with self._lock:
            delta = amount_usd - self.balance_usd
            self.balance_usd = amount_usd
            self._record("adjustment", delta, "Balance adjusted by the test")

    def record_inference(
        self,
        prompt_tokens: int,
        completion_tokens: int,
        cost_usd: float,
        *,
        environment: Environment | None = None,
    ) -> None:
        """Count one inference request in the usage totals, add its cost to the day's usage
        transaction and take it from the balance (and the environment's monthly spend)."""
        with self._lock:
            now = self._clock.now()
            self.usage.append(UsageRecord(now, prompt_tokens, completion_tokens, cost_usd))
            if cost_usd:
                self._accumulate(now, cost_usd)
                self._debit(cost_usd, environment)

    def _accumulate(self, now: float, cost_usd: float) -> None:
        day_ends = (now // DAY_SECONDS + 1) * DAY_SECONDS
        for index in range(len(self.transactions) - 1, -1, -1):
            txn = self.transactions[index]
            if txn.accumulating_until == day_ends:
                self.transactions[index] = dataclasses.replace(txn, amount=round(txn.amount - cost_usd, 6))
                return
        day = iso(day_ends - DAY_SECONDS)[:10]
        txn = Transaction(
            self._new_id("txn"), "usage", round(-cost_usd, 6), f"Models API usage {day}", now, day_ends
        )
        self.transactions.append(txn)

    def usage_between(self, start: float | None, end: float | None) -> dict[str, Any]:
        with self._lock:
            records = [
                r for r in self.usage if (start is None or r.at >= start) and (end is None or r.at < end)
            ]
        prompt = sum(r.prompt_tokens for r in records)
        completion = sum(r.completion_tokens for r in records)
        return {
            "total_requests": len(records),
            "total_prompt_tokens": prompt,
            "total_completion_tokens": completion,
            "total_tokens": prompt + completion,
            "total_cost": round(sum(r.cost_usd for r in records), 6),
        }
