"""client.jobs (and client.job_groups) against the fake server, with both clients."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest

from runcrate import (
    AsyncRuncrate,
    BadGatewayError,
    ConflictError,
    InsufficientCreditsError,
    NotFoundError,
    UnprocessableEntityError,
)
from runcrate._errors import JobWaitTimeoutError, ResourceFailedError, WaitTimeoutError
from runcrate.testing import FakeRuncrate, LinkedTime
from tests.resources.conftest import call, collect

SPEC: dict[str, Any] = {"command": "python train.py", "gpu_type": "H100", "max_runtime_minutes": 30}
JOBS = "/api/v1/jobs"


def posted(fake: FakeRuncrate, path: str = JOBS) -> list[dict[str, Any]]:
    return [r.json() for r in fake.requests if r.method == "POST" and r.path == path]


def finish_all(fake: FakeRuncrate) -> None:
    fake.clock.advance(60)  # a normal fake job ends 20 s after it was submitted


# ----- run, run_group, rerun ----------------------------------------------------------------------


async def test_run_normalises_the_spec_and_sends_one_idempotency_key(client: Any, fake: FakeRuncrate) -> None:
    job = await call(
        client.jobs.run(
            command="python train.py",
            gpu_type=("H100", "A100:2"),
            max_runtime_minutes=30,
            env={"HF_TOKEN": "x"},
            tags={"project": "llama"},
            retry_on=("machine_failure",),
            region=None,
        )
    )
    assert job.status == "queued"
    assert [c.gpu_type for c in job.gpu_candidates] == ["H100", "A100"]
    assert job.env_keys == ["HF_TOKEN"]
    assert posted(fake) == [
        {
            "command": "python train.py",
            "gpu_type": ["H100", "A100:2"],
            "max_runtime_minutes": 30,
            "env": {"HF_TOKEN": "x"},
            "tags": {"project": "llama"},
            "retry_on": ["machine_failure"],
        }
    ]
    assert fake.idempotency_keys("POST", JOBS)[0]


async def test_run_with_the_same_key_returns_the_same_job(client: Any, fake: FakeRuncrate) -> None:
    first = await call(client.jobs.run(idempotency_key="submit-1", **SPEC))
    again = await call(client.jobs.run(idempotency_key="submit-1", **SPEC))
    assert again.id == first.id
    assert fake.idempotency_keys("POST", JOBS) == ["submit-1", "submit-1"]
    assert [job.id for job in await collect(client.jobs.list_all())] == [first.id]


async def test_run_checks_its_arguments_before_sending(client: Any, fake: FakeRuncrate) -> None:
    with pytest.raises(ValueError, match=r"count: jobs\.run runs a single job; use jobs\.run_group"):
        await call(client.jobs.run(count=2, **SPEC))
    with pytest.raises(ValueError, match=r"params: jobs\.run runs a single job"):
        await call(client.jobs.run(params=[{"A": "1"}], **SPEC))
    with pytest.raises(ValueError, match=r"gpu_type is required: expected a string matching"):
        await call(client.jobs.run(command="x"))
    with pytest.raises(ValueError, match=r"max_runtime_minutes is required: expected a whole number from 1"):
        await call(client.jobs.run(command="x", gpu_type="H100", max_runtime_minutes=None))
    with pytest.raises(
        ValueError, match=r"max_runtime_minutes must be a whole number from 1 to 10080, got 0"
    ):
        await call(client.jobs.run(command="x", gpu_type="H100", max_runtime_minutes=0))
    with pytest.raises(ValueError, match=r"gpu_type\[1\] must be a string matching .*, got ''"):
        await call(client.jobs.run(command="x", gpu_type=["H100", ""], max_runtime_minutes=5))
    with pytest.raises(TypeError, match=r"unexpected keyword argument\(s\) 'envs' \(did you mean 'env'\?\)"):
        await call(client.jobs.run(envs={"A": "1"}, **SPEC))
    assert fake.attempts("POST", JOBS) == 0


async def test_run_errors_from_the_server_are_typed(client: Any, fake: FakeRuncrate) -> None:
    with pytest.raises(BadGatewayError) as refused:
        await call(client.jobs.run(command="x", gpu_type="refuse-me", max_runtime_minutes=5))
    assert refused.value.code == "launch_refused"
    fake.faults.add(
        "POST",
        JOBS,
        statuses=[
            (422, {}, {"error": {"code": "validation_error", "message": "no", "details": {"field": "image"}}})
        ],
    )
    with pytest.raises(UnprocessableEntityError) as invalid:
        await call(client.jobs.run(**SPEC))
    assert invalid.value.details == {"field": "image"}
    fake.set_budget("main", monthly_budget_usd=10, month_to_date_usd=10)
    with pytest.raises(InsufficientCreditsError) as budget:
        await call(client.jobs.run(**SPEC))
    assert budget.value.code == "BUDGET_REACHED"


async def test_run_group_with_count_or_params(client: Any, fake: FakeRuncrate) -> None:
    group = await call(client.jobs.run_group(count=3, max_parallel=2, **SPEC))
    assert (group.count, group.max_parallel) == (3, 2)
    assert [(job.job_index, job.group_id) for job in group.jobs] == [
        (0, group.id),
        (1, group.id),
        (2, group.id),
    ]
    assert group["jobs"][0]["status"] == "queued"
    swept = await call(client.jobs.run_group(params=({"LR": "0.1"}, {"LR": "0.01"}), env={"A": "1"}, **SPEC))
    assert swept.count == 2
    assert posted(fake)[1]["params"] == [{"LR": "0.1"}, {"LR": "0.01"}]
    members = await collect(client.jobs.list(group_id=swept.id))
    assert sorted(job.job_index for job in members) == [0, 1]
    assert all(job.env_keys == ["A", "LR"] for job in members)


async def test_run_group_needs_exactly_one_of_count_and_params(client: Any, fake: FakeRuncrate) -> None:
    with pytest.raises(ValueError, match="exactly one of count"):
        await call(client.jobs.run_group(**SPEC))
    with pytest.raises(ValueError, match="exactly one of count"):
        await call(client.jobs.run_group(count=2, params=[{"A": "1"}], **SPEC))
    with pytest.raises(ValueError, match=r"command is required"):
        await call(client.jobs.run_group(count=2, gpu_type="H100", max_runtime_minutes=5))
    assert fake.attempts("POST", JOBS) == 0


async def test_rerun_sends_none_as_null_and_normalises_like_run(client: Any, fake: FakeRuncrate) -> None:
    original = await call(
        client.jobs.run(webhook_url="https://example.com/hook", env={"A": "1", "B": "2"}, **SPEC)
    )
    assert original.webhook_secret
    again = await call(
        client.jobs.rerun(
            original.id, webhook_url=None, gpu_type=("A100",), env={"B": "3"}, idempotency_key="r1"
        )
    )
    assert again.rerun_of == original.id
    assert again.webhook_url is None
    assert again.gpu_type == "A100"
    assert again.env_keys == ["A", "B"]
    rerun_path = f"{JOBS}/{original.id}/rerun"
    assert posted(fake, rerun_path) == [{"webhook_url": None, "gpu_type": ["A100"], "env": {"B": "3"}}]
    assert fake.idempotency_keys("POST", rerun_path) == ["r1"]
    plain = await call(client.jobs.rerun(original.id))
    assert plain.command == original.command
    assert posted(fake, f"{JOBS}/{original.id}/rerun")[1] == {}


async def test_rerun_refuses_what_a_rerun_cannot_do(client: Any, fake: FakeRuncrate) -> None:
    with pytest.raises(ValueError, match=r"command must be a string of 1 to 65536 characters, got None"):
        await call(client.jobs.rerun("job_1", command=None))
    with pytest.raises(ValueError, match="count: a rerun runs one job"):
        await call(client.jobs.rerun("job_1", count=2))
    assert fake.attempts("POST", f"{JOBS}/{{id}}/rerun") == 0
    with pytest.raises(NotFoundError):
        await call(client.jobs.rerun("job_unknown"))


# ----- get, list, cancel, delete ------------------------------------------------------------------


async def test_get_and_path_ids_are_one_segment(client: Any, fake: FakeRuncrate) -> None:
    job = await call(client.jobs.run(**SPEC))
    assert (await call(client.jobs.get(job.id))).id == job.id
    with pytest.raises(NotFoundError):
        await call(client.jobs.get("a/b?x=1"))
    assert any(r.raw_path.endswith("/jobs/a%2Fb%3Fx%3D1") for r in fake.requests)


async def test_list_filters_go_out_in_the_apis_two_list_styles(client: Any, fake: FakeRuncrate) -> None:
    tagged = await call(client.jobs.run(tags={"project": "llama", "stage": "sweep"}, **SPEC))
    await call(client.jobs.run(tags={"project": "other"}, **SPEC))
    page = await call(
        client.jobs.list(status=["queued", "running"], tags={"project": "llama", "stage": "sweep"})
    )
    assert [job.id for job in page.data] == [tagged.id]
    query = [r.query for r in fake.requests if r.method == "GET" and r.path == JOBS][-1]
    assert "status=queued%2Crunning" in query
    assert "tag=project%3Allama&tag=stage%3Asweep" in query
    by_strings = await call(client.jobs.list(tags=["project:llama"], q="train", gpu_type="H100"))
    assert [job.id for job in by_strings.data] == [tagged.id]
    assert (await call(client.jobs.list(status="succeeded"))).data == []


async def test_list_checks_filters_before_sending(client: Any, fake: FakeRuncrate) -> None:
    with pytest.raises(ValueError, match="the key 'a:b' contains ':'"):
        client.jobs.list(tags={"a:b": "c"})
    with pytest.raises(ValueError, match="tags entries must look like 'key:value'"):
        client.jobs.list(tags=["nocolon"])
    with pytest.raises(ValueError, match="created_after must carry a time zone"):
        client.jobs.list(created_after=datetime(2026, 1, 1))
    with pytest.raises(ValueError, match="limit must be a whole number from 1 to 100, got 500"):
        client.jobs.list(limit=500)
    with pytest.raises(ValueError, match="created_after must carry a time zone"):
        client.jobs.list_all(created_after="2026-01-01T00:00:00")
    assert fake.attempts("GET", JOBS) == 0


async def test_created_after_takes_an_aware_datetime_or_a_string_with_an_offset(
    client: Any, fake: FakeRuncrate
) -> None:
    old = await call(client.jobs.run(**SPEC))
    fake.clock.advance(3600)
    new = await call(client.jobs.run(**SPEC))
    cutoff = fake.clock.now_datetime() - timedelta(minutes=30)
    assert [job.id for job in (await call(client.jobs.list(created_after=cutoff))).data] == [new.id]
    as_text = cutoff.isoformat().replace("+00:00", "Z")
    assert [job.id for job in (await call(client.jobs.list(created_after=as_text))).data] == [new.id]
    assert len((await call(client.jobs.list())).data) == 2
    assert old.id != new.id


async def test_list_pages_with_the_cursor_and_list_all_walks_every_page(
    client: Any, fake: FakeRuncrate
) -> None:
    ids = [(await call(client.jobs.run(**SPEC))).id for _ in range(5)]
    page = await call(client.jobs.list(limit=2))
    assert page.has_more and len(page.data) == 2
    assert [job.id for job in await collect(page)] == ids[::-1]
    assert [job.id for job in await collect(client.jobs.list_all())] == ids[::-1]
    limits = [r.query for r in fake.requests if r.path == JOBS and r.method == "GET"]
    assert "limit=100" in limits[-1]


async def test_cancel_is_idempotent_and_conflicts_once_ended(client: Any, fake: FakeRuncrate) -> None:
    job = await call(client.jobs.run(**SPEC))
    cancelled = await call(client.jobs.cancel(job.id))
    assert cancelled.status == "cancelled"
    assert (await call(client.jobs.cancel(job.id))).status == "cancelled"
    done = await call(client.jobs.run(**SPEC))
    finish_all(fake)
    with pytest.raises(ConflictError):
        await call(client.jobs.cancel(done.id))


async def test_delete_refuses_a_live_job_then_forgets_a_finished_one(client: Any, fake: FakeRuncrate) -> None:
    job = await call(client.jobs.run(**SPEC))
    with pytest.raises(ConflictError) as live:
        await call(client.jobs.delete(job.id))
    assert "cancel it before deleting it" in live.value.message
    finish_all(fake)
    assert await call(client.jobs.delete(job.id)) is None
    with pytest.raises(NotFoundError):
        await call(client.jobs.get(job.id))
    with pytest.raises(NotFoundError):
        await call(client.jobs.delete(job.id))


async def test_events_and_metrics_of_a_finished_job(client: Any, fake: FakeRuncrate) -> None:
    job = await call(client.jobs.run(**SPEC))
    finish_all(fake)
    kinds = [event.kind for event in await call(client.jobs.events(job.id))]
    assert kinds[:2] == ["created", "queued"] and "started" in kinds and kinds[-1] == "exited"
    points = await call(client.jobs.metrics(job.id))
    assert points and all(point.gpus for point in points)
    coarse = await call(client.jobs.metrics(job.id, step=60))
    assert len(coarse) == 1
    assert any("step=60" in r.query for r in fake.requests)


async def test_with_raw_response_on_a_job(client: Any) -> None:
    job = await call(client.jobs.run(**SPEC))
    raw = await call(client.jobs.with_raw_response.get(job.id))
    assert raw.status_code == 200
    assert raw.parse().id == job.id


# ----- logs ---------------------------------------------------------------------------------------


async def test_logs_read_in_pages_with_the_integer_cursor(client: Any, fake: FakeRuncrate) -> None:
    job = await call(client.jobs.run(**SPEC))
    finish_all(fake)
    first = await call(client.jobs.logs(job.id, limit=3))
    assert len(first.chunks) == 3 and not first.done
    rest = await call(client.jobs.logs(job.id, after=first.cursor))
    assert rest.done
    assert [c.seq for c in first.chunks + rest.chunks] == list(range(1, rest.cursor + 1))
    assert "after=0" in next(r.query for r in fake.requests if r.path.endswith("/logs"))


async def test_a_follow_read_gets_a_timeout_of_at_least_40_seconds(client: Any, fake: FakeRuncrate) -> None:
    job = await call(client.jobs.run(**SPEC))
    finish_all(fake)
    timeouts: list[dict[str, float | None]] = []

    def record(request: Any) -> None:
        timeouts.append(request.extensions["timeout"])

    async def arecord(request: Any) -> None:
        record(request)

    client._engine.http.event_hooks = {"request": [arecord if isinstance(client, AsyncRuncrate) else record]}
    short = client.with_options(timeout=5)
    await call(short.jobs.logs(job.id, follow=True))
    await call(short.jobs.logs(job.id))
    await call(short.jobs.logs(job.id, follow=True, timeout=90))
    assert [t["read"] for t in timeouts] == [40, 5, 90]
    assert "follow=true" in next(r.query for r in fake.requests if r.path.endswith("/logs"))


async def test_follow_logs_yields_every_chunk_once_until_done(
    client: Any, fake: FakeRuncrate, time: LinkedTime
) -> None:
    fake.clock.set_speed(50)  # a line every 20 ms of real time; a silent read would need 500 ms
    job = await call(client.jobs.run(**SPEC))
    chunks = await collect(client.jobs.follow_logs(job.id))
    assert chunks[0].text.startswith("[runcrate] attempt 1 running on H100")
    assert chunks[-1].text == "saved outputs/result.json and model/weights.bin\n"
    assert [c.seq for c in chunks] == list(range(1, len(chunks) + 1))
    assert time.sleeps == []  # every read had output, or was the last
    assert all("follow=true" in r.query for r in fake.requests if r.path.endswith("/logs"))


async def test_follow_logs_sleeps_only_after_an_empty_read_and_honours_its_deadline(
    client: Any, fake: FakeRuncrate, time: LinkedTime
) -> None:
    fake.clock.set_speed(200)  # a silent 25 s long poll takes 125 ms of real time
    job = await call(client.jobs.run(command="sleep infinity", gpu_type="H100", max_runtime_minutes=600))
    seen: list[Any] = []
    with pytest.raises(WaitTimeoutError) as expired:
        async_or_sync = client.jobs.follow_logs(job.id, timeout=2.5, poll_interval=1)
        if hasattr(async_or_sync, "__aiter__"):
            async for chunk in async_or_sync:
                seen.append(chunk)  # noqa: PERF401 (keeps what came before the error)
        else:
            seen.extend(async_or_sync)
    assert [chunk.seq for chunk in seen] == [1]
    assert time.sleeps == [1, 1, 0.5]
    assert isinstance(expired.value, TimeoutError)
    assert expired.value.last.done is False


async def test_follow_logs_checks_its_arguments_at_once(client: Any) -> None:
    with pytest.raises(ValueError, match="poll_interval must be a positive number of seconds"):
        client.jobs.follow_logs("job_1", poll_interval=0)
    with pytest.raises(ValueError, match="timeout must be a positive number of seconds"):
        client.jobs.follow_logs("job_1", timeout=0)


# ----- wait ---------------------------------------------------------------------------------------


async def test_wait_backs_off_and_returns_the_finished_job(client: Any, time: LinkedTime) -> None:
    job = await call(client.jobs.run(**SPEC))
    statuses: list[str] = []
    done = await call(client.jobs.wait(job.id, on_status=lambda j: statuses.append(j.status)))
    assert done.status == "succeeded" and done.exit_code == 0
    assert time.sleeps == [2, 4, 8, 16]
    assert statuses[0] == "queued" and statuses[-1] == "succeeded"


async def test_wait_returns_a_failed_job_unless_asked_to_raise(client: Any) -> None:
    failing = {**SPEC, "command": "python train.py; exit 3"}
    job = await call(client.jobs.run(**failing))
    ended = await call(client.jobs.wait(job.id))
    assert (ended.status, ended.exit_code) == ("failed", 3)
    with pytest.raises(ResourceFailedError, match="ended failed: Command exited with status 3") as failed:
        await call(client.jobs.wait(job.id, raise_on_failure=True))
    assert failed.value.resource.exit_code == 3
    cancelled = await call(client.jobs.run(**SPEC))
    await call(client.jobs.cancel(cancelled.id))
    with pytest.raises(ResourceFailedError, match="ended cancelled"):
        await call(client.jobs.wait(cancelled.id, raise_on_failure=True))


async def test_wait_deadline_caps_the_backoff_and_carries_the_last_job(client: Any, time: LinkedTime) -> None:
    job = await call(client.jobs.run(command="sleep infinity", gpu_type="H100", max_runtime_minutes=600))
    with pytest.raises(JobWaitTimeoutError) as waited:
        await call(client.jobs.wait(job.id, timeout=100))
    assert time.sleeps == [2, 4, 8, 16, 30, 30, 10]
    assert isinstance(waited.value, TimeoutError)
    assert waited.value.job.status == "running"
    assert "still running after 100 s" in str(waited.value)


async def test_wait_checks_its_arguments(client: Any) -> None:
    with pytest.raises(ValueError, match="poll_interval must be a positive number of seconds"):
        await call(client.jobs.wait("job_1", poll_interval=0))
    with pytest.raises(ValueError, match=r"max_poll_interval \(1\) must be >= poll_interval \(2"):
        await call(client.jobs.wait("job_1", max_poll_interval=1))
    with pytest.raises(NotFoundError):
        await call(client.jobs.wait("job_unknown"))


# ----- job groups ---------------------------------------------------------------------------------


async def test_job_groups_get_and_cancel(client: Any, fake: FakeRuncrate) -> None:
    group = await call(client.jobs.run_group(count=2, **SPEC))
    fetched = await call(client.job_groups.get(group.id))
    assert fetched.status_counts["queued"] == 2
    cancelled = await call(client.job_groups.cancel(group.id))
    assert cancelled.status_counts["cancelled"] == 2
    again = await call(client.job_groups.cancel(group.id))
    assert again.status_counts["cancelled"] == 2
    with pytest.raises(NotFoundError):
        await call(client.job_groups.get("grp_unknown"))
    with pytest.raises(NotFoundError):
        await call(client.job_groups.cancel("grp_unknown"))
