"""Billing: balance, transactions, inference usage, top-ups, auto-recharge and payment methods.

Auto-recharge itself acts in the workspace's ledger, on every charge.

Top-ups are keyed by their idempotency key (header, or ``idempotency_key`` in the body): the
same key never charges twice and answers with the top-up's current state. A new top-up
succeeds at once unless the test queued another outcome with ``FakeRuncrate.next_top_up``:
``processing`` (succeeds 10 fake seconds later), ``requires_action`` (waits for
``confirm_top_up`` until ``expires_at``, then is declined), ``declined``, or a refusal code
(``TOPUP_CAP_REACHED``, ``NO_PAYMENT_METHOD``, ``PAYMENT_HOLD``: 402, nothing stored).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from runcrate.testing._infra.instances import InstanceStore
from runcrate.testing._infra.requests import bad_request
from runcrate.testing._server.clock import iso
from runcrate.testing._server.http import ApiProblem, invalid

if TYPE_CHECKING:
    from runcrate.testing._server.world import World

TOPUP_RANGE = (20.0, 10000.0)
PROCESSING_SECONDS = 10.0
CONFIRM_WINDOW_SECONDS = 24 * 3600.0
OUTCOMES = ("succeeded", "processing", "requires_action", "declined")
REFUSALS = ("TOPUP_CAP_REACHED", "NO_PAYMENT_METHOD", "PAYMENT_HOLD")
DECLINE_MESSAGES = {
    "card_declined": "The card was declined.",
    "payment_blocked": "The payment was blocked by the card issuer.",
    "authentication_required": "The payment was not confirmed in time.",
}


@dataclass
class TopUp:
    id: str
    idempotency_key: str
    amount_usd: float
    status: str
    created_at: float
    invoice_number: str | None = None
    balance_usd: float | None = None
    expires_at: float | None = None
    reason: str | None = None

    def to_wire(self) -> dict[str, Any]:
        waiting = self.status == "requires_action"
        return {
            "id": self.id,
            "status": self.status,
            "amount_usd": self.amount_usd,
            "idempotency_key": self.idempotency_key,
            "invoice_number": self.invoice_number,
            "balance_usd": self.balance_usd,
            "confirm_url": f"https://www.runcrate.ai/dashboard/billing/confirm/{self.id}"
            if waiting
            else None,
            "expires_at": iso(self.expires_at) if waiting and self.expires_at is not None else None,
            "reason": self.reason,
            "message": DECLINE_MESSAGES.get(self.reason or "") if self.status == "declined" else None,
            "created_at": iso(self.created_at),
        }


class Billing:
    """Top-ups, queued outcomes and auto-recharge settings."""

    COMPONENT: ClassVar[str] = "billing"

    def __init__(self, world: World) -> None:
        self._world = world
        self.top_ups: dict[str, TopUp] = {}
        self.outcomes: list[tuple[str, str | None]] = []
        self.reset()

    def reset(self) -> None:
        self.top_ups = {}
        self.outcomes = []

    def queue_outcome(self, status: str, *, reason: str | None = None) -> None:
        if status not in OUTCOMES + REFUSALS:
            raise ValueError(f"status must be one of {OUTCOMES + REFUSALS}, got {status!r}")
        self.outcomes.append((status, reason))

    def confirm(self, key: str, *, succeed: bool) -> None:
        top_up = self.top_ups[key]
        if top_up.status not in ("processing", "requires_action"):
            raise ValueError(f"top-up {key!r} is already {top_up.status}")
        self._finish(top_up, succeed=succeed, reason=None if succeed else "card_declined")

    def _finish(self, top_up: TopUp, *, succeed: bool, reason: str | None) -> None:
        with self._world.lock:
            if succeed:
                self._world.ledger.credit(top_up.amount_usd, f"Top-up {top_up.id}")
                top_up.status = "succeeded"
                top_up.invoice_number = f"INV-{top_up.id.rsplit('_', 1)[-1]}"
                top_up.balance_usd = self._world.balance_usd
            else:
                top_up.status, top_up.reason = "declined", reason or "card_declined"

    def _refresh(self, top_up: TopUp) -> None:
        now = self._world.clock.now()
        if top_up.status == "processing" and now >= top_up.created_at + PROCESSING_SECONDS:
            self._finish(top_up, succeed=True, reason=None)
        elif (
            top_up.status == "requires_action" and top_up.expires_at is not None and now >= top_up.expires_at
        ):
            self._finish(top_up, succeed=False, reason="authentication_required")

    def top_up_request(self, header_key: str | None, body: dict[str, Any], *, permitted: bool) -> TopUp:
        """A top-up as the API takes it: keyed by the ``Idempotency-Key`` header and the body's
        ``idempotency_key`` (equal when both are sent), refused without the billing permission."""
        body_key = body.get("idempotency_key")
        if header_key is not None and body_key is not None and header_key != body_key:
            raise bad_request("The Idempotency-Key header and idempotency_key differ")
        key = header_key or body_key
        if not isinstance(key, str) or not key:
            raise bad_request("An idempotency key is required (Idempotency-Key header and idempotency_key)")
        self._world.idempotency.check_held(key)
        if not permitted:
            raise ApiProblem(403, "forbidden", "This API key lacks the billing permission")
        return self.top_up(key, body.get("amount_usd"))

    def top_up(self, key: str, amount: Any) -> TopUp:
        with self._world.lock:
            existing = self.top_ups.get(key)
            if existing is not None:
                self._refresh(existing)
                return existing
            if isinstance(amount, bool) or not isinstance(amount, int | float):
                raise invalid("amount_usd", "must be a number")
            if not TOPUP_RANGE[0] <= amount <= TOPUP_RANGE[1]:
                raise invalid("amount_usd", f"must be between {TOPUP_RANGE[0]:g} and {TOPUP_RANGE[1]:g}")
            status, reason = self.outcomes.pop(0) if self.outcomes else ("succeeded", None)
            if status in REFUSALS:
                raise ApiProblem(402, status, f"The top-up was refused ({status})")
            now = self._world.clock.now()
            top_up = TopUp(self._world.new_id("topup"), key, float(amount), status, now)
            self.top_ups[key] = top_up
            if status == "succeeded":
                self._finish(top_up, succeed=True, reason=None)
            elif status == "declined":
                top_up.reason = reason or "card_declined"
            elif status == "requires_action":
                top_up.expires_at = now + CONFIRM_WINDOW_SECONDS
            return top_up

    def set_auto_recharge(self, body: dict[str, Any]) -> dict[str, Any]:
        enabled, threshold, target = body.get("enabled"), body.get("threshold_usd"), body.get("target_usd")
        if not isinstance(enabled, bool):
            raise invalid("enabled", "must be a boolean")
        threshold, target = _amount("threshold_usd", threshold), _amount("target_usd", target)
        if enabled and target <= threshold:
            raise bad_request("target_usd must be greater than threshold_usd")
        with self._world.lock:
            rule = self._world.ledger.auto_recharge
            rule.enabled, rule.threshold_usd, rule.target_usd = enabled, threshold, target
            return rule.to_wire()


def _amount(name: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise invalid(name, "must be a number >= 0")
    return float(value)


def balance(world: World) -> dict[str, Any]:
    """The balance, what running instances have cost so far and how long the credits last."""
    world.settle()
    now = world.clock.now()
    running = world.get(InstanceStore).running()
    active = sum(i.cost_until(now) for i in running)
    burn = sum(i.cost_per_hour for i in running)
    credited = sum(t.amount for t in world.ledger.transactions if t.type == "credit")
    floating = world.balance_usd - active
    return {
        "creditsBalance": round(world.balance_usd, 2),
        "activeUsageCost": round(active, 2),
        "originalBalance": round(credited, 2),
        "floating_balance_usd": round(floating, 2),
        "burn_usd_per_hour": round(burn, 4),
        "runway_hours": round(max(floating, 0.0) / burn, 2) if burn else None,
    }


def transactions_page(
    world: World, kind: str | None, limit: int, offset: int
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Newest first, of one ``type`` or all, and the page's ``meta``."""
    world.settle()
    with world.lock:
        found = [t for t in reversed(world.ledger.transactions) if kind in (None, t.type)]
    now = world.clock.now()
    page = [t.to_wire(world.workspace_id, now) for t in found[offset : offset + limit]]
    meta = {"hasMore": offset + limit < len(found), "total": len(found), "requestId": world.new_id("req")}
    return page, meta
