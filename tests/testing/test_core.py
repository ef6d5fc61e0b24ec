"""The fake server's core over real sockets: auth, envelopes, request ids, reset, life cycle, CLI."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from runcrate.testing import FakeRuncrate

API = "/api/v1"
REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("authorization", [None, "Bearer rc_live_not-issued", "Basic abc", "Bearer"])
def test_requests_without_an_issued_key_are_401_in_each_surface_envelope(
    fake: FakeRuncrate, authorization: str | None
) -> None:
    headers = {"Authorization": authorization} if authorization else {}
    infra = httpx.get(f"{fake.url}{API}/instances", headers=headers)
    assert (infra.status_code, infra.json()["error"]["code"]) == (401, "invalid_key")
    inference = httpx.post(f"{fake.url}/v1/chat/completions", headers=headers, json={})
    assert inference.status_code == 401
    assert inference.json()["error"]["type"] == "authentication_error"
    assert infra.headers["x-request-id"] != inference.headers["x-request-id"]


def test_issued_keys_work_and_survive_only_until_reset(fake: FakeRuncrate) -> None:
    key = fake.issue_key()
    assert key.startswith("rc_live_") and key != fake.api_key
    url = f"{fake.url}{API}/instances"
    assert httpx.get(url, headers={"Authorization": f"Bearer {key}"}).status_code == 200
    fake.reset()
    assert httpx.get(url, headers={"Authorization": f"Bearer {key}"}).status_code == 401
    assert httpx.get(url, headers={"Authorization": f"Bearer {fake.api_key}"}).status_code == 200


def test_unknown_paths_are_404_and_wrong_methods_405_in_the_right_envelope(http: httpx.Client) -> None:
    infra = http.get(f"{API}/no-such-thing")
    assert (infra.status_code, infra.json()["error"]["code"]) == (404, "not_found")
    inference = http.get("/v1/models")
    assert inference.status_code == 404
    assert set(inference.json()["error"]) == {"message", "type", "code", "param"}
    assert http.get("/").status_code == 404
    wrong = http.put(f"{API}/instances")
    assert (wrong.status_code, wrong.json()["error"]["code"]) == (405, "method_not_allowed")


def test_every_response_carries_a_request_id(http: httpx.Client) -> None:
    ids = {http.get(f"{API}/instances").headers["x-request-id"] for _ in range(3)}
    assert len(ids) == 3 and all(i.startswith("req_") for i in ids)
    assert http.get(f"{API}/instances/nope").headers["x-request-id"].startswith("req_")


def test_reset_returns_a_fresh_workspace_with_the_same_ids(fake: FakeRuncrate, http: httpx.Client) -> None:
    body = {"name": "box", "gpu_type": "H100"}
    first = http.post(f"{API}/instances", json=body).json()["data"]["id"]
    http.post(f"{API}/environments", json={"name": "dev"})
    fake.set_balance(3)
    fake.reset()
    assert http.get(f"{API}/instances").json()["data"] == []
    assert [e["name"] for e in http.get(f"{API}/environments").json()["data"]] == ["main"]
    assert http.get(f"{API}/billing/balance").json()["data"]["creditsBalance"] == 100
    assert http.post(f"{API}/instances", json=body).json()["data"]["id"] == first


def test_a_handler_crash_is_a_500_and_a_recorded_error(fake: FakeRuncrate, http: httpx.Client) -> None:
    class Broken:
        def reset(self) -> None:
            return None

        def settle(self) -> None:
            raise RuntimeError("boom")

    fake.world.register("broken", Broken())
    try:
        response = http.get(f"{API}/billing/balance")
    finally:
        fake.world.unregister("broken")
    assert (response.status_code, response.json()["error"]["code"]) == (500, "internal_error")
    assert "boom" in response.json()["error"]["message"]
    (recorded,) = fake.take_violations()
    assert recorded.startswith("server error GET /api/v1/billing/balance: RuntimeError: boom")


def test_a_second_server_runs_beside_the_session_one_and_stops_cleanly(fake: FakeRuncrate) -> None:
    with FakeRuncrate(validate=False) as other:
        assert other.url != fake.url
        assert other.api_key != fake.api_key
        url = f"{other.url}{API}/instances"
        assert httpx.get(url, headers={"Authorization": f"Bearer {other.api_key}"}).status_code == 200
    with pytest.raises(httpx.ConnectError):
        httpx.get(url)


async def test_the_async_context_manager(fake: FakeRuncrate) -> None:
    async with FakeRuncrate(validate=False) as other, httpx.AsyncClient(base_url=other.url) as client:
        response = await client.get(f"{API}/instances", headers={"Authorization": f"Bearer {other.api_key}"})
    assert response.status_code == 200


def test_speed_scales_fake_time(fake: FakeRuncrate) -> None:
    with FakeRuncrate(validate=False, speed=0) as frozen:
        before = frozen.clock.now()
        frozen.clock.advance(5)
        assert frozen.clock.now() == before + 5


def test_the_command_line_prints_the_url_and_key_and_serves_until_interrupted() -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    process = subprocess.Popen(
        [sys.executable, "-m", "runcrate.testing", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert process.stdout is not None
        url = process.stdout.readline().split()[-1]
        key = process.stdout.readline().strip().split("=", 1)[1]
        assert url.startswith("http://127.0.0.1:") and key.startswith("rc_live_")
        response = httpx.get(f"{url}{API}/instances", headers={"Authorization": f"Bearer {key}"})
        assert response.status_code == 200
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=10)
    assert process.returncode == 0


def test_importing_the_package_loads_no_server_until_a_name_is_used() -> None:
    code = (
        "import sys, runcrate.testing as t\n"
        "print('starlette' in sys.modules, 'jsonschema' in sys.modules)\n"
        "t.FakeRuncrate\n"
        "print('starlette' in sys.modules, sorted(set(t.__all__) - set(dir(t))))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split("\n")[:2] == ["False False", "True []"]
