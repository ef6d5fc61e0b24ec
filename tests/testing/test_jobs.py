"""The fake server's jobs, job groups, code uploads and signed URLs, over real sockets.

The clock is frozen for every test here and moved with ``fake.clock.advance``. A job starts
at 2 s, runs at 5 s and ends at 20 s; tests look half a second or more away from those
boundaries, so float rounding of timestamps can never decide an assertion.
"""

from __future__ import annotations

import hashlib
import threading
import tracemalloc
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from runcrate.testing import FakeRuncrate
from runcrate.testing._jobs.store import JobStore
from runcrate.testing._server.clock import iso

SPEC: dict[str, Any] = {"command": "python train.py", "gpu_type": "H100", "max_runtime_minutes": 60}


@pytest.fixture(autouse=True)
def frozen(fake: FakeRuncrate) -> None:
    fake.clock.set_speed(0)  # reset() restores the speed


@pytest.fixture
def api(fake: FakeRuncrate) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {fake.api_key}"}
    with httpx.Client(base_url=f"{fake.url}/api/v1", headers=headers) as client:
        yield client


def store(fake: FakeRuncrate) -> JobStore:
    jobs: JobStore = fake.world.component("jobs")
    return jobs


def submit(api: httpx.Client, **fields: Any) -> dict[str, Any]:
    response = api.post("/jobs", json={**SPEC, **fields})
    assert response.status_code == 201, response.text
    job: dict[str, Any] = response.json()["data"]
    return job


def get(api: httpx.Client, job_id: str) -> dict[str, Any]:
    response = api.get(f"/jobs/{job_id}")
    assert response.status_code == 200, response.text
    job: dict[str, Any] = response.json()["data"]
    return job


def error(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()["error"]
    return body


# ----------------------------------------------------------------------------- submit


def test_submit_answers_a_queued_job_with_the_webhook_secret_only_once(api: httpx.Client) -> None:
    job = submit(
        api,
        gpu_type=["H100:2", "A100"],
        env={"B": "2", "A": "1"},
        tags={"team": "ml"},
        webhook_url="https://hooks.example.com/runcrate/abcdef123456",
    )
    assert job["status"] == "queued"
    assert job["id"].startswith("job_")
    assert job["gpu_type"] == "H100" and job["gpu_count"] == 2
    assert job["gpu_candidates"] == [
        {"gpu_type": "H100", "gpu_count": 2},
        {"gpu_type": "A100", "gpu_count": 1},
    ]
    assert job["env_keys"] == ["A", "B"] and "env" not in job
    assert job["webhook_secret"].startswith("whsec_")
    later = get(api, job["id"])
    assert "webhook_secret" not in later
    assert later["webhook_url"] == "https://hooks.example.com/...123456"


def test_submit_without_a_webhook_has_no_secret(api: httpx.Client) -> None:
    assert "webhook_secret" not in submit(api)


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"command": None}, "command"),
        ({"gpu_type": None}, "gpu_type"),
        ({"max_runtime_minutes": None}, "max_runtime_minutes"),
        ({"max_runtime_minutes": 0}, "max_runtime_minutes"),
        ({"max_runtime_minutes": 10081}, "max_runtime_minutes"),
        ({"gpu_count": 9}, "gpu_count"),
        ({"gpu_type": "H100:x"}, "gpu_type"),
        ({"gpu_type": ["A100", "H100:9"]}, "gpu_type[1]"),
        ({"gpu_type": []}, "gpu_type"),
        ({"capacity_wait_minutes": 1441}, "capacity_wait_minutes"),
        ({"max_retries": 11}, "max_retries"),
        ({"retry_on": ["sometimes"]}, "retry_on[0]"),
        ({"webhook_url": "http://insecure.example.com/hook"}, "webhook_url"),
        ({"webhook_events": ["paused"]}, "webhook_events[0]"),
        ({"code": {"git": {"url": "http://git.example.com/r.git"}}}, "code.git.url"),
        ({"command": "x" * (64 * 1024 + 1)}, "command"),
        ({"code": {"upload_id": "upl_unknown"}}, "code.upload_id"),
        ({"count": 2, "params": [{"LR": "0.1"}]}, "count"),  # a group takes exactly one of the two
        ({"max_parallel": 2}, "max_parallel"),  # a single job takes no group field
        ({"count": 2, "max_runtime_minutes": "60"}, "max_runtime_minutes"),  # a group's own field
    ],
)
def test_bad_specs_are_refused_with_422_naming_the_field(
    fake: FakeRuncrate, api: httpx.Client, fields: dict[str, Any], field: str
) -> None:
    body = {k: v for k, v in {**SPEC, **fields}.items() if v is not None}
    for validated in (False, True):  # the fake's own checks, then the spec validator in front: alike
        fake.set_validation(requests=validated)
        body_error = error(api.post("/jobs", json=body), 422)
        assert body_error["code"] == "validation_error"
        assert body_error["details"]["field"] == field
    fake.take_violations()  # the rules the schema states are recorded as well


def test_refused_gpu_type_is_a_502_launch_refused(api: httpx.Client) -> None:
    assert error(api.post("/jobs", json={**SPEC, "gpu_type": "refuse-me"}), 502)["code"] == "launch_refused"


def test_reached_budget_is_a_402(fake: FakeRuncrate, api: httpx.Client) -> None:
    fake.set_budget(monthly_budget_usd=10.0, month_to_date_usd=10.0)
    assert error(api.post("/jobs", json=SPEC), 402)["code"] == "BUDGET_REACHED"


def test_repeated_idempotency_key_returns_the_first_job(fake: FakeRuncrate, api: httpx.Client) -> None:
    first = api.post("/jobs", json=SPEC, headers={"Idempotency-Key": "key-1"})
    again = api.post("/jobs", json=SPEC, headers={"Idempotency-Key": "key-1"})
    other = api.post("/jobs", json=SPEC, headers={"Idempotency-Key": "key-2"})
    assert again.status_code == 201 and again.json() == first.json()
    assert other.json()["data"]["id"] != first.json()["data"]["id"]
    assert len(api.get("/jobs").json()["data"]) == 2


def test_jobs_belong_to_their_environment(fake: FakeRuncrate, api: httpx.Client) -> None:
    fake.add_environment("staging")
    job = api.post("/jobs", json=SPEC, params={"environment": "staging"}).json()["data"]
    assert error(api.get(f"/jobs/{job['id']}"), 404)["code"] == "not_found"
    assert api.get("/jobs").json()["data"] == []
    assert api.get(f"/jobs/{job['id']}", params={"environment": "staging"}).status_code == 200
    assert error(api.get(f"/jobs/{job['id']}", params={"environment": "nope"}), 404)["code"] == "not_found"


# -------------------------------------------------------------------------- lifecycle


def test_a_job_goes_queued_starting_running_succeeded_on_fake_time(
    fake: FakeRuncrate, api: httpx.Client
) -> None:
    balance = fake.world.balance_usd
    job = submit(api)
    seen = []
    for step in (1, 2, 3, 13, 2):  # t = 1, 3, 6, 19, 21
        fake.clock.advance(step)
        seen.append(get(api, job["id"])["status"])
    assert seen == ["queued", "starting", "running", "running", "succeeded"]
    done = get(api, job["id"])
    assert done["exit_code"] == 0 and done["error"] is None
    assert done["started_at"] is not None and done["ended_at"] is not None
    assert done["cost_usd"] == pytest.approx(15 / 3600 * 2.49, abs=1e-6)
    assert done["artifacts_count"] == 2
    assert [a["status"] for a in done["attempts"]] == ["succeeded"]
    assert fake.world.balance_usd == pytest.approx(balance - done["cost_usd"])
    kinds = [e["kind"] for e in api.get(f"/jobs/{job['id']}/events").json()["data"]]
    assert kinds == ["created", "queued", "launch_attempt", "started", "exited"]


def test_exit_1_fails_with_the_exit_code_and_no_artifacts(fake: FakeRuncrate, api: httpx.Client) -> None:
    job = submit(api, command="python train.py && exit 1")
    fake.clock.advance(21)
    done = get(api, job["id"])
    assert done["status"] == "failed" and done["exit_code"] == 1
    assert api.get(f"/jobs/{job['id']}/artifacts").json()["data"] == []


def test_sleep_infinity_times_out_at_max_runtime(fake: FakeRuncrate, api: httpx.Client) -> None:
    job = submit(api, command="sleep infinity", max_runtime_minutes=1)
    fake.clock.advance(64.5)
    assert get(api, job["id"])["status"] == "running"
    fake.clock.advance(1)
    done = get(api, job["id"])
    assert done["status"] == "timed_out" and done["exit_code"] is None


def test_nonzero_exit_is_retried_when_asked(fake: FakeRuncrate, api: httpx.Client) -> None:
    job = submit(api, command="exit 3", max_retries=1, retry_on=["nonzero_exit"], retry_exit_codes=[3])
    fake.clock.advance(21)
    waiting = get(api, job["id"])
    assert waiting["status"] == "queued" and waiting["next_attempt_at"] is not None
    fake.clock.advance(30)
    done = get(api, job["id"])
    assert done["status"] == "failed" and done["exit_code"] == 3
    assert [a["attempt"] for a in done["attempts"]] == [1, 2] and done["attempt"] == 2


def test_machine_failures_are_retried_and_exit_codes_not_listed_are_not(
    fake: FakeRuncrate, api: httpx.Client
) -> None:
    lost = submit(api, command="train #fake:machine-failure", max_retries=2)
    not_listed = submit(api, command="exit 4", max_retries=1, retry_on=["nonzero_exit"], retry_exit_codes=[3])
    fake.clock.advance(200)
    assert len(get(api, lost["id"])["attempts"]) == 3
    assert get(api, lost["id"])["error"].startswith("Machine failure")
    assert len(get(api, not_listed["id"])["attempts"]) == 1


def test_candidates_without_capacity_are_skipped_then_the_job_gives_up(
    fake: FakeRuncrate, api: httpx.Client
) -> None:
    fallback = submit(api, gpu_type=["no-capacity", "A100"])
    stuck = submit(api, gpu_type="no-capacity", capacity_wait_minutes=1)
    fake.clock.advance(3)
    assert get(api, fallback["id"])["gpu_type"] == "A100"
    assert get(api, stuck["id"])["queue_reason"] == "no_capacity"
    fake.clock.advance(60)
    assert get(api, stuck["id"])["status"] == "failed"


# ----------------------------------------------------------------------- list, get, delete, cancel


def test_list_is_newest_first_with_cursor_pages(fake: FakeRuncrate, api: httpx.Client) -> None:
    ids = []
    for _ in range(5):
        ids.append(submit(api)["id"])
        fake.clock.advance(1)
    seen, cursor = [], None
    while True:
        params = {"limit": 2, **({"cursor": cursor} if cursor else {})}
        body = api.get("/jobs", params=params).json()
        seen += [job["id"] for job in body["data"]]
        if not body["meta"]["has_more"]:
            assert body["meta"]["cursor"] is None
            break
        cursor = body["meta"]["cursor"]
        assert isinstance(cursor, str)
    assert seen == ids[::-1]


def test_list_filters(fake: FakeRuncrate, api: httpx.Client) -> None:
    old = submit(api, name="alpha", tags={"team": "ml", "env": "dev"}, gpu_type="A100")
    fake.clock.advance(30)  # old succeeded
    mid = submit(api, name="beta", command="python eval.py", tags={"team": "ml"})
    new = submit(api, name="gamma", command="exit 1", tags={"team": "ops"})
    created_after = iso(fake.clock.now() + 0.25).replace("Z", "+00:00")
    fake.clock.advance(0.5)
    new_after = submit(api)

    def ids(**params: Any) -> list[str]:
        return [job["id"] for job in api.get("/jobs", params=params).json()["data"]]

    assert ids(status="succeeded") == [old["id"]]
    assert ids(status="queued,succeeded") == [new_after["id"], new["id"], mid["id"], old["id"]]
    assert ids(tag=["team:ml", "env:dev"]) == [old["id"]]
    assert ids(tag="team:ml") == [mid["id"], old["id"]]
    assert ids(q="EVAL") == [mid["id"]]
    assert ids(q="gam") == [new["id"]]
    assert ids(gpu_type="a100") == [old["id"]]
    assert ids(created_after=created_after) == [new_after["id"]]


def test_unknown_job_is_a_404(api: httpx.Client) -> None:
    assert error(api.get("/jobs/job_999999"), 404)["code"] == "not_found"
    assert error(api.get("/jobs/job_999999/logs"), 404)["code"] == "not_found"


def test_delete_refuses_a_live_job_and_forgets_a_finished_one(fake: FakeRuncrate, api: httpx.Client) -> None:
    job = submit(api)
    assert error(api.delete(f"/jobs/{job['id']}"), 409)["code"] == "conflict"
    fake.clock.advance(21)
    assert api.delete(f"/jobs/{job['id']}").status_code == 204
    assert api.get(f"/jobs/{job['id']}").status_code == 404


def test_cancel_is_idempotent_and_refuses_a_job_that_ended_otherwise(
    fake: FakeRuncrate, api: httpx.Client
) -> None:
    live, done = submit(api, command="sleep infinity"), submit(api)
    fake.clock.advance(21)
    first = api.post(f"/jobs/{live['id']}/cancel")
    again = api.post(f"/jobs/{live['id']}/cancel")
    assert first.status_code == again.status_code == 200
    assert first.json()["data"]["status"] == "cancelled"
    assert again.json()["data"] == first.json()["data"]
    assert error(api.post(f"/jobs/{done['id']}/cancel"), 409)["code"] == "conflict"
    assert api.get(f"/jobs/{live['id']}/events").json()["data"][-1]["kind"] == "cancelled"


# ------------------------------------------------------------------------------ rerun


def test_rerun_merges_overrides_and_env_and_null_clears(fake: FakeRuncrate, api: httpx.Client) -> None:
    original = submit(api, env={"A": "1", "B": "2"}, webhook_url="https://hooks.example.com/x/y", name="orig")
    body = {"env": {"C": "3"}, "webhook_url": None, "max_runtime_minutes": 5, "name": None}
    response = api.post(f"/jobs/{original['id']}/rerun", json=body, headers={"Idempotency-Key": "rr"})
    assert response.status_code == 201
    rerun = response.json()["data"]
    assert rerun["rerun_of"] == original["id"] and rerun["id"] != original["id"]
    assert rerun["env_keys"] == ["A", "B", "C"]
    assert rerun["webhook_url"] is None and rerun["max_runtime_minutes"] == 5
    assert rerun["name"] == rerun["id"]
    again = api.post(f"/jobs/{original['id']}/rerun", json=body, headers={"Idempotency-Key": "rr"})
    assert again.json() == response.json()
    assert api.post(f"/jobs/{original['id']}/rerun").status_code == 201  # no body: an identical copy
    fake.set_validation(requests=False)
    assert (
        error(api.post(f"/jobs/{original['id']}/rerun", json={"command": None}), 422)["details"]["field"]
        == "command"
    )


# ------------------------------------------------------------------------- logs


def test_logs_page_by_integer_cursor_until_done(fake: FakeRuncrate, api: httpx.Client) -> None:
    job = submit(api)
    fake.clock.advance(8.5)  # running since t=5: header and steps 1-3
    page = api.get(f"/jobs/{job['id']}/logs", params={"after": 0, "limit": 2}).json()["data"]
    assert [c["seq"] for c in page["chunks"]] == [1, 2] and page["cursor"] == 2 and not page["done"]
    assert page["chunks"][0]["text"].startswith("[runcrate] attempt 1 running on H100")
    page = api.get(f"/jobs/{job['id']}/logs", params={"after": 2}).json()["data"]
    assert [c["seq"] for c in page["chunks"]] == [3, 4] and page["status"] == "running"
    fake.clock.advance(20)
    page = api.get(f"/jobs/{job['id']}/logs", params={"after": page["cursor"]}).json()["data"]
    assert page["done"] and page["chunks"][-1]["text"].startswith("saved outputs/")
    assert get(api, job["id"])["log_bytes"] > 0


def test_dropped_lines_become_one_marker_chunk(fake: FakeRuncrate, api: httpx.Client) -> None:
    job = submit(api)
    fake.clock.advance(21)
    store(fake).drop_logs(job["id"], 5)
    page = api.get(f"/jobs/{job['id']}/logs").json()["data"]
    assert page["truncated"] and page["chunks"][0]["seq"] is None and page["chunks"][0]["ts"] is None
    assert page["chunks"][1]["seq"] == 6 and page["done"]
    assert get(api, job["id"])["logs_truncated"]


def _follow_in_thread(
    api: httpx.Client, job_id: str, after: int
) -> tuple[threading.Thread, list[dict[str, Any]]]:
    result: list[dict[str, Any]] = []

    def read() -> None:
        params: dict[str, Any] = {"after": after, "follow": "true"}
        with httpx.Client(base_url=api.base_url, headers=api.headers, timeout=60) as own:
            result.append(own.get(f"/jobs/{job_id}/logs", params=params).json()["data"])

    thread = threading.Thread(target=read)
    thread.start()
    return thread, result


def _until_done(thread: threading.Thread, nudge: Callable[[], None]) -> None:
    """Nudge the server (advance time, add output) until the long poll answers."""
    for _ in range(400):
        nudge()
        thread.join(0.05)
        if not thread.is_alive():
            return
    pytest.fail("the long poll never answered")


def test_follow_answers_when_new_output_appears(fake: FakeRuncrate, api: httpx.Client) -> None:
    job = submit(api)
    store(fake).set_status(job["id"], "running")
    thread, result = _follow_in_thread(api, job["id"], after=1)
    _until_done(thread, lambda: store(fake).emit_log(job["id"], "hello\n"))
    assert result[0]["chunks"][0] == {**result[0]["chunks"][0], "seq": 2, "text": "hello\n"}
    assert not result[0]["done"]


def test_follow_answers_empty_after_25_fake_seconds(fake: FakeRuncrate, api: httpx.Client) -> None:
    job = submit(api, command="sleep infinity", max_runtime_minutes=10080)
    fake.clock.advance(5.5)
    thread, result = _follow_in_thread(api, job["id"], after=1)
    _until_done(thread, lambda: fake.clock.advance(5))
    assert result[0]["chunks"] == [] and result[0]["cursor"] == 1 and not result[0]["done"]


def test_follow_answers_done_when_the_job_ends(fake: FakeRuncrate, api: httpx.Client) -> None:
    job = submit(api)
    store(fake).set_status(job["id"], "running")
    thread, result = _follow_in_thread(api, job["id"], after=1)

    def end_once() -> None:
        if store(fake).job(job["id"]).is_live:
            store(fake).set_status(job["id"], "cancelled")

    _until_done(thread, end_once)
    assert result[0]["done"] and result[0]["status"] == "cancelled"


# ------------------------------------------------------------------ metrics, controls


def test_metrics_cover_the_running_time_per_gpu(fake: FakeRuncrate, api: httpx.Client) -> None:
    job = submit(api, command="sleep infinity", gpu_type="A100:2", max_runtime_minutes=10)
    fake.clock.advance(5 + 299.5)
    points = api.get(f"/jobs/{job['id']}/metrics", params={"step": 60}).json()["data"]
    assert len(points) == 5 and all(len(p["gpus"]) == 2 for p in points)
    assert all(
        0 <= g["util"] <= 100 and g["mem_used_mb"] <= g["mem_total_mb"] for p in points for g in p["gpus"]
    )
    assert len(api.get(f"/jobs/{job['id']}/metrics").json()["data"]) == 30  # default step: 10 s
    assert get(api, job["id"])["gpu_util_avg"] is not None
    fake.set_validation(requests=False)
    assert error(api.get(f"/jobs/{job['id']}/metrics", params={"step": 59}), 400)["code"] == "invalid_params"


def test_controls_hold_resume_and_finish_jobs(fake: FakeRuncrate, api: httpx.Client) -> None:
    jobs = store(fake)
    held, running = submit(api), submit(api)
    jobs.set_status(held["id"], "queued", queue_reason="budget")
    jobs.set_status(running["id"], "running")
    fake.clock.advance(100)
    assert get(api, held["id"])["queue_reason"] == "budget"
    assert get(api, running["id"])["status"] == "running"
    jobs.resume(held["id"])
    fake.clock.advance(5.5)
    assert get(api, held["id"])["status"] == "running"
    failing = submit(api)
    jobs.finish(failing["id"], exit_code=7)
    assert get(api, failing["id"])["status"] == "failed" and get(api, failing["id"])["exit_code"] == 7
    with pytest.raises(ValueError, match="already ended"):
        jobs.finish(failing["id"])


# ---------------------------------------------------------------------- artifacts


def _download(url: str) -> httpx.Response:
    return httpx.get(url)  # a new client: no Authorization, like the SDK's signed-URL client


def test_artifact_redirects_to_a_signed_url_serving_the_listed_bytes(
    fake: FakeRuncrate, api: httpx.Client
) -> None:
    job = submit(api)
    fake.clock.advance(21)
    listed = {a["path"]: a for a in api.get(f"/jobs/{job['id']}/artifacts").json()["data"]}
    assert set(listed) == {"outputs/result.json", "model/weights.bin"}
    for path, artifact in listed.items():
        redirect = api.get(f"/jobs/{job['id']}/artifacts/{path}")
        assert redirect.status_code == 302
        location = redirect.headers["location"]
        assert location.startswith(f"{fake.url}/signed/artifacts/")
        body = _download(location)
        assert body.status_code == 200
        assert len(body.content) == artifact["bytes"]
        assert hashlib.sha256(body.content).hexdigest() == artifact["sha256"]
    signed = fake.world.component("signed_urls").requests
    assert [r.authorization for r in signed] == [None, None]


def test_signed_urls_record_an_authorization_header_and_refuse_bad_signatures(
    fake: FakeRuncrate, api: httpx.Client
) -> None:
    job = submit(api)
    fake.clock.advance(21)
    location = api.get(f"/jobs/{job['id']}/artifacts/outputs/result.json").headers["location"]
    assert httpx.get(location, headers={"Authorization": "Bearer leaked"}).status_code == 200
    assert fake.world.component("signed_urls").requests[-1].authorization == "Bearer leaked"
    tampered = httpx.get(location.replace("signature=", "signature=0"))
    assert tampered.status_code == 403 and b"SignatureDoesNotMatch" in tampered.content
    fake.clock.advance(3601)
    assert b"AccessDenied" in httpx.get(location).content


def test_added_corrupted_and_resized_artifacts(fake: FakeRuncrate, api: httpx.Client) -> None:
    jobs = store(fake)
    job = submit(api)
    jobs.add_artifact(job["id"], "outputs/my report #1.txt", b"hello")
    jobs.set_artifact_size(job["id"], "model/big.bin", 3 * 256 * 1024 + 5)
    jobs.add_artifact(job["id"], "model/bad.bin", size=1000)
    jobs.corrupt_artifact(job["id"], "model/bad.bin")
    listed = {a["path"]: a for a in api.get(f"/jobs/{job['id']}/artifacts").json()["data"]}
    encoded = "outputs/my%20report%20%231.txt"
    assert (
        _download(api.get(f"/jobs/{job['id']}/artifacts/{encoded}").headers["location"]).content == b"hello"
    )
    big = _download(api.get(f"/jobs/{job['id']}/artifacts/model/big.bin").headers["location"]).content
    assert len(big) == listed["model/big.bin"]["bytes"]
    assert hashlib.sha256(big).hexdigest() == listed["model/big.bin"]["sha256"]
    bad = _download(api.get(f"/jobs/{job['id']}/artifacts/model/bad.bin").headers["location"]).content
    assert len(bad) == 1000 and hashlib.sha256(bad).hexdigest() != listed["model/bad.bin"]["sha256"]
    assert error(api.get(f"/jobs/{job['id']}/artifacts/nope.txt"), 404)["code"] == "not_found"


def test_a_deleted_job_no_longer_serves_its_artifacts(fake: FakeRuncrate, api: httpx.Client) -> None:
    job = submit(api)
    fake.clock.advance(21)
    location = api.get(f"/jobs/{job['id']}/artifacts/outputs/result.json").headers["location"]
    api.delete(f"/jobs/{job['id']}")
    assert _download(location).status_code == 404


# --------------------------------------------------------------------------- uploads


def _reserve(api: httpx.Client, content: bytes, *, with_hash: bool = True) -> dict[str, Any]:
    body: dict[str, Any] = {"bytes": len(content)}
    if with_hash:
        body["sha256"] = hashlib.sha256(content).hexdigest()
    response = api.post("/jobs/uploads", json=body)
    assert response.status_code == 201, response.text
    upload: dict[str, Any] = response.json()["data"]
    return upload


def test_upload_put_then_use_in_a_job_then_dedupe(fake: FakeRuncrate, api: httpx.Client) -> None:
    archive = b"\x1f\x8b fake tar.gz bytes" * 100
    upload = _reserve(api, archive)
    assert upload["url"].startswith(f"{fake.url}/signed/uploads/")
    assert upload["max_bytes"] == 1 << 30 and upload["url_expires_at"] < upload["expires_at"]
    code = {"code": {"upload_id": upload["upload_id"]}}
    assert error(api.post("/jobs", json={**SPEC, **code}), 422)["details"]["field"] == "code.upload_id"
    assert _reserve(api, archive)["url"] is not None  # not received yet: a fresh URL
    assert httpx.put(upload["url"], content=archive).status_code == 200
    job = submit(api, **code)
    assert job["code"] == {
        "source": "upload",
        "ref": upload["upload_id"],
        "sha256": hashlib.sha256(archive).hexdigest(),
    }
    again = _reserve(api, archive)
    assert again["upload_id"] == upload["upload_id"] and again["url"] is None
    assert fake.world.component("uploads").content(upload["upload_id"]) == archive
    assert fake.world.component("signed_urls").requests[-1].authorization is None


def test_upload_put_checks_size_and_digest(api: httpx.Client) -> None:
    archive = b"archive bytes"
    upload = _reserve(api, archive)
    short = httpx.put(upload["url"], content=archive[:-1])
    assert short.status_code == 400 and b"IncompleteBody" in short.content
    wrong = httpx.put(upload["url"], content=archive.upper())
    assert wrong.status_code == 400 and b"BadDigest" in wrong.content
    unhashed = _reserve(api, archive, with_hash=False)
    assert unhashed["upload_id"] != upload["upload_id"]
    assert httpx.put(unhashed["url"], content=archive.upper()).status_code == 200


def test_a_large_upload_streams_through_and_the_log_keeps_its_size_and_digest(
    fake: FakeRuncrate, api: httpx.Client
) -> None:
    piece = bytes(range(256)) * 4096  # 1 MiB
    count = 64
    digest = hashlib.sha256(piece * count).hexdigest()
    upload = api.post("/jobs/uploads", json={"bytes": len(piece) * count, "sha256": digest}).json()["data"]
    tracemalloc.start()
    try:
        response = httpx.put(upload["url"], content=(piece for _ in range(count)))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert response.status_code == 200
    assert peak < 32 * len(piece)  # the 64 MiB body was never held whole (at most its first 8 MiB)
    put = fake.requests[-1]
    assert (put.method, put.size, put.sha256, put.body, put.body_kept) == (
        "PUT",
        len(piece) * count,
        digest,
        b"",
        False,
    )
    small = fake.requests[-2]
    assert (
        small.body_kept
        and small.size == len(small.body)
        and small.sha256 == hashlib.sha256(small.body).hexdigest()
    )


def test_upload_reservation_checks_its_fields(fake: FakeRuncrate, api: httpx.Client) -> None:
    fake.set_validation(requests=False)
    assert error(api.post("/jobs/uploads", json={"bytes": (1 << 30) + 1}), 422)["details"]["field"] == "bytes"
    assert (
        error(api.post("/jobs/uploads", json={"bytes": 10, "sha256": "xyz"}), 422)["details"]["field"]
        == "sha256"
    )


def test_git_code_reports_a_commit(api: httpx.Client) -> None:
    job = submit(api, code={"git": {"url": "https://github.com/acme/trainer.git", "ref": "v1"}})
    assert job["code"]["source"] == "git" and job["code"]["ref"] == "v1" and len(job["code"]["commit"]) == 40


# ---------------------------------------------------------------------------- groups


def test_group_runs_max_parallel_jobs_at_a_time(fake: FakeRuncrate, api: httpx.Client) -> None:
    response = api.post("/jobs", json={**SPEC, "name": "sweep", "count": 3, "max_parallel": 2})
    assert response.status_code == 201
    group = response.json()["data"]
    assert group["count"] == 3 and group["max_parallel"] == 2 and group["webhook_secret"] is None
    assert [j["job_index"] for j in group["jobs"]] == [0, 1, 2]
    assert [j["name"] for j in group["jobs"]] == ["sweep-0", "sweep-1", "sweep-2"]
    assert [j["queue_reason"] for j in group["jobs"]] == [None, None, "max_parallel"]
    fake.clock.advance(21)  # jobs 0 and 1 ended at 20, freeing a slot for job 2
    counts = api.get(f"/job-groups/{group['id']}").json()["data"]["status_counts"]
    assert counts["succeeded"] == 2 and counts["queued"] == 1
    fake.clock.advance(20)
    final = api.get(f"/job-groups/{group['id']}").json()["data"]
    assert final["status_counts"]["succeeded"] == 3 and final["cost_usd"] > 0
    listed = api.get("/jobs", params={"group_id": group["id"]}).json()["data"]
    assert sorted(j["id"] for j in listed) == sorted(j["id"] for j in group["jobs"])


def test_group_params_merge_over_env(api: httpx.Client) -> None:
    body = {**SPEC, "env": {"BASE": "1"}, "params": [{"LR": "0.1"}, {"LR": "0.2", "SEED": "7"}]}
    group = api.post("/jobs", json=body).json()["data"]
    assert [j["env_keys"] for j in group["jobs"]] == [["BASE", "LR"], ["BASE", "LR", "SEED"]]


def test_group_cancel_is_idempotent(fake: FakeRuncrate, api: httpx.Client) -> None:
    group = api.post("/jobs", json={**SPEC, "count": 2}).json()["data"]
    first = api.post(f"/job-groups/{group['id']}/cancel")
    again = api.post(f"/job-groups/{group['id']}/cancel")
    assert first.status_code == again.status_code == 200
    assert first.json()["data"]["status_counts"]["cancelled"] == 2
    assert again.json()["data"] == first.json()["data"]
    assert error(api.get("/job-groups/grp_999999"), 404)["code"] == "not_found"
