"""client.schedules against the fake server, with both clients."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from runcrate import (
    UNCHANGED,
    BadGatewayError,
    ConflictError,
    InsufficientCreditsError,
    NotFoundError,
    UnprocessableEntityError,
)
from runcrate._generated.models.instance import Instance
from runcrate._generated.models.job import Job
from runcrate.testing import FakeRuncrate
from tests.resources.conftest import call

SCHEDULES = "/api/v1/schedules"
JOB_SPEC: dict[str, Any] = {"command": "python nightly.py", "gpu_type": "H100", "max_runtime_minutes": 60}
INSTANCE_SPEC: dict[str, Any] = {"name": "devbox", "gpu_type": "H100", "max_runtime_minutes": 120}
PLUS_TWO = timezone(timedelta(hours=2))


def sent(fake: FakeRuncrate, method: str) -> list[dict[str, Any]]:
    return [r.json() for r in fake.requests if r.method == method and r.path.startswith(SCHEDULES)]


def in_an_hour(fake: FakeRuncrate) -> datetime:
    return fake.clock.now_datetime().replace(microsecond=123456) + timedelta(hours=1)


async def test_create_a_recurring_job_schedule(client: Any, fake: FakeRuncrate) -> None:
    schedule = await call(
        client.schedules.create(
            "job", {**JOB_SPEC, "gpu_type": ("H100", "A100")}, cron="0 3 * * *", timezone="Europe/Paris"
        )
    )
    assert (schedule.kind, schedule.cron, schedule.timezone, schedule.enabled) == (
        "job",
        "0 3 * * *",
        "Europe/Paris",
        True,
    )
    assert schedule.next_run_at is not None and schedule.max_runtime_minutes == 60
    [body] = sent(fake, "POST")
    assert body == {
        "kind": "job",
        "spec": {**JOB_SPEC, "gpu_type": ["H100", "A100"]},
        "cron": "0 3 * * *",
        "timezone": "Europe/Paris",
    }
    assert fake.idempotency_keys("POST", SCHEDULES)[0]


async def test_run_at_is_sent_as_utc_with_milliseconds_and_z(client: Any, fake: FakeRuncrate) -> None:
    when = in_an_hour(fake)
    await call(client.schedules.create("job", JOB_SPEC, run_at=when, name="one-off", enabled=False))
    await call(client.schedules.create("job", JOB_SPEC, run_at=when.astimezone(PLUS_TWO).isoformat()))
    expected = when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.123Z")
    assert [body["run_at"] for body in sent(fake, "POST")] == [expected, expected]
    assert sent(fake, "POST")[0]["enabled"] is False


async def test_an_instance_schedule_sends_env_vars_as_a_list(client: Any, fake: FakeRuncrate) -> None:
    spec = {**INSTANCE_SPEC, "env_vars": {"HF_TOKEN": "x", "B": "2"}}
    schedule = await call(client.schedules.create("instance", spec, run_at=in_an_hour(fake)))
    expected = [{"key": "HF_TOKEN", "value": "x"}, {"key": "B", "value": "2"}]
    assert sent(fake, "POST")[0]["spec"]["env_vars"] == expected
    assert schedule.spec["env_vars"] == expected


async def test_create_checks_its_arguments_before_sending(client: Any, fake: FakeRuncrate) -> None:
    with pytest.raises(ValueError, match="exactly one of run_at"):
        await call(client.schedules.create("job", JOB_SPEC))
    with pytest.raises(ValueError, match="exactly one of run_at"):
        await call(client.schedules.create("job", JOB_SPEC, run_at=in_an_hour(fake), cron="0 * * * *"))
    with pytest.raises(ValueError, match="run_at must carry a time zone"):
        await call(client.schedules.create("job", JOB_SPEC, run_at=datetime(2030, 1, 1)))
    with pytest.raises(ValueError, match="run_at must carry a time zone"):
        await call(client.schedules.create("job", JOB_SPEC, run_at="2030-01-01T00:00:00"))
    with pytest.raises(
        ValueError, match=r"spec\['max_runtime_minutes'\] is required: expected a whole number"
    ):
        await call(client.schedules.create("job", {"command": "x", "gpu_type": "H100"}, cron="0 * * * *"))
    with pytest.raises(ValueError, match="spec: count cannot be scheduled; a schedule launches a single job"):
        await call(client.schedules.create("job", {**JOB_SPEC, "count": 2}, cron="0 * * * *"))
    with pytest.raises(ValueError, match="spec must be a mapping"):
        await call(client.schedules.create("job", [("command", "x")], cron="0 * * * *"))
    assert fake.attempts("POST", SCHEDULES) == 0


async def test_the_server_refuses_a_cron_that_runs_too_often(client: Any, fake: FakeRuncrate) -> None:
    with pytest.raises(UnprocessableEntityError):
        await call(client.schedules.create("job", JOB_SPEC, cron="* * * * *"))
    with pytest.raises(
        ValueError, match=r"spec\['max_runtime_minutes'\] must be a whole number from 1 to 10080"
    ):
        await call(client.schedules.create("job", {**JOB_SPEC, "max_runtime_minutes": 0}, cron="0 * * * *"))
    with pytest.raises(ValueError, match="cron must be a string matching"):
        await call(client.schedules.create("job", JOB_SPEC, cron="hourly"))
    assert fake.attempts("POST", SCHEDULES) == 1


async def test_list_get_and_delete(client: Any, fake: FakeRuncrate) -> None:
    older = await call(client.schedules.create("job", JOB_SPEC, cron="0 1 * * *"))
    newer = await call(client.schedules.create("job", JOB_SPEC, cron="0 2 * * *"))
    assert [s.id for s in await call(client.schedules.list())] == [newer.id, older.id]
    assert (await call(client.schedules.get(older.id))).cron == "0 1 * * *"
    assert await call(client.schedules.delete(older.id)) is None
    with pytest.raises(NotFoundError):
        await call(client.schedules.get(older.id))
    with pytest.raises(NotFoundError):
        await call(client.schedules.delete(older.id))
    assert [s.id for s in await call(client.schedules.list())] == [newer.id]


async def test_update_sends_only_what_changes(client: Any, fake: FakeRuncrate) -> None:
    schedule = await call(client.schedules.create("job", JOB_SPEC, cron="0 1 * * *"))
    paused = await call(client.schedules.update(schedule.id, enabled=False, name="paused", cron=UNCHANGED))
    assert (paused.enabled, paused.name, paused.next_run_at) == (False, "paused", None)
    when = in_an_hour(fake)
    one_off = await call(client.schedules.update(schedule.id, run_at=when, enabled=True))
    assert one_off.cron is None and one_off.run_at == when.replace(microsecond=123000)
    new_spec = {**JOB_SPEC, "command": "python other.py", "env": {"A": "1"}}
    replaced = await call(client.schedules.update(schedule.id, spec=new_spec))
    assert replaced.spec["command"] == "python other.py"
    assert sent(fake, "PATCH") == [
        {"enabled": False, "name": "paused"},
        {"enabled": True, "run_at": when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.123Z")},
        {"spec": new_spec},
    ]


async def test_update_checks_its_arguments_before_sending(client: Any, fake: FakeRuncrate) -> None:
    with pytest.raises(ValueError, match="give at least one of enabled, run_at, cron"):
        await call(client.schedules.update("sched_1"))
    with pytest.raises(ValueError, match=r"cron must be a string matching .*, got None"):
        await call(client.schedules.update("sched_1", name="n", cron=None))
    with pytest.raises(ValueError, match="run_at or cron, not both"):
        await call(client.schedules.update("sched_1", run_at=in_an_hour(fake), cron="0 * * * *"))
    with pytest.raises(ValueError, match="run_at must carry a time zone"):
        await call(client.schedules.update("sched_1", run_at=datetime(2030, 1, 1)))
    with pytest.raises(
        ValueError, match=r"spec\['max_runtime_minutes'\] is required: expected a whole number"
    ):
        await call(client.schedules.update("sched_1", spec={"command": "x"}))
    assert fake.attempts("PATCH", f"{SCHEDULES}/{{id}}") == 0
    with pytest.raises(NotFoundError):
        await call(client.schedules.update("sched_unknown", enabled=False))


async def test_run_now_returns_the_typed_launch(client: Any, fake: FakeRuncrate) -> None:
    jobs = await call(client.schedules.create("job", JOB_SPEC, cron="0 1 * * *", enabled=False))
    run = await call(client.schedules.run_now(jobs.id))
    assert isinstance(run.job, Job) and run.job.command == "python nightly.py"
    assert run.schedule.last_job_id == run.job.id and run.schedule.run_count == 1
    instances = await call(client.schedules.create("instance", INSTANCE_SPEC, cron="0 1 * * *"))
    launched = await call(client.schedules.run_now(instances.id))
    assert isinstance(launched.instance, Instance) and launched.instance.name == "devbox"


async def test_run_now_errors_are_typed(client: Any, fake: FakeRuncrate) -> None:
    refused = await call(
        client.schedules.create("job", {**JOB_SPEC, "gpu_type": "refuse-me"}, cron="0 1 * * *")
    )
    with pytest.raises(BadGatewayError) as launch:
        await call(client.schedules.run_now(refused.id))
    assert launch.value.code == "launch_refused"
    assert fake.attempts("POST", f"{SCHEDULES}/{{id}}/run-now") == 1
    budgeted = await call(client.schedules.create("job", JOB_SPEC, cron="0 1 * * *"))
    fake.set_budget("main", monthly_budget_usd=10, month_to_date_usd=10)
    with pytest.raises(InsufficientCreditsError) as budget:
        await call(client.schedules.run_now(budgeted.id))
    assert budget.value.code == "BUDGET_REACHED"
    assert (await call(client.schedules.get(budgeted.id))).last_status == "skipped_budget"
    with pytest.raises(NotFoundError):
        await call(client.schedules.run_now("sched_unknown"))


async def test_a_one_off_fires_on_fake_time(client: Any, fake: FakeRuncrate) -> None:
    schedule = await call(client.schedules.create("job", JOB_SPEC, run_at=in_an_hour(fake)))
    fake.clock.advance(2 * 3600)
    fired = await call(client.schedules.get(schedule.id))
    assert fired.last_status == "launched" and fired.next_run_at is None
    job = await call(client.jobs.get(fired.last_job_id))
    assert job.command == "python nightly.py"


async def test_the_schedule_limit_is_a_conflict(client: Any, fake: FakeRuncrate) -> None:
    for _ in range(50):
        await call(client.schedules.create("job", JOB_SPEC, cron="0 1 * * *"))
    with pytest.raises(ConflictError) as limit:
        await call(client.schedules.create("job", JOB_SPEC, cron="0 1 * * *"))
    assert limit.value.details["reason"] == "schedule_limit"
