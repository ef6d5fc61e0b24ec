"""The retry policy without I/O: decisions per outcome, backoff, Retry-After, the in-progress budget."""

from __future__ import annotations

import math

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from runcrate._retries import (
    BACKOFF_MAX,
    IN_PROGRESS_BUDGET,
    RETRY_AFTER_CAP,
    Failure,
    Retry,
    RetryClass,
    RetryController,
    Stop,
    backoff_delay,
    classify_failure,
    parse_retry_after,
)

NOW = 1_700_000_000.0
REQUEST = httpx.Request("GET", "https://x")


def controller(retry_class: RetryClass, *, max_retries: int = 3, key: bool = False) -> RetryController:
    clock = [0.0]
    return RetryController(
        retry_class=retry_class,
        max_retries=max_retries,
        sent_idempotency_key=key,
        clock=lambda: clock[0],
        rand=lambda: 0.5,
        wall_clock=lambda: NOW,
    )


def headers(**values: str) -> httpx.Headers:
    return httpx.Headers({name.replace("_", "-"): value for name, value in values.items()})


REPEATABLE_RETRIED = [408, 429, 500, 502, 503, 504, 520, 599]
REPEATABLE_NOT_RETRIED = [400, 401, 402, 403, 404, 409, 422, 418]
UNSAFE_RETRIED = [429, 503]
UNSAFE_NOT_RETRIED = [408, 500, 502, 504, 520, 400, 404, 409, 422]


@pytest.mark.parametrize("status", REPEATABLE_RETRIED)
def test_repeatable_calls_retry_these_statuses(status: int) -> None:
    assert isinstance(controller(RetryClass.REPEATABLE).after_response(status, headers(), None, None), Retry)


@pytest.mark.parametrize("status", REPEATABLE_NOT_RETRIED)
def test_repeatable_calls_do_not_retry_these(status: int) -> None:
    assert controller(RetryClass.REPEATABLE).after_response(status, headers(), None, None) == Stop()


@pytest.mark.parametrize("status", UNSAFE_RETRIED)
def test_unsafe_calls_retry_only_429_and_503(status: int) -> None:
    assert isinstance(controller(RetryClass.UNSAFE).after_response(status, headers(), None, None), Retry)


@pytest.mark.parametrize("status", UNSAFE_NOT_RETRIED)
def test_unsafe_calls_do_not_retry_other_statuses(status: int) -> None:
    assert controller(RetryClass.UNSAFE).after_response(status, headers(), None, None) == Stop()


@pytest.mark.parametrize(
    ("retry_class", "failure", "retried"),
    [
        (RetryClass.REPEATABLE, Failure.NOT_SENT, True),
        (RetryClass.REPEATABLE, Failure.TIMEOUT, True),
        (RetryClass.REPEATABLE, Failure.DROPPED, True),
        (RetryClass.UNSAFE, Failure.NOT_SENT, True),
        (RetryClass.UNSAFE, Failure.TIMEOUT, False),
        (RetryClass.UNSAFE, Failure.DROPPED, False),
    ],
)
def test_failures(retry_class: RetryClass, failure: Failure, retried: bool) -> None:
    decision = controller(retry_class).after_failure(failure)
    assert isinstance(decision, Retry) is retried


@pytest.mark.parametrize(
    ("exc", "failure"),
    [
        (httpx.ConnectError("refused"), Failure.NOT_SENT),
        (httpx.ConnectTimeout("slow"), Failure.NOT_SENT),
        (httpx.PoolTimeout("busy"), Failure.NOT_SENT),
        (httpx.ReadTimeout("slow"), Failure.TIMEOUT),
        (httpx.WriteTimeout("slow"), Failure.TIMEOUT),
        (httpx.RemoteProtocolError("closed"), Failure.DROPPED),
        (httpx.ReadError("reset"), Failure.DROPPED),
        (httpx.WriteError("reset"), Failure.DROPPED),
    ],
)
def test_failure_classification(exc: httpx.TransportError, failure: Failure) -> None:
    assert classify_failure(exc) is failure


@pytest.mark.parametrize("retry_class", list(RetryClass))
@pytest.mark.parametrize("status", [429, 502, 503])
def test_launch_refused_is_never_retried(retry_class: RetryClass, status: int) -> None:
    for code in ("launch_refused", "LAUNCH_REFUSED"):
        assert controller(retry_class).after_response(status, headers(), code, None) == Stop()


def test_max_retries_bounds_error_retries() -> None:
    policy = controller(RetryClass.REPEATABLE, max_retries=2)
    assert isinstance(policy.after_response(503, headers(), None, None), Retry)
    assert isinstance(policy.after_failure(Failure.DROPPED), Retry)
    assert policy.after_response(503, headers(), None, None) == Stop()
    assert policy.attempts == 3
    assert (
        controller(RetryClass.REPEATABLE, max_retries=0).after_response(503, headers(), None, None) == Stop()
    )


def test_backoff_is_exponential_capped_and_jittered() -> None:
    assert [backoff_delay(n, lambda: 0.5) for n in range(6)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert backoff_delay(0, lambda: 0.0) == pytest.approx(0.375)
    assert backoff_delay(0, lambda: 1.0) == pytest.approx(0.625)
    assert backoff_delay(10_000, lambda: 1.0) == pytest.approx(BACKOFF_MAX * 1.25)


@given(st.integers(min_value=0, max_value=200), st.floats(min_value=0.0, max_value=1.0))
def test_backoff_stays_within_bounds(retry_index: int, rand: float) -> None:
    base = min(0.5 * 2**retry_index, BACKOFF_MAX)
    assert 0.75 * base - 1e-9 <= backoff_delay(retry_index, lambda: rand) <= 1.25 * base + 1e-9


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ({"retry_after": "3"}, 3.0),
        ({"retry_after": "0.25"}, 0.25),
        ({"retry_after": "0"}, 0.0),
        ({"retry_after_ms": "1500"}, 1.5),
        ({"retry_after_ms": "250", "retry_after": "9"}, 0.25),
        ({"retry_after_ms": "nan", "retry_after": "9"}, 9.0),
        ({"retry_after": "Tue, 14 Nov 2023 22:13:40 GMT"}, 20.0),
        ({"retry_after": "Tue, 14 Nov 2023 22:00:00 GMT"}, 0.0),
        ({"retry_after": "nan"}, None),
        ({"retry_after": "inf"}, None),
        ({"retry_after": "-1"}, None),
        ({"retry_after": "soon"}, None),
        ({"retry_after": "Tue, 14 Nov 2023 22:13:40"}, 20.0),
        ({}, None),
    ],
)
def test_parse_retry_after(values: dict[str, str], expected: float | None) -> None:
    # NOW is 2023-11-14T22:13:20Z.
    assert parse_retry_after(headers(**values), lambda: NOW) == expected


def test_retry_after_replaces_backoff_without_jitter() -> None:
    decision = controller(RetryClass.REPEATABLE).after_response(429, headers(retry_after="2"), None, None)
    assert decision == Retry(wait=2.0, reason="HTTP 429")


def test_retry_after_above_the_cap_stops_at_once_with_the_value() -> None:
    decision = controller(RetryClass.REPEATABLE).after_response(
        429, headers(retry_after=str(RETRY_AFTER_CAP + 1)), None, None
    )
    assert decision == Stop(retry_after=RETRY_AFTER_CAP + 1)
    at_cap = controller(RetryClass.REPEATABLE).after_response(429, headers(retry_after="60"), None, None)
    assert at_cap == Retry(wait=60.0, reason="HTTP 429")


def test_non_finite_retry_after_falls_back_to_backoff() -> None:
    decision = controller(RetryClass.REPEATABLE).after_response(503, headers(retry_after="nan"), None, None)
    assert isinstance(decision, Retry)
    assert math.isfinite(decision.wait) and decision.wait == 0.5


def test_in_progress_waits_at_least_3_s_and_ignores_max_retries() -> None:
    policy = controller(RetryClass.UNSAFE, max_retries=0, key=True)
    first = policy.after_response(409, headers(), "conflict", "idempotency_in_progress")
    assert first == Retry(wait=3.0, reason="409 idempotency_in_progress")
    with_header = policy.after_response(409, headers(retry_after="10"), None, "IDEMPOTENCY_IN_PROGRESS")
    assert with_header == Retry(wait=10.0, reason="409 idempotency_in_progress")
    assert policy.retries == 0


def test_in_progress_without_a_key_is_a_plain_conflict() -> None:
    policy = controller(RetryClass.REPEATABLE, key=False)
    assert policy.after_response(409, headers(), "conflict", "idempotency_in_progress") == Stop()


def test_in_progress_is_bounded_by_time() -> None:
    now = [0.0]
    policy = RetryController(
        retry_class=RetryClass.UNSAFE,
        max_retries=3,
        sent_idempotency_key=True,
        clock=lambda: now[0],
        rand=lambda: 1.0,  # the longest jitter: the fewest asks the budget allows
    )
    asks = 0
    while isinstance(
        decision := policy.after_response(409, headers(), None, "idempotency_in_progress"), Retry
    ):
        now[0] += decision.wait + 1.0  # the wait plus a second for the request itself
        asks += 1
    assert decision == Stop()
    assert now[0] <= IN_PROGRESS_BUDGET
    assert asks >= 15
