"""Inference costs money in the fake as in the API: balance, usage totals, the day's transaction, budgets.

Prices are the fake's round ones (``runcrate.testing._inference.pricing``), so each expected
amount is computed here from what the call returned.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from runcrate.testing import FakeRuncrate

API = "/api/v1"
USER = [{"role": "user", "content": "What is the capital of France?"}]


def balance(http: httpx.Client) -> float:
    return http.get(f"{API}/billing/balance").json()["data"]["creditsBalance"]


def usage(http: httpx.Client) -> dict[str, Any]:
    return http.get(f"{API}/billing/usage").json()["data"]


def usage_transactions(http: httpx.Client) -> list[dict[str, Any]]:
    return http.get(f"{API}/billing/transactions", params={"type": "usage"}).json()["data"]


def test_a_chat_completion_is_charged_by_its_tokens(fake: FakeRuncrate, http: httpx.Client) -> None:
    reply = http.post("/v1/chat/completions", json={"model": "m", "messages": USER}).json()
    tokens = reply["usage"]

    totals = usage(http)
    assert totals["total_requests"] == 1
    assert totals["total_prompt_tokens"] == tokens["prompt_tokens"]
    assert totals["total_completion_tokens"] == tokens["completion_tokens"]
    assert totals["total_tokens"] == tokens["total_tokens"]
    assert totals["total_cost"] == pytest.approx(tokens["total_tokens"] / 1_000_000)
    assert fake.balance_usd == pytest.approx(100 - totals["total_cost"])
    (day,) = usage_transactions(http)
    assert (day["amount"], day["status"]) == (pytest.approx(-totals["total_cost"]), "accumulating")


def test_a_stream_is_charged_like_the_same_completion(http: httpx.Client) -> None:
    body = {"model": "m", "messages": USER, "max_tokens": 7, "stream": True}
    with http.stream("POST", "/v1/chat/completions", json=body) as stream:
        assert stream.status_code == 200
        stream.read()
    totals = usage(http)
    assert totals["total_completion_tokens"] == 7 and totals["total_requests"] == 1


def test_media_are_charged_by_image_second_and_character(fake: FakeRuncrate, http: httpx.Client) -> None:
    http.post("/v1/images/generations", json={"model": "flux", "prompt": "a cat"})
    http.post("/v1/videos", json={"model": "sora", "prompt": "waves", "duration_seconds": 8})
    http.post("/v1/audio/speech", json={"model": "tts", "input": "x" * 1000})
    audio = b"\0" * 96_000  # six seconds at the fake's 16,000 bytes per second
    http.post("/v1/audio/transcriptions", files={"file": ("a.wav", audio)}, data={"model": "whisper"})

    expected = 0.01 + 8 * 0.10 + 1000 * 15 / 1_000_000 + 0.1 * 0.006
    totals = usage(http)
    assert (totals["total_requests"], totals["total_tokens"]) == (4, 0)
    assert totals["total_cost"] == pytest.approx(expected)
    assert balance(http) == round(100 - expected, 2)
    (day,) = usage_transactions(http)
    assert day["amount"] == pytest.approx(-expected)


def test_reads_and_refused_requests_are_free(fake: FakeRuncrate, http: httpx.Client) -> None:
    video = http.post("/v1/videos", json={"model": "sora", "prompt": "waves", "duration_seconds": 1}).json()
    http.get(f"/v1/videos/{video['id']}")
    assert http.post("/v1/chat/completions", json={"model": "m", "messages": []}).status_code == 400
    assert fake.take_violations()  # the empty messages broke the spec, on purpose
    fake.faults.add("POST", "/v1/images/generations", statuses=[503])
    assert http.post("/v1/images/generations", json={"model": "f", "prompt": "p"}).status_code == 503
    assert usage(http)["total_requests"] == 1


def test_each_day_has_its_own_usage_transaction(fake: FakeRuncrate, http: httpx.Client) -> None:
    for _ in range(3):
        http.post("/v1/images/generations", json={"model": "flux", "prompt": "a cat"})
    (today,) = usage_transactions(http)
    assert today["amount"] == pytest.approx(-0.03)

    fake.clock.advance(86_400)
    http.post("/v1/images/generations", json={"model": "flux", "prompt": "a cat"})
    tomorrow, yesterday = usage_transactions(http)
    assert (tomorrow["amount"], tomorrow["status"]) == (pytest.approx(-0.01), "accumulating")
    assert (yesterday["amount"], yesterday["status"]) == (pytest.approx(-0.03), "completed")
    assert tomorrow["description"] != yesterday["description"]
    assert usage(http)["total_requests"] == 4


def test_inference_spend_counts_against_the_keys_environment_budget(
    fake: FakeRuncrate, http: httpx.Client
) -> None:
    fake.add_environment("staging")
    staging_key = fake.issue_key(environment="staging")
    fake.set_budget("staging", monthly_budget_usd=0.015)
    video = {"model": "sora", "prompt": "waves", "duration_seconds": 1}
    as_staging = {"Authorization": f"Bearer {staging_key}"}

    assert http.post("/v1/videos", json=video, headers=as_staging).status_code == 200  # $0.10
    refused = http.post("/v1/videos", json=video, headers=as_staging)
    assert (refused.status_code, refused.json()["error"]["code"]) == (402, "budget_exceeded")
    assert http.post("/v1/videos", json=video).status_code == 200  # the main key's environment pays


def test_inference_spend_sets_off_auto_recharge(fake: FakeRuncrate, http: httpx.Client) -> None:
    fake.set_balance(1.0)
    rule = {"enabled": True, "threshold_usd": 0.5, "target_usd": 20}
    assert http.put(f"{API}/billing/auto-recharge", json=rule).status_code == 200
    http.post("/v1/videos", json={"model": "sora", "prompt": "waves", "duration_seconds": 6})  # $0.60
    assert fake.balance_usd == 20
