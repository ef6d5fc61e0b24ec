"""Waiting for many jobs at once: ``jobs.wait_many`` and ``job_groups.wait``, with both clients."""

from __future__ import annotations

import json
from typing import Any

import pytest

from runcrate import NotFoundError
from runcrate._errors import ResourceFailedError, WaitTimeoutError
from runcrate.testing import FakeRuncrate, LinkedTime
from tests.resources.conftest import call

SPEC: dict[str, Any] = {"command": "python train.py", "gpu_type": "H100", "max_runtime_minutes": 30}
FAILING: dict[str, Any] = {**SPEC, "command": "python train.py; exit 3"}
ENDLESS: dict[str, Any] = {**SPEC, "command": "sleep infinity", "max_runtime_minutes": 600}


def job_reads(fake: FakeRuncrate) -> list[str]:
    return [r.path.rsplit("/", 1)[-1] for r in fake.requests if r.method == "GET" and "/jobs/" in r.path]


# ----- jobs.wait_many -----------------------------------------------------------------------------


async def test_wait_many_returns_every_job_ended_in_the_order_given(
    client: Any, fake: FakeRuncrate, time: LinkedTime
) -> None:
    first = await call(client.jobs.run(**SPEC))
    failing = await call(client.jobs.run(**FAILING))
    seen: list[tuple[str, str]] = []
    ended = await call(
        client.jobs.wait_many(
            [failing.id, first.id, failing.id], on_status=lambda job: seen.append((job.id, job.status))
        )
    )
    assert [(job.id, job.status) for job in ended] == [
        (failing.id, "failed"),
        (first.id, "succeeded"),
        (failing.id, "failed"),
    ]
    assert time.sleeps == [2, 4, 8, 16]  # one back-off for the whole fleet, as jobs.wait
    reads = job_reads(fake)
    assert reads[:2] == [failing.id, first.id]  # a job given twice is read once a round
    assert len(reads) == len(seen) == 2 * 5
    assert seen[-2:] == [(failing.id, "failed"), (first.id, "succeeded")]


async def test_wait_many_stops_reading_a_job_once_it_has_ended(client: Any, fake: FakeRuncrate) -> None:
    quick = await call(client.jobs.run(**SPEC))
    fake.world.component("jobs").finish(quick.id)
    slow = await call(client.jobs.run(**SPEC))
    await call(client.jobs.wait_many([quick.id, slow.id]))
    reads = job_reads(fake)
    assert reads.count(quick.id) == 1 and reads.count(slow.id) > 1


async def test_wait_many_deadline_lists_each_job_as_last_seen(client: Any, time: LinkedTime) -> None:
    done = await call(client.jobs.run(**SPEC))
    endless = await call(client.jobs.run(**ENDLESS))
    with pytest.raises(WaitTimeoutError) as waited:
        await call(client.jobs.wait_many([endless.id, done.id], timeout=100))
    assert time.sleeps == [2, 4, 8, 16, 30, 30, 10]
    assert isinstance(waited.value, TimeoutError)
    assert [job.status for job in waited.value.last] == ["running", "succeeded"]
    assert str(waited.value) == f"1 of 2 jobs were still live after 100 s: {endless.id}"


async def test_wait_many_raises_on_the_first_failure_when_asked(client: Any, fake: FakeRuncrate) -> None:
    endless = await call(client.jobs.run(**ENDLESS))
    failing = await call(client.jobs.run(**FAILING))
    fake.world.component("jobs").finish(failing.id, exit_code=3)
    with pytest.raises(ResourceFailedError, match=f"Job {failing.id} ended failed") as failed:
        await call(client.jobs.wait_many([endless.id, failing.id], raise_on_failure=True))
    assert failed.value.resource.id == failing.id
    assert job_reads(fake) == [endless.id, failing.id]  # raised in the first round


async def test_wait_many_of_nothing_sends_nothing(client: Any, fake: FakeRuncrate) -> None:
    assert await call(client.jobs.wait_many([])) == []
    assert await call(client.jobs.wait_many(iter(()))) == []
    assert fake.requests == []


@pytest.mark.parametrize(
    ("ids", "message"),
    [
        ("job_1", r"ids must be a list \(or other iterable\) of job ids, got 'job_1'"),
        (b"job_1", r"ids must be a list .* got b'job_1'"),
        (None, r"ids must be a list .* got None"),
        (7, r"ids must be a list .* got 7"),
        (["job_1", ""], r"ids\[1\] must be a non-empty job id string, got ''"),
        (["job_1", None], r"ids\[1\] must be a non-empty job id string, got None"),
        ([{"id": "job_1"}], r"ids\[0\] must be a non-empty job id string, got \{'id': 'job_1'\}"),
    ],
)
async def test_wait_many_refuses_bad_ids_before_any_request(
    client: Any, fake: FakeRuncrate, ids: object, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        await call(client.jobs.wait_many(ids))
    assert fake.requests == []


async def test_wait_many_checks_its_other_arguments_and_unknown_ids(client: Any, fake: FakeRuncrate) -> None:
    with pytest.raises(ValueError, match="poll_interval must be a positive number of seconds"):
        await call(client.jobs.wait_many(["job_1"], poll_interval=float("nan")))
    with pytest.raises(ValueError, match=r"max_poll_interval \(1\) must be >= poll_interval \(2"):
        await call(client.jobs.wait_many(["job_1"], max_poll_interval=1))
    with pytest.raises(ValueError, match="timeout must be a positive number of seconds"):
        await call(client.jobs.wait_many(["job_1"], timeout=0))
    with pytest.raises(ValueError, match="on_status must be a function"):
        await call(client.jobs.wait_many(["job_1"], on_status="print"))
    assert fake.requests == []
    with pytest.raises(NotFoundError):
        await call(client.jobs.wait_many(["job_unknown"]))


# ----- job_groups.wait ----------------------------------------------------------------------------


async def test_group_wait_returns_the_group_once_every_job_has_ended(
    client: Any, fake: FakeRuncrate, time: LinkedTime
) -> None:
    group = await call(client.jobs.run_group(params=[{"LR": "0.1"}, {"LR": "0.2"}, {"LR": "0.3"}], **SPEC))
    seen: list[dict[str, int]] = []
    ended = await call(
        client.job_groups.wait(
            group.id, on_status=lambda g: seen.append(dict(g.status_counts.additional_properties))
        )
    )
    assert ended.id == group.id and ended.status_counts["succeeded"] == 3
    assert seen[0]["queued"] == 3 and seen[-1]["succeeded"] == 3
    assert time.sleeps[:2] == [5, 10] and len(time.sleeps) == len(seen) - 1
    jobs = await call(client.jobs.wait_many([job.id for job in group.jobs]))
    assert {job.status for job in jobs} == {"succeeded"}


async def test_group_wait_deadline_and_failures(client: Any, fake: FakeRuncrate, time: LinkedTime) -> None:
    group = await call(client.jobs.run_group(count=2, **ENDLESS))
    with pytest.raises(WaitTimeoutError) as waited:
        await call(client.job_groups.wait(group.id, timeout=12))
    assert sum(time.sleeps) == 12
    assert str(waited.value) == f"Job group {group.id}: 2 of 2 jobs still live after 12 s"
    assert waited.value.last.id == group.id
    first, second = group.jobs
    fake.world.component("jobs").finish(first.id, exit_code=1)
    with pytest.raises(ResourceFailedError, match=f"Job group {group.id}: jobs ended 1 failed") as failed:
        await call(client.job_groups.wait(group.id, raise_on_failure=True))
    assert failed.value.resource.status_counts["running"] == 1
    await call(client.jobs.cancel(second.id))
    ended = await call(client.job_groups.wait(group.id))
    assert (ended.status_counts["failed"], ended.status_counts["cancelled"]) == (1, 1)


async def test_group_wait_ends_when_no_job_is_counted_live(
    client: Any, fake: FakeRuncrate, time: LinkedTime
) -> None:
    group = await call(client.jobs.run_group(count=2, **ENDLESS))
    first, second = group.jobs
    fake.world.component("jobs").finish(first.id)
    await call(client.jobs.delete(first.id))  # a deleted job leaves the counts
    await call(client.jobs.cancel(second.id))
    ended = await call(client.job_groups.wait(group.id))
    assert ended.status_counts == {**dict.fromkeys(ended.status_counts, 0), "cancelled": 1}


async def test_group_wait_takes_empty_counts_as_not_counted_yet(
    client: Any, fake: FakeRuncrate, time: LinkedTime
) -> None:
    group = await call(client.jobs.run_group(count=2, **SPEC))
    wire = (await call(client.job_groups.get(group.id))).to_dict()
    body = json.dumps({"data": {**wire, "status_counts": {"succeeded": "2", "failed": True}}}).encode()
    fake.faults.add(
        "GET",
        f"/api/v1/job-groups/{group.id}",
        statuses=[(200, {"Content-Type": "application/json"}, body)],
        times="always",
    )
    with pytest.raises(WaitTimeoutError) as waited:
        await call(client.job_groups.wait(group.id, timeout=20))
    assert str(waited.value) == f"Job group {group.id}: no job counted yet after 20 s"


async def test_group_wait_checks_its_arguments(client: Any, fake: FakeRuncrate) -> None:
    with pytest.raises(ValueError, match=r"max_poll_interval \(1\) must be >= poll_interval \(5"):
        await call(client.job_groups.wait("grp_1", max_poll_interval=1))
    with pytest.raises(ValueError, match="on_status must be a function"):
        await call(client.job_groups.wait("grp_1", on_status=42))
    assert fake.requests == []
    with pytest.raises(NotFoundError):
        await call(client.job_groups.wait("grp_unknown"))
