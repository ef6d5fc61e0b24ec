"""client.billing against the fake server, with both clients: balance, transactions, usage, top-ups,
auto-recharge and payment methods."""

from __future__ import annotations

import math
import uuid
from datetime import date, datetime, timedelta, timezone
from typing import Any
from urllib.parse import parse_qs

import pytest

from runcrate import (
    BadRequestError,
    ConflictError,
    ConnectionError,
    InsufficientCreditsError,
    PermissionDeniedError,
    UnprocessableEntityError,
)
from runcrate.testing import FakeRuncrate, LinkedTime
from tests.resources.conftest import call, collect

API = "/api/v1/billing"
STARTING_BALANCE = 100.0


async def balance(client: Any) -> float:
    return float((await call(client.billing.get_balance())).credits_balance)


def sent(fake: FakeRuncrate, method: str, path: str) -> list[Any]:
    return [r for r in fake.requests if r.method == method and r.path == f"{API}{path}"]


# ----- balance, transactions, usage, payment methods -----


async def test_balance_reads_mixed_casing_as_snake_case(client: Any, fake: FakeRuncrate) -> None:
    raw = await call(client.billing.with_raw_response.get_balance())
    wire = raw.http_response.json()["data"]
    assert "creditsBalance" in wire and "runway_hours" in wire
    current = raw.parse()
    assert current.credits_balance == STARTING_BALANCE
    assert current.active_usage_cost == 0
    assert current.floating_balance_usd == STARTING_BALANCE
    assert current.burn_usd_per_hour == 0
    assert current.runway_hours is None


async def test_transactions_walk_every_page_by_offset(client: Any, fake: FakeRuncrate) -> None:
    for amount in (90, 80, 70, 60):
        fake.set_balance(amount)
    first = await call(client.billing.list_transactions(limit=2))
    assert (len(first.data), first.has_more, first.total) == (2, True, 5)
    everything = await collect(client.billing.list_transactions(limit=2))
    assert [t.type for t in everything] == ["adjustment"] * 4 + ["credit"]
    assert everything[-1].amount == STARTING_BALANCE
    assert everything[0].created_at.tzinfo is not None and everything[0].project_id == "ws_fake000001"
    queries = [r.query for r in sent(fake, "GET", "/transactions")]
    assert queries == ["limit=2", "limit=2", "limit=2&offset=2", "limit=2&offset=4"]


async def test_transactions_filter_by_type_and_start_at_an_offset(client: Any, fake: FakeRuncrate) -> None:
    fake.set_balance(50)
    credits = await collect(client.billing.list_transactions(type="credit"))
    assert [(t.type, t.description) for t in credits] == [("credit", "Welcome credits")]
    later = await call(client.billing.list_transactions(1, 1))
    assert [t.type for t in later.data] == ["credit"] and not later.has_more
    assert [r.query for r in sent(fake, "GET", "/transactions")] == ["type=credit", "limit=1&offset=1"]


async def test_raw_transactions_page(client: Any, fake: FakeRuncrate) -> None:
    fake.set_balance(10)
    raw = await call(client.billing.with_raw_response.list_transactions(limit=1))
    assert raw.status_code == 200
    assert raw.http_response.json()["meta"]["hasMore"] is True
    page = raw.parse()
    assert [t.type for t in page.data] == ["adjustment"]
    assert len(await collect(page)) == 2


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"limit": 0}, "limit must be a whole number from 1 to 100"),
        ({"limit": 101}, "limit"),
        ({"limit": True}, "limit"),
        ({"offset": -1}, "offset must be a whole number >= 0"),
    ],
)
async def test_transaction_paging_is_checked_before_sending(
    client: Any, fake: FakeRuncrate, kwargs: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        await call(client.billing.list_transactions(**kwargs))
    assert fake.requests == []


@pytest.mark.parametrize("utc_hour", [0, 12, 23])
async def test_usage_takes_dates_aware_datetimes_and_iso_strings(
    client: Any, fake: FakeRuncrate, utc_hour: int
) -> None:
    now = fake.clock.now_datetime()
    fake.clock.advance((now.replace(hour=utc_hour, minute=30) - now).total_seconds() % 86_400)
    fake.world.ledger.record_inference(100, 20, 0.5)
    fake.world.ledger.record_inference(10, 5, 0.25)
    today = fake.clock.now_datetime().date()
    paris = timezone(timedelta(hours=1))
    total = await call(client.billing.usage(from_date=today, to_date=today))
    assert (total.total_requests, total.total_tokens, total.total_cost) == (2, 135, 0.75)
    assert (total.total_prompt_tokens, total.total_completion_tokens) == (110, 25)
    # Midnight two days on in Paris is after every record of today, whatever the time of day in UTC.
    later = datetime.combine(today + timedelta(days=2), datetime.min.time(), paris)
    assert (await call(client.billing.usage(later))).total_requests == 0
    assert (await call(client.billing.usage(to_date=f"{today - timedelta(days=1)}"))).total_requests == 0
    assert (await call(client.billing.usage("2020-01-01T00:00:00Z"))).total_requests == 2
    assert (await call(client.billing.usage())).total_requests == 2
    queries = [parse_qs(r.query) for r in sent(fake, "GET", "/usage")]
    assert queries == [
        {"from": [today.isoformat()], "to": [today.isoformat()]},
        {"from": [later.isoformat()]},
        {"to": [(today - timedelta(days=1)).isoformat()]},
        {"from": ["2020-01-01T00:00:00+00:00"]},
        {},
    ]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (datetime(2026, 11, 1, 12, 0), "from_date must carry a time zone"),
        ("2026-11-01T12:00:00", "from_date must carry a time zone"),
        ("yesterday", "from_date must be an ISO-8601 date-time"),
        ("2026-13-01", "from_date must be an ISO-8601 date-time"),
        (1_700_000_000, "from_date must be a date, an aware datetime or an ISO-8601 string"),
    ],
)
async def test_usage_refuses_ambiguous_or_malformed_bounds(
    client: Any, fake: FakeRuncrate, value: Any, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        await call(client.billing.usage(from_date=value))
    with pytest.raises(ValueError, match="to_date"):
        await call(client.billing.usage(to_date=datetime(2026, 11, 1)))  # naive on purpose
    assert fake.requests == []


async def test_payment_methods(client: Any) -> None:
    methods = await call(client.billing.list_payment_methods())
    assert [(m.type, m.brand, m.last4, m.default) for m in methods] == [
        ("card", "visa", "0042", True),
        ("card", "mastercard", "4444", False),
    ]


# ----- top-ups -----


async def test_top_up_sends_one_key_in_header_and_body_and_never_charges_twice(
    client: Any, fake: FakeRuncrate
) -> None:
    first = await call(client.billing.top_up(50))
    assert first.status == "succeeded"
    assert first.balance_usd == STARTING_BALANCE + 50 and first.invoice_number
    [request] = sent(fake, "POST", "/topups")
    key = request.idempotency_key
    assert uuid.UUID(key).version == 4
    assert request.json() == {"amount_usd": 50, "idempotency_key": key}
    assert first.idempotency_key == key
    again = await call(client.billing.top_up(50, idempotency_key=key))
    assert (again.id, again.status) == (first.id, "succeeded")
    assert await balance(client) == STARTING_BALANCE + 50
    other = await call(client.billing.top_up(25))
    assert other.id != first.id
    assert await balance(client) == STARTING_BALANCE + 75


async def test_requires_action_then_the_same_key_returns_the_new_status(
    client: Any, fake: FakeRuncrate
) -> None:
    fake.next_top_up("requires_action")
    pending = await call(client.billing.top_up(100, "topup-confirm-1"))
    assert pending.status == "requires_action"
    assert pending.confirm_url and pending.expires_at.tzinfo is not None
    assert pending.balance_usd is None
    assert (await call(client.billing.top_up(100, "topup-confirm-1"))).status == "requires_action"
    assert await balance(client) == STARTING_BALANCE
    fake.confirm_top_up("topup-confirm-1")
    settled = await call(client.billing.top_up(100, "topup-confirm-1"))
    assert (settled.id, settled.status, settled.confirm_url) == (pending.id, "succeeded", None)
    assert await balance(client) == STARTING_BALANCE + 100
    await call(client.billing.top_up(100, "topup-confirm-1"))
    assert await balance(client) == STARTING_BALANCE + 100
    assert set(fake.idempotency_keys("POST", f"{API}/topups")) == {"topup-confirm-1"}


async def test_processing_then_succeeded_as_fake_time_passes(client: Any, fake: FakeRuncrate) -> None:
    fake.next_top_up("processing")
    processing = await call(client.billing.top_up(40, idempotency_key="topup-slow"))
    assert processing.status == "processing"
    fake.clock.advance(11)
    assert (await call(client.billing.top_up(40, idempotency_key="topup-slow"))).status == "succeeded"
    assert await balance(client) == STARTING_BALANCE + 40


async def test_declined_carries_the_reason(client: Any, fake: FakeRuncrate) -> None:
    fake.next_top_up("declined", reason="card_declined")
    declined = await call(client.billing.top_up(30))
    assert (declined.status, declined.reason) == ("declined", "card_declined")
    assert declined.message
    assert await balance(client) == STARTING_BALANCE


async def test_errors_carry_the_idempotency_key(client: Any, fake: FakeRuncrate) -> None:
    fake.set_billing_permission(False)
    with pytest.raises(PermissionDeniedError) as denied:
        await call(client.billing.top_up(50, idempotency_key="topup-denied"))
    assert denied.value.status_code == 403
    assert denied.value.idempotency_key == "topup-denied"
    with pytest.raises(PermissionDeniedError) as generated:
        await call(client.billing.top_up(50))
    assert generated.value.idempotency_key == sent(fake, "POST", "/topups")[-1].idempotency_key
    fake.set_billing_permission(True)
    for code in ("TOPUP_CAP_REACHED", "NO_PAYMENT_METHOD", "PAYMENT_HOLD"):
        fake.next_top_up(code)
        with pytest.raises(InsufficientCreditsError) as refused:
            await call(client.billing.top_up(50, idempotency_key=f"topup-{code}"))
        assert (refused.value.code, refused.value.idempotency_key) == (code, f"topup-{code}")
    assert await balance(client) == STARTING_BALANCE


async def test_an_amount_out_of_the_documented_range_is_refused_before_sending(
    client: Any, fake: FakeRuncrate
) -> None:
    for amount in (5, 19.99, 10000.01):
        with pytest.raises(ValueError, match=f"amount_usd must be a number from 20 to 10000, got {amount}"):
            await call(client.billing.top_up(amount, idempotency_key="topup-small"))
    assert fake.requests == []


async def test_server_refusals_carry_the_key(client: Any, fake: FakeRuncrate) -> None:
    fake.faults.add("POST", f"{API}/topups", statuses=[422])
    with pytest.raises(UnprocessableEntityError) as invalid:
        await call(client.billing.top_up(50, idempotency_key="topup-refused"))
    assert invalid.value.idempotency_key == "topup-refused"


async def test_after_a_lost_connection_the_same_key_is_sent_again_safely(
    client: Any, fake: FakeRuncrate
) -> None:
    fake.faults.add("POST", f"{API}/topups", drop_before_response=True, times="always")
    with pytest.raises(ConnectionError) as lost:
        await call(client.billing.top_up(60, max_retries=1))
    key = lost.value.idempotency_key
    assert fake.idempotency_keys("POST", f"{API}/topups") == [key, key]
    fake.faults.clear()
    done = await call(client.billing.top_up(60, idempotency_key=key))
    assert (done.status, done.idempotency_key) == ("succeeded", key)
    assert await balance(client) == STARTING_BALANCE + 60


async def test_retries_and_in_progress_reuse_the_key_and_charge_once(
    client: Any, fake: FakeRuncrate, time: LinkedTime
) -> None:
    fake.faults.add("POST", f"{API}/topups", statuses=[503])
    fake.hold_idempotency_key("topup-busy", times=1)
    done = await call(client.billing.top_up(70, idempotency_key="topup-busy"))
    assert done.status == "succeeded"
    assert fake.idempotency_keys("POST", f"{API}/topups") == ["topup-busy"] * 3
    assert await balance(client) == STARTING_BALANCE + 70
    assert time.sleeps and max(time.sleeps) >= 3  # the 409 in progress waits at least 3 s


async def test_a_held_key_beyond_the_wait_is_a_conflict_with_the_key(client: Any, fake: FakeRuncrate) -> None:
    fake.hold_idempotency_key("topup-stuck", times=1000)
    with pytest.raises(ConflictError) as busy:
        await call(client.billing.top_up(70, idempotency_key="topup-stuck"))
    assert busy.value.details["reason"] == "idempotency_in_progress"
    assert busy.value.idempotency_key == "topup-stuck"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((0,), "amount_usd must be a number from 20 to 10000, got 0"),
        ((-10,), "amount_usd"),
        ((math.nan,), "amount_usd"),
        ((True,), "amount_usd"),
        (("50",), "amount_usd"),
        ((50, ""), "idempotency_key must be a string of 1 to 255 characters"),
        ((50, "a\tb"), "idempotency_key must be 1 to 255 printable ASCII characters"),
        ((50, "clé"), "idempotency_key"),
        ((50, "a\nb"), "idempotency_key"),
        ((50, "k" * 256), "idempotency_key"),
    ],
)
async def test_top_up_checks_its_arguments_before_sending(
    client: Any, fake: FakeRuncrate, args: tuple[Any, ...], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        await call(client.billing.top_up(*args))
    assert fake.requests == []


# ----- auto-recharge -----


async def test_enable_then_disable_keeps_the_saved_amounts(client: Any, fake: FakeRuncrate) -> None:
    initial = await call(client.billing.get_auto_recharge())
    assert (initial.enabled, initial.threshold_usd, initial.target_usd) == (False, None, None)
    enabled = await call(client.billing.set_auto_recharge(True, 10, 50))
    assert (enabled.enabled, enabled.threshold_usd, enabled.target_usd) == (True, 10, 50)
    disabled = await call(client.billing.set_auto_recharge(enabled=False))
    assert (disabled.enabled, disabled.threshold_usd, disabled.target_usd) == (False, 10, 50)
    bodies = [r.json() for r in sent(fake, "PUT", "/auto-recharge")]
    assert bodies == [
        {"enabled": True, "threshold_usd": 10, "target_usd": 50},
        {"enabled": False, "threshold_usd": 10, "target_usd": 50},
    ]
    partly = await call(client.billing.set_auto_recharge(False, target_usd=80))
    assert (partly.threshold_usd, partly.target_usd) == (10, 80)
    assert len(sent(fake, "GET", "/auto-recharge")) == 3


async def test_disabling_with_nothing_saved_sends_nothing(client: Any, fake: FakeRuncrate) -> None:
    current = await call(client.billing.set_auto_recharge(False))
    assert (current.enabled, current.threshold_usd) == (False, None)
    with pytest.raises(ValueError, match="pass both"):
        await call(client.billing.set_auto_recharge(False, threshold_usd=10))
    assert sent(fake, "PUT", "/auto-recharge") == []
    assert len(sent(fake, "GET", "/auto-recharge")) == 2


async def test_auto_recharge_arguments_are_checked_before_sending(client: Any, fake: FakeRuncrate) -> None:
    with pytest.raises(ValueError, match=r"enabled=True\) needs threshold_usd and target_usd"):
        await call(client.billing.set_auto_recharge(True, 10))
    with pytest.raises(ValueError, match="enabled must be True or False"):
        await call(client.billing.set_auto_recharge("on", 10, 50))
    with pytest.raises(ValueError, match="threshold_usd must be a number >= 0, got -1"):
        await call(client.billing.set_auto_recharge(True, -1, 50))
    with pytest.raises(ValueError, match="target_usd"):
        await call(client.billing.set_auto_recharge(False, 10, math.inf))
    assert fake.requests == []


async def test_raw_auto_recharge_needs_one_call(client: Any, fake: FakeRuncrate) -> None:
    with pytest.raises(ValueError, match="two calls"):
        await call(client.billing.with_raw_response.set_auto_recharge(False))
    raw = await call(client.billing.with_raw_response.set_auto_recharge(True, 5, 25))
    assert raw.status_code == 200
    assert raw.parse().enabled is True
    assert [r.method for r in fake.requests] == ["PUT"]


async def test_a_server_side_refusal_is_a_typed_error(client: Any) -> None:
    with pytest.raises(BadRequestError, match="target_usd must be greater"):
        await call(client.billing.set_auto_recharge(True, 50, 10))


async def test_bounds_keep_their_offset_on_the_wire(client: Any, fake: FakeRuncrate) -> None:
    moment = datetime(2026, 11, 1, 9, 30, tzinfo=timezone(timedelta(hours=-5)))
    await call(client.billing.usage(moment, date(2026, 11, 30)))
    await call(client.billing.usage("2026-11-01T10:00:00+01:00"))
    queries = [parse_qs(r.query) for r in sent(fake, "GET", "/usage")]
    assert queries == [
        {"from": ["2026-11-01T09:30:00-05:00"], "to": ["2026-11-30"]},
        {"from": ["2026-11-01T10:00:00+01:00"]},
    ]
