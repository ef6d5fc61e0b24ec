"""The fake server's schedules, over real sockets: checks, next runs, PATCH, run-now, firing.

The clock is frozen and moved with ``fake.clock.advance``.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest

from runcrate.testing import FakeRuncrate
from runcrate.testing._server.clock import iso

JOB_SPEC: dict[str, Any] = {
    "name": "nightly-eval",
    "command": "python eval.py",
    "gpu_type": "A100",
    "max_runtime_minutes": 30,
}
INSTANCE_SPEC: dict[str, Any] = {
    "name": "devbox",
    "gpu_type": "A100",
    "max_runtime_minutes": 60,
    "env_vars": [{"key": "MODE", "value": "dev"}],
}


@pytest.fixture(autouse=True)
def frozen(fake: FakeRuncrate) -> None:
    fake.clock.set_speed(0)


@pytest.fixture
def api(fake: FakeRuncrate) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {fake.api_key}"}
    with httpx.Client(base_url=f"{fake.url}/api/v1", headers=headers) as client:
        yield client


def at(fake: FakeRuncrate, seconds: float) -> str:
    """A ``run_at`` value ``seconds`` from now, in the SDK's form."""
    return iso(fake.clock.now() + seconds)


def create(api: httpx.Client, **body: Any) -> dict[str, Any]:
    response = api.post("/schedules", json={"kind": "job", "spec": JOB_SPEC, **body})
    assert response.status_code == 201, response.text
    schedule: dict[str, Any] = response.json()["data"]
    return schedule


def get(api: httpx.Client, schedule_id: str) -> dict[str, Any]:
    response = api.get(f"/schedules/{schedule_id}")
    assert response.status_code == 200, response.text
    schedule: dict[str, Any] = response.json()["data"]
    return schedule


def error(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()["error"]
    return body


def parse(value: str) -> datetime:
    return datetime.fromisoformat(value)


# ----------------------------------------------------------------------------- create


def test_one_off_schedule_defaults(fake: FakeRuncrate, api: httpx.Client) -> None:
    run_at = at(fake, 3600)
    schedule = create(api, run_at=run_at)
    assert schedule["id"].startswith("sched_")
    assert schedule["name"] == "nightly-eval"  # the spec's name
    assert schedule["run_at"] == run_at and schedule["next_run_at"] == run_at and schedule["cron"] is None
    assert schedule["timezone"] == "UTC" and schedule["overlap"] == "skip" and schedule["enabled"] is True
    assert schedule["max_runtime_minutes"] == 30 and schedule["run_count"] == 0
    assert schedule["spec"] == JOB_SPEC and schedule["environment_id"] == fake.world.default_environment().id


def test_cron_next_run_is_read_in_the_timezone(fake: FakeRuncrate, api: httpx.Client) -> None:
    schedule = create(api, cron="30 9 * * *", timezone="America/New_York", name="morning")
    local_now = fake.clock.now_datetime().astimezone(ZoneInfo("America/New_York"))
    expected = local_now.replace(hour=9, minute=30, second=0, microsecond=0)
    if expected <= local_now:
        expected = (expected + timedelta(days=1)).replace(hour=9, minute=30)
    assert parse(schedule["next_run_at"]) == expected.astimezone(UTC)
    assert schedule["name"] == "morning" and schedule["run_at"] is None


def test_created_paused_has_no_next_run(api: httpx.Client) -> None:
    assert create(api, cron="0 * * * *", enabled=False)["next_run_at"] is None


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"cron": "*/10 * * * *"}, "cron"),
        ({"cron": "0,5 * * * *"}, "cron"),
        ({"cron": "0 25 * * *"}, "cron"),
        ({"cron": "0 0 31 2 *"}, "cron"),
        ({"cron": "0 * * *"}, "cron"),
        ({"cron": "0 * * * *", "timezone": "Mars/Olympus"}, "timezone"),
        ({"cron": "0 * * * *", "overlap": "queue"}, "overlap"),
        ({"cron": "0 * * * *", "kind": "cluster"}, "kind"),
        ({"cron": "0 * * * *", "run_at": "2030-01-01T00:00:00.000Z"}, "run_at"),
        ({}, "run_at"),
        ({"run_at": "2020-01-01T00:00:00.000Z"}, "run_at"),
        ({"run_at": "2030-01-01T00:00:00"}, "run_at"),
        ({"cron": "0 * * * *", "spec": {"command": "x", "gpu_type": "A100"}}, "spec.max_runtime_minutes"),
        ({"cron": "0 * * * *", "spec": {**JOB_SPEC, "count": 2}}, "spec.count"),
        ({"cron": "0 * * * *", "spec": {**JOB_SPEC, "max_runtime_minutes": 0}}, "spec.max_runtime_minutes"),
        (
            {"cron": "0 * * * *", "kind": "instance", "spec": {**INSTANCE_SPEC, "max_runtime_minutes": 4}},
            "spec.max_runtime_minutes",
        ),
        (
            {"cron": "0 * * * *", "kind": "instance", "spec": {**INSTANCE_SPEC, "env_vars": {"A": "1"}}},
            "spec.env_vars",
        ),
    ],
)
def test_bad_schedules_are_refused_with_422(
    fake: FakeRuncrate, api: httpx.Client, body: dict[str, Any], field: str
) -> None:
    for validated in (False, True):  # the fake's own checks, then the spec validator in front: alike
        fake.set_validation(requests=validated)
        response = api.post("/schedules", json={"kind": "job", "spec": JOB_SPEC, **body})
        assert error(response, 422)["details"]["field"] == field
    fake.take_violations()  # the rules the schema states are recorded as well


def test_run_at_at_most_365_days_ahead(fake: FakeRuncrate, api: httpx.Client) -> None:
    create(api, run_at=at(fake, 365 * 86400 - 60))
    response = api.post("/schedules", json={"kind": "job", "spec": JOB_SPEC, "run_at": at(fake, 366 * 86400)})
    assert error(response, 422)["details"]["field"] == "run_at"


def test_fifty_schedules_per_environment(fake: FakeRuncrate, api: httpx.Client) -> None:
    for _ in range(50):
        create(api, cron="0 * * * *")
    refused = error(api.post("/schedules", json={"kind": "job", "spec": JOB_SPEC, "cron": "0 * * * *"}), 409)
    assert refused["code"] == "conflict" and refused["details"]["reason"] == "schedule_limit"
    fake.add_environment("staging")
    other = api.post(
        "/schedules",
        params={"environment": "staging"},
        json={"kind": "job", "spec": JOB_SPEC, "cron": "0 * * * *"},
    )
    assert other.status_code == 201


# --------------------------------------------------------------------------- read, delete


def test_list_is_newest_first_and_per_environment(fake: FakeRuncrate, api: httpx.Client) -> None:
    first = create(api, cron="0 * * * *")
    fake.clock.advance(1)
    second = create(api, cron="15 * * * *")
    fake.add_environment("staging")
    api.post(
        "/schedules",
        params={"environment": "staging"},
        json={"kind": "job", "spec": JOB_SPEC, "cron": "0 * * * *"},
    )
    listed = api.get("/schedules").json()["data"]
    assert [s["id"] for s in listed] == [second["id"], first["id"]]


def test_get_and_delete(api: httpx.Client) -> None:
    schedule = create(api, cron="0 * * * *")
    assert get(api, schedule["id"]) == schedule
    assert api.delete(f"/schedules/{schedule['id']}").status_code == 204
    assert error(api.get(f"/schedules/{schedule['id']}"), 404)["code"] == "not_found"
    assert error(api.delete(f"/schedules/{schedule['id']}"), 404)["code"] == "not_found"


# ------------------------------------------------------------------------------- PATCH


def test_patch_switches_between_one_off_and_recurring(fake: FakeRuncrate, api: httpx.Client) -> None:
    schedule = create(api, cron="0 * * * *")
    run_at = at(fake, 7200)
    one_off = api.patch(f"/schedules/{schedule['id']}", json={"run_at": run_at}).json()["data"]
    assert one_off["run_at"] == run_at and one_off["cron"] is None and one_off["next_run_at"] == run_at
    recurring = api.patch(f"/schedules/{schedule['id']}", json={"cron": "45 * * * *"}).json()["data"]
    assert recurring["run_at"] is None and recurring["cron"] == "45 * * * *"
    assert parse(recurring["next_run_at"]).minute == 45


def test_patch_pause_resume_rename_and_replace_spec(api: httpx.Client) -> None:
    schedule = create(api, cron="0 * * * *")
    paused = api.patch(f"/schedules/{schedule['id']}", json={"enabled": False}).json()["data"]
    assert paused["enabled"] is False and paused["next_run_at"] is None
    resumed = api.patch(f"/schedules/{schedule['id']}", json={"enabled": True, "name": "renamed"}).json()[
        "data"
    ]
    assert resumed["next_run_at"] == schedule["next_run_at"] and resumed["name"] == "renamed"
    spec = {"command": "python other.py", "gpu_type": "H100", "max_runtime_minutes": 5}
    replaced = api.patch(f"/schedules/{schedule['id']}", json={"spec": spec}).json()["data"]
    assert replaced["spec"] == spec and replaced["max_runtime_minutes"] == 5


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "body"),
        ({"name": None}, "name"),
        ({"run_at": "2030-01-01T00:00:00.000Z", "cron": "0 * * * *"}, "run_at"),
        ({"cron": "* * * * *"}, "cron"),
        ({"spec": {"command": "x"}}, "spec.max_runtime_minutes"),
    ],
)
def test_patch_refusals(fake: FakeRuncrate, api: httpx.Client, body: dict[str, Any], field: str) -> None:
    schedule = create(api, cron="0 * * * *")
    fake.set_validation(requests=False)
    assert error(api.patch(f"/schedules/{schedule['id']}", json=body), 422)["details"]["field"] == field


# ------------------------------------------------------------------------------ run-now


def test_run_now_of_a_job_schedule(fake: FakeRuncrate, api: httpx.Client) -> None:
    schedule = create(api, cron="0 * * * *", enabled=False)
    response = api.post(f"/schedules/{schedule['id']}/run-now")
    assert response.status_code == 200
    run = response.json()["data"]
    assert "instance" not in run and run["job"]["status"] == "queued"
    assert run["job"]["command"] == "python eval.py"
    after = run["schedule"]
    assert after["last_job_id"] == run["job"]["id"] and after["last_status"] == "launched"
    assert after["run_count"] == 1 and after["last_run_at"] is not None
    assert after["next_run_at"] == schedule["next_run_at"]  # unchanged (paused: none)
    assert api.get(f"/jobs/{run['job']['id']}").status_code == 200


def test_run_now_of_an_instance_schedule(fake: FakeRuncrate, api: httpx.Client) -> None:
    schedule = create(api, kind="instance", spec=INSTANCE_SPEC, cron="0 * * * *")
    run = api.post(f"/schedules/{schedule['id']}/run-now").json()["data"]
    assert run["instance"]["name"] == "devbox" and "job" not in run
    assert run["schedule"]["last_instance_id"] == run["instance"]["id"]
    assert run["schedule"]["next_run_at"] == schedule["next_run_at"]


def test_run_now_with_the_budget_reached_is_a_402_and_recorded(fake: FakeRuncrate, api: httpx.Client) -> None:
    schedule = create(api, cron="0 * * * *")
    fake.set_budget(monthly_budget_usd=5.0, month_to_date_usd=5.0)
    assert error(api.post(f"/schedules/{schedule['id']}/run-now"), 402)["code"] == "BUDGET_REACHED"
    after = get(api, schedule["id"])
    assert after["last_status"] == "skipped_budget" and after["run_count"] == 0 and after["last_error"]


def test_run_now_refused_launch_is_a_502(api: httpx.Client) -> None:
    schedule = create(api, cron="0 * * * *", spec={**JOB_SPEC, "gpu_type": "refuse-me"})
    assert error(api.post(f"/schedules/{schedule['id']}/run-now"), 502)["code"] == "launch_refused"
    assert get(api, schedule["id"])["last_status"] == "failed"


# ------------------------------------------------------------------------------ firing


def test_a_one_off_fires_once_when_due(fake: FakeRuncrate, api: httpx.Client) -> None:
    run_at = at(fake, 60)
    schedule = create(api, run_at=run_at)
    fake.clock.advance(59)
    assert get(api, schedule["id"])["run_count"] == 0
    fake.clock.advance(2)
    fired = get(api, schedule["id"])
    assert fired["run_count"] == 1 and fired["last_run_at"] == run_at and fired["next_run_at"] is None
    job = api.get(f"/jobs/{fired['last_job_id']}").json()["data"]
    assert job["created_at"] == run_at  # created as of the schedule's time
    fake.clock.advance(3600)
    assert get(api, schedule["id"])["run_count"] == 1


def test_missed_cron_runs_collapse_into_one(fake: FakeRuncrate, api: httpx.Client) -> None:
    schedule = create(api, cron="*/15 * * * *", overlap="allow")
    fake.clock.advance(3 * 3600)
    fired = get(api, schedule["id"])
    assert fired["run_count"] == 1 and fired["last_run_at"] == schedule["next_run_at"]
    assert parse(fired["next_run_at"]) > fake.clock.now_datetime()
    assert len(api.get("/jobs").json()["data"]) == 1  # a jobs read also fires due schedules


def test_overlap_skip_skips_while_the_previous_job_runs(fake: FakeRuncrate, api: httpx.Client) -> None:
    spec = {**JOB_SPEC, "command": "sleep infinity", "max_runtime_minutes": 10080}
    schedule = create(api, cron="*/15 * * * *", spec=spec)
    fake.clock.advance(16 * 60)
    assert get(api, schedule["id"])["last_status"] == "launched"
    fake.clock.advance(15 * 60)
    skipped = get(api, schedule["id"])
    assert skipped["last_status"] == "skipped_overlap" and skipped["run_count"] == 1


def test_due_run_with_the_budget_reached_is_skipped(fake: FakeRuncrate, api: httpx.Client) -> None:
    schedule = create(api, run_at=at(fake, 60))
    fake.set_budget(monthly_budget_usd=5.0, month_to_date_usd=5.0)
    fake.clock.advance(61)
    after = get(api, schedule["id"])
    assert after["last_status"] == "skipped_budget" and after["run_count"] == 0
