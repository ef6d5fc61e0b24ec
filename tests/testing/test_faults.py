"""Fault injection over real sockets: statuses, drops, broken bodies and streams, counters."""

from __future__ import annotations

import httpx
import pytest

from runcrate.testing import FakeRuncrate

API = "/api/v1"
LAUNCH = {"name": "box", "gpu_type": "H100"}
CHAT = {"model": "m", "messages": [{"role": "user", "content": "Tell me a story about a lighthouse"}]}


def test_a_status_burst_is_answered_in_turn_then_requests_pass(
    fake: FakeRuncrate, http: httpx.Client
) -> None:
    rule = fake.faults.add("POST", f"{API}/instances", statuses=[(503, {"Retry-After": "1"}), 429])
    first = http.post(f"{API}/instances", json=LAUNCH)
    assert (first.status_code, first.headers["retry-after"]) == (503, "1")
    assert first.json()["error"]["code"] == "service_unavailable"
    assert first.headers["x-request-id"]
    second = http.post(f"{API}/instances", json=LAUNCH)
    assert (second.status_code, second.json()["error"]["code"]) == (429, "rate_limited")
    assert http.post(f"{API}/instances", json=LAUNCH).status_code == 201
    assert rule.hits == 2
    assert fake.attempts("POST", f"{API}/instances") == 3
    assert len(http.get(f"{API}/instances").json()["data"]) == 1


def test_injected_statuses_use_the_inference_envelope_under_v1(
    fake: FakeRuncrate, http: httpx.Client
) -> None:
    fake.faults.add("POST", "/v1/chat/completions", statuses=[500])
    error = http.post("/v1/chat/completions", json=CHAT).json()["error"]
    assert (error["type"], error["code"]) == ("server_error", "internal_error")


def test_a_status_can_carry_its_own_body_and_is_never_spec_checked(
    fake: FakeRuncrate, http: httpx.Client
) -> None:
    fake.faults.add("GET", f"{API}/billing/balance", statuses=[(418, {"X-Teapot": "yes"}, {"teapot": True})])
    response = http.get(f"{API}/billing/balance")
    assert (response.status_code, response.headers["x-teapot"], response.json()) == (
        418,
        "yes",
        {"teapot": True},
    )


def test_times_method_wildcard_and_path_parameters(fake: FakeRuncrate, http: httpx.Client) -> None:
    fake.faults.add("*", f"{API}/instances/{{id}}", statuses=[502], times=2)
    assert http.get(f"{API}/instances/a").status_code == 502
    assert http.delete(f"{API}/instances/b").status_code == 502
    assert http.get(f"{API}/instances/c").status_code == 404
    assert http.get(f"{API}/instances").status_code == 200


def test_an_always_rule_never_runs_out_until_cleared(fake: FakeRuncrate, http: httpx.Client) -> None:
    rule = fake.faults.add("GET", f"{API}/instances", statuses=[(503, {"Retry-After": "0"})], times="always")
    assert [http.get(f"{API}/instances").status_code for _ in range(4)] == [503] * 4
    assert rule.hits == 4
    fake.faults.clear()
    assert http.get(f"{API}/instances").status_code == 200


def test_rules_match_in_the_order_they_were_added(fake: FakeRuncrate, http: httpx.Client) -> None:
    fake.faults.add("GET", f"{API}/*", statuses=[500])
    fake.faults.add("GET", f"{API}/instances", statuses=[503])
    assert http.get(f"{API}/instances").status_code == 500
    assert http.get(f"{API}/instances").status_code == 503
    assert http.get(f"{API}/instances").status_code == 200


def test_a_dropped_connection_sends_no_response_but_counts_as_an_attempt(
    fake: FakeRuncrate, http: httpx.Client
) -> None:
    fake.faults.add("POST", f"{API}/instances", drop_before_response=True)
    with pytest.raises(httpx.RemoteProtocolError):
        http.post(f"{API}/instances", json=LAUNCH, headers={"Idempotency-Key": "k1"})
    assert http.post(f"{API}/instances", json=LAUNCH, headers={"Idempotency-Key": "k1"}).status_code == 201
    assert fake.idempotency_keys("POST", f"{API}/instances") == ["k1", "k1"]
    # the dropped request never reached the handler
    assert len(http.get(f"{API}/instances").json()["data"]) == 1


def test_a_body_cut_mid_way_fails_the_read(fake: FakeRuncrate, http: httpx.Client) -> None:
    fake.faults.add("GET", f"{API}/instances/types", truncate_body_at=20)
    with pytest.raises(httpx.RemoteProtocolError):
        http.get(f"{API}/instances/types")
    assert http.get(f"{API}/instances/types").status_code == 200


def test_malformed_json_keeps_the_status_and_content_type(fake: FakeRuncrate, http: httpx.Client) -> None:
    fake.faults.add("GET", f"{API}/billing/balance", malformed_json=True)
    response = http.get(f"{API}/billing/balance")
    assert (response.status_code, response.headers["content-type"]) == (200, "application/json")
    with pytest.raises(ValueError, match=r"Expecting|Unterminated|Extra data|Invalid"):
        response.json()


def test_an_html_502_page(fake: FakeRuncrate, http: httpx.Client) -> None:
    fake.faults.add("GET", f"{API}/instances", html_502=True)
    response = http.get(f"{API}/instances")
    assert response.status_code == 502
    assert response.headers["content-type"].startswith("text/html")
    assert b"502 Bad Gateway" in response.content


def test_a_delay_still_answers(fake: FakeRuncrate, http: httpx.Client) -> None:
    rule = fake.faults.add("GET", f"{API}/instances", delay=0.05)
    assert http.get(f"{API}/instances").status_code == 200
    assert rule.hits == 1


def _data_lines(response: httpx.Response, seen: list[str]) -> None:
    # extend keeps the lines read before a failure mid-stream
    seen.extend(line for line in response.iter_lines() if line.startswith("data:"))


def test_a_stream_dropped_after_n_events(fake: FakeRuncrate, http: httpx.Client) -> None:
    fake.faults.add("POST", "/v1/chat/completions", sse_drop_after=2)
    seen: list[str] = []
    with (
        pytest.raises(httpx.RemoteProtocolError),
        http.stream("POST", "/v1/chat/completions", json={**CHAT, "stream": True}) as response,
    ):
        assert response.status_code == 200
        _data_lines(response, seen)
    assert len(seen) == 2
    assert "[DONE]" not in seen[-1]


def test_a_stream_stalled_after_n_events_times_out_the_reader(fake: FakeRuncrate, http: httpx.Client) -> None:
    fake.faults.add("POST", "/v1/chat/completions", sse_stall_after=1, stall_seconds=5)
    seen: list[str] = []
    timeout = httpx.Timeout(5.0, read=0.3)
    with (
        pytest.raises(httpx.ReadTimeout),
        http.stream(
            "POST", "/v1/chat/completions", json={**CHAT, "stream": True}, timeout=timeout
        ) as response,
    ):
        _data_lines(response, seen)
    assert len(seen) == 1


def test_an_unfaulted_stream_is_complete(http: httpx.Client) -> None:
    seen: list[str] = []
    with http.stream("POST", "/v1/chat/completions", json={**CHAT, "stream": True}) as response:
        _data_lines(response, seen)
    assert seen[-1].endswith("[DONE]") and len(seen) > 3


def test_the_request_log_keeps_method_path_query_headers_and_body(
    fake: FakeRuncrate, http: httpx.Client
) -> None:
    http.post(
        f"{API}/instances", params={"environment": "main"}, json=LAUNCH, headers={"Idempotency-Key": "abc"}
    )
    (request,) = fake.requests
    assert (request.method, request.path, request.query) == ("POST", f"{API}/instances", "environment=main")
    assert (request.idempotency_key, request.headers["authorization"]) == ("abc", f"Bearer {fake.api_key}")
    assert request.json() == LAUNCH


def test_reset_clears_faults_and_the_log(fake: FakeRuncrate, http: httpx.Client) -> None:
    fake.faults.add("GET", f"{API}/instances", statuses=[500])
    http.get(f"{API}/billing/balance")
    fake.reset()
    assert (fake.requests, fake.faults.rules) == ([], [])
    assert http.get(f"{API}/instances").status_code == 200
