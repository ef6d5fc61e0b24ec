"""The control API, driven over HTTP from outside: ``python -m runcrate.testing`` in a subprocess.

One fake runs for the module with a fixed API key and control token, as a test suite in another
language would start it; each test resets it through the control API first. The SDK's own client
talks to the same process, so what the control API does is checked from the API's side too.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import runcrate
from runcrate import Runcrate

REPO = Path(__file__).resolve().parents[2]
KEY = "rc_live_" + "k" * 32
TOKEN = "control-" + "t" * 24
USER = [{"role": "user", "content": "one two three"}]


def start(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "runcrate.testing", "--port", "0", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO), **(env or {})},
    )


def settings(process: subprocess.Popen[str]) -> dict[str, str]:
    """The ``NAME=value`` lines the command prints before it waits."""
    assert process.stdout is not None
    printed: dict[str, str] = {}
    for line in process.stdout:
        if line.startswith("Press Ctrl-C"):
            return printed
        name, sep, value = line.strip().partition("=")
        if sep:
            printed[name] = value
    raise AssertionError(
        f"the fake exited early: {process.wait()} {process.stderr and process.stderr.read()}"
    )


def stop(process: subprocess.Popen[str]) -> int:
    process.send_signal(signal.SIGTERM)
    return process.wait(timeout=10)


@pytest.fixture(scope="module")
def served() -> Iterator[dict[str, str]]:
    process = start("--api-key", KEY, "--control-token", TOKEN)
    try:
        yield settings(process)
    finally:
        assert stop(process) == 0


@pytest.fixture
def control(served: dict[str, str]) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    with httpx.Client(base_url=served["RUNCRATE_FAKE_CONTROL_URL"], headers=headers) as client:
        assert client.post("/reset").status_code == 204
        yield client
        assert client.post("/violations/take").json()["data"] == []


@pytest.fixture
def sdk(served: dict[str, str]) -> Iterator[Runcrate]:
    url = served["RUNCRATE_BASE_URL"]
    with Runcrate(api_key=served["RUNCRATE_API_KEY"], base_url=url, inference_url=url) as client:
        yield client


def test_the_command_serves_the_key_and_token_it_was_given(served: dict[str, str]) -> None:
    assert served["RUNCRATE_API_KEY"] == KEY
    assert served["RUNCRATE_FAKE_CONTROL_TOKEN"] == TOKEN
    assert served["RUNCRATE_FAKE_CONTROL_URL"] == served["RUNCRATE_BASE_URL"] + "/_fake"
    api = served["RUNCRATE_BASE_URL"] + "/api/v1/instances"
    assert httpx.get(api, headers={"Authorization": f"Bearer {KEY}"}).status_code == 200
    assert httpx.get(api, headers={"Authorization": "Bearer rc_live_" + "x" * 32}).status_code == 401


def test_the_key_survives_a_reset(control: httpx.Client, sdk: Runcrate) -> None:
    assert control.get("").json()["api_key"] == KEY
    sdk.instances.create("before", gpu_type="H100")
    assert control.post("/reset").status_code == 204
    assert sdk.instances.list() == []


@pytest.mark.parametrize("authorization", [None, "", "Bearer", f"Bearer {KEY}", f"Basic {TOKEN}", "Bearer x"])
def test_every_control_route_needs_the_control_token(
    served: dict[str, str], authorization: str | None
) -> None:
    headers = {} if authorization is None else {"Authorization": authorization}
    url = served["RUNCRATE_FAKE_CONTROL_URL"]
    for method, path in [("GET", ""), ("POST", "/reset"), ("GET", "/requests"), ("POST", "/clock/advance")]:
        response = httpx.request(method, url + path, headers=headers, json={"seconds": 1})
        assert response.status_code == 401, (method, path)
        assert response.json()["error"]["code"] == "unauthorized"
        assert response.headers["www-authenticate"].startswith("Bearer")


@pytest.mark.parametrize(
    "path", ["/v1/_fake/reset", "/api/v1/_fake/reset", "/api/v1/../_fake/reset", "/_fakereset"]
)
def test_control_routes_are_out_of_reach_of_api_paths(served: dict[str, str], path: str) -> None:
    """Only ``/_fake`` and what is under it are control routes: these are the API's, which refuses
    the control token as a key (401) or knows no such route (404)."""
    with httpx.Client() as client:
        request = client.build_request(
            "POST", served["RUNCRATE_BASE_URL"], headers={"Authorization": f"Bearer {TOKEN}"}
        )
        request.url = request.url.copy_with(raw_path=path.encode())
        response = client.send(request)
    assert (response.status_code, response.json()["error"]["code"]) in {
        (401, "invalid_key"),
        (404, "not_found"),
    }


def test_unknown_routes_and_methods_answer_in_json(control: httpx.Client) -> None:
    missing = control.get("/nope")
    assert missing.status_code == 404 and "/_fake/reset" in missing.json()["error"]["message"]
    wrong = control.get("/reset")
    assert wrong.status_code == 405 and wrong.headers["allow"] == "POST"
    assert wrong.json()["error"]["code"] == "method_not_allowed"


def test_the_clock_advances_and_changes_speed(control: httpx.Client, sdk: Runcrate) -> None:
    instance = sdk.instances.create("trainer", gpu_type="H100")
    assert instance.status == "creating"
    before = control.get("/clock").json()
    moved = control.post("/clock/advance", json={"seconds": 60}).json()
    assert moved["unix"] - before["unix"] >= 60
    assert sdk.instances.get(instance.id).status == "running"

    assert control.put("/clock/speed", json={"speed": 0}).json()["speed"] == 0
    frozen = control.get("/clock").json()["unix"]
    assert control.get("/clock").json()["unix"] == frozen
    assert control.post("/reset").status_code == 204
    assert control.get("/clock").json()["speed"] == 1


def test_faults_added_over_http_shape_the_answers(control: httpx.Client, sdk: Runcrate) -> None:
    busy = {"status": 503, "headers": {"Retry-After": "0"}}
    added = control.post(
        "/faults", json={"method": "get", "path": "/api/v1/instances", "statuses": [busy, busy]}
    )
    assert added.status_code == 201
    assert added.json()["method"] == "GET" and added.json()["times"] == 2

    assert sdk.instances.list() == []  # two 503s, then the answer
    (rule,) = control.get("/faults").json()["data"]
    assert rule["hits"] == 2
    attempts = control.get("/requests", params={"method": "GET", "path": "/api/v1/instances"}).json()["data"]
    assert len(attempts) == 3

    control.post("/faults", json={"method": "*", "path": "/api/v1/*", "statuses": [404], "times": "always"})
    with pytest.raises(runcrate.NotFoundError):
        sdk.billing.get_balance()
    assert control.delete("/faults").status_code == 204
    assert control.get("/faults").json()["data"] == []
    assert sdk.billing.get_balance().credits_balance == 100


def test_a_cut_connection_added_over_http(control: httpx.Client, sdk: Runcrate) -> None:
    control.post("/faults", json={"method": "GET", "path": "/api/v1/ssh-keys", "drop_before_response": True})
    with pytest.raises(runcrate.ConnectionError):
        sdk.with_options(max_retries=0).ssh_keys.list()


@pytest.mark.parametrize(
    ("body", "named"),
    [
        ({"method": "GET", "path": "/x", "statuse": [503]}, "statuse"),  # a typo
        ({"path": "/x"}, "method"),
        ({"method": "GET", "path": "x"}, "path"),
        ({"method": "GET", "path": ""}, "path"),
        ({"method": None, "path": "/x"}, "method"),
        ({"method": "GET", "path": "/x", "statuses": 503}, "statuses"),
        ({"method": "GET", "path": "/x", "statuses": [99]}, "statuses[0]"),
        ({"method": "GET", "path": "/x", "statuses": ["503"]}, "statuses[0]"),
        ({"method": "GET", "path": "/x", "statuses": [{"status": 503, "header": {}}]}, "header"),
        ({"method": "GET", "path": "/x", "statuses": [{"status": 503, "headers": {"a": 1}}]}, "headers"),
        ({"method": "GET", "path": "/x", "times": 0}, "times"),
        ({"method": "GET", "path": "/x", "times": "forever"}, "times"),
        ({"method": "GET", "path": "/x", "delay": -1}, "delay"),
        ({"method": "GET", "path": "/x", "delay": True}, "delay"),
        ({"method": "GET", "path": "/x", "truncate_body_at": 1.5}, "truncate_body_at"),
        ({"method": "GET", "path": "/x", "html_502": "yes"}, "html_502"),
    ],
)
def test_a_bad_fault_is_refused_naming_the_field(
    control: httpx.Client, body: dict[str, Any], named: str
) -> None:
    response = control.post("/faults", json=body)
    assert response.status_code == 400, response.text
    assert named in response.json()["error"]["message"]
    assert control.get("/faults").json()["data"] == []


@pytest.mark.parametrize(
    ("method", "path", "content", "named"),
    [
        ("POST", "/clock/advance", b'{"seconds": -5}', "seconds"),
        ("POST", "/clock/advance", b'{"seconds": NaN}', "seconds"),
        ("POST", "/clock/advance", b'{"seconds": "60"}', "seconds"),
        ("POST", "/clock/advance", b"{}", "seconds"),
        ("POST", "/clock/advance", b"[60]", "JSON object"),
        ("POST", "/clock/advance", b"{not json", "not valid JSON"),
        ("PUT", "/clock/speed", b'{"speed": -1}', "speed"),
        ("PUT", "/clock/speed", b'{"speed": Infinity}', "speed"),
        ("POST", "/balance/top-up", b'{"amount_usd": 0}', "amount_usd"),
        ("POST", "/balance/top-up", b'{"amount": 10}', "amount"),
        ("PUT", "/balance", b'{"balance_usd": null}', "balance_usd"),
        ("POST", "/reset", b'{"hard": true}', "hard"),
    ],
)
def test_bad_values_are_refused_naming_them(
    control: httpx.Client, method: str, path: str, content: bytes, named: str
) -> None:
    before = control.get("/clock").json()["speed"]
    response = control.request(method, path, content=content, headers={"Content-Type": "application/json"})
    assert response.status_code == 400, response.text
    assert named in response.json()["error"]["message"]
    assert control.get("/clock").json()["speed"] == before
    assert control.get("/balance").json()["balance_usd"] == 100


def test_recorded_requests_are_readable_and_control_calls_are_not_among_them(
    control: httpx.Client, sdk: Runcrate, served: dict[str, str]
) -> None:
    sdk.instances.create("trainer", gpu_type="H100")
    key = "my-key"
    sdk.jobs.run(command="echo hi", gpu_type="H100", max_runtime_minutes=5, idempotency_key=key)
    control.get("/clock")
    everything = control.get("/requests").json()["data"]
    assert [(r["method"], r["path"]) for r in everything] == [
        ("POST", "/api/v1/instances"),
        ("POST", "/api/v1/jobs"),
    ]
    job = everything[1]
    assert job["idempotency_key"] == key
    assert json.loads(job["body"])["command"] == "echo hi"
    assert job["headers"]["authorization"] == f"Bearer {KEY}"
    assert job["size"] == len(job["body"].encode())
    assert control.get("/requests", params={"path": "/api/v1/jobs"}).json()["data"] == [job]
    assert control.get("/requests", params={"pth": "/x"}).status_code == 400


def test_violations_are_listed_and_taken(control: httpx.Client, served: dict[str, str]) -> None:
    url = served["RUNCRATE_BASE_URL"] + "/api/v1/instances"
    response = httpx.post(url, headers={"Authorization": f"Bearer {KEY}"}, json={"gpu_type": 7})
    assert response.status_code == 422  # answered as the API would
    seen = control.get("/violations").json()["data"]
    assert seen and "POST /api/v1/instances" in seen[0]
    assert control.post("/violations/take").json()["data"] == seen
    assert control.get("/violations").json()["data"] == []


def test_the_balance_is_topped_up_and_set(control: httpx.Client, sdk: Runcrate) -> None:
    assert control.post("/balance/top-up", json={"amount_usd": 25.5}).json() == {"balance_usd": 125.5}
    assert sdk.billing.get_balance().credits_balance == 125.5
    credit = sdk.billing.list_transactions(type="credit").data[0]
    assert credit.amount == 25.5

    assert control.put("/balance", json={"balance_usd": 0}).json() == {"balance_usd": 0}
    with pytest.raises(runcrate.InsufficientCreditsError):
        sdk.chat.completions.create(model="m", messages=USER)
    control.post("/balance/top-up", json={"amount_usd": 1})
    assert sdk.chat.completions.create(model="m", messages=USER).choices


def test_inference_is_charged_as_the_api_reports_it(control: httpx.Client, sdk: Runcrate) -> None:
    reply = sdk.chat.completions.create(model="m", messages=USER)
    assert reply.usage is not None
    tokens = reply.usage.total_tokens
    sdk.images.generate(model="flux", prompt="a cat")

    usage = sdk.billing.usage()
    assert (usage.total_requests, usage.total_tokens) == (2, tokens)
    assert usage.total_cost == pytest.approx(tokens / 1_000_000 + 0.01)
    assert control.get("/balance").json()["balance_usd"] == pytest.approx(100 - usage.total_cost)
    (day,) = sdk.billing.list_transactions(type="usage").data
    assert day.amount == pytest.approx(-usage.total_cost)
    assert day.status == "accumulating"

    control.post("/clock/advance", json={"seconds": 86_400})
    sdk.images.generate(model="flux", prompt="a dog")
    newest, older = sdk.billing.list_transactions(type="usage").data
    assert newest.amount == pytest.approx(-0.01)
    assert older.status == "completed"


def test_sigterm_stops_the_command_cleanly_and_bad_keys_are_refused() -> None:
    process = start(env={"RUNCRATE_FAKE_CONTROL_TOKEN": TOKEN})
    printed = settings(process)
    assert printed["RUNCRATE_FAKE_CONTROL_TOKEN"] == TOKEN
    assert printed["RUNCRATE_API_KEY"].startswith("rc_live_")
    assert stop(process) == 0

    for bad in ["", "two words", "line\nbreak"]:
        refused = start("--api-key", bad)
        _, err = refused.communicate(timeout=20)
        assert refused.returncode == 2
        assert "api_key must be a non-empty string" in err
