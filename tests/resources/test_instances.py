"""client.instances against the fake server, with both clients."""

from __future__ import annotations

from typing import Any

import pytest

from runcrate import UNCHANGED, BadGatewayError, ConflictError, InsufficientCreditsError, NotFoundError
from runcrate._errors import InstanceWaitTimeoutError, ResourceFailedError
from runcrate.testing import FakeRuncrate, LinkedTime
from tests.resources.conftest import call


async def test_create_sends_env_vars_as_a_list_and_a_new_idempotency_key(
    client: Any, fake: FakeRuncrate
) -> None:
    created = await call(
        client.instances.create("trainer", gpu_type="H100", env_vars={"HF_TOKEN": "x", "B": "2"})
    )
    assert created.name == "trainer"
    sent = [r for r in fake.requests if r.method == "POST" and r.path == "/api/v1/instances"]
    assert sent[0].json()["env_vars"] == [{"key": "HF_TOKEN", "value": "x"}, {"key": "B", "value": "2"}]
    assert sent[0].headers.get("idempotency-key")
    listed = await call(client.instances.list(search="train"))
    assert [instance.id for instance in listed] == [created.id]
    assert await call(client.instances.list(search="nothing-like-it")) == []


async def test_create_checks_its_arguments_before_sending(client: Any, fake: FakeRuncrate) -> None:
    with pytest.raises(ValueError, match="exactly one of gpu_type"):
        await call(client.instances.create("a"))
    with pytest.raises(ValueError, match="exactly one of gpu_type"):
        await call(client.instances.create("a", gpu_type="H100", instance_type_id="t"))
    with pytest.raises(ValueError, match=r"env_vars\[0\]"):
        await call(client.instances.create("a", gpu_type="H100", env_vars=[{"name": "x"}]))
    assert fake.attempts("POST", "/api/v1/instances") == 0


async def test_launch_refused_and_budget_errors_are_typed_and_not_retried(
    client: Any, fake: FakeRuncrate
) -> None:
    with pytest.raises(BadGatewayError) as refused:
        await call(client.instances.create("a", gpu_type="refuse-me"))
    assert refused.value.code == "launch_refused"
    assert fake.attempts("POST", "/api/v1/instances") == 1
    fake.set_budget("main", monthly_budget_usd=10, month_to_date_usd=10)
    with pytest.raises(InsufficientCreditsError) as budget:
        await call(client.instances.create("b", gpu_type="H100"))
    assert budget.value.code == "BUDGET_REACHED"


async def test_get_status_types_and_terminate(client: Any, fake: FakeRuncrate) -> None:
    types = await call(client.instances.list_types(gpu_count=1))
    assert types and all(t.gpu_count == 1 for t in types)
    created = await call(client.instances.create("by-type", instance_type_id=types[0].id))
    assert (await call(client.instances.get(created.id))).id == created.id
    status = await call(client.instances.get_status(created.id))
    assert status.id == created.id
    assert await call(client.instances.terminate(created.id)) is None
    assert (await call(client.instances.get(created.id))).status == "terminated"
    with pytest.raises(NotFoundError):
        await call(client.instances.terminate(created.id))


async def test_path_ids_are_one_segment(client: Any, fake: FakeRuncrate) -> None:
    with pytest.raises(NotFoundError):
        await call(client.instances.get("a/b?x=1"))
    assert any(r.raw_path.endswith("/instances/a%2Fb%3Fx%3D1") for r in fake.requests)


async def test_wait_until_running_polls_on_fake_time(client: Any, time: LinkedTime) -> None:
    created = await call(client.instances.create("w", gpu_type="H100"))
    seen: list[str] = []
    running = await call(
        client.instances.wait_until_running(
            created.id, poll_interval=5, on_status=lambda s: seen.append(s.status)
        )
    )
    assert running.status == "running" and running.ip
    assert seen[0] in {"creating", "provisioning"} and seen[-1] == "running"
    assert time.sleeps and all(s == 5 for s in time.sleeps)


async def test_wait_until_running_times_out_with_the_last_status(client: Any) -> None:
    created = await call(client.instances.create("slow", gpu_type="H100"))
    with pytest.raises(InstanceWaitTimeoutError) as waited:
        await call(client.instances.wait_until_running(created.id, timeout=12, poll_interval=5))
    assert isinstance(waited.value, TimeoutError)
    assert waited.value.instance.status in {"creating", "provisioning"}


async def test_wait_until_running_raises_when_the_instance_ends(client: Any) -> None:
    created = await call(client.instances.create("gone", gpu_type="H100"))
    await call(client.instances.terminate(created.id))
    with pytest.raises(ResourceFailedError, match="terminated"):
        await call(client.instances.wait_until_running(created.id))


async def test_update_leaves_unchanged_fields_out_and_sends_none_as_null(
    client: Any, fake: FakeRuncrate
) -> None:
    created = await call(client.instances.create("u", gpu_type="H100"))
    await call(client.instances.wait_until_running(created.id, poll_interval=10))
    updated = await call(client.instances.update(created.id, max_runtime_minutes=120))
    assert updated.max_runtime_minutes == 120
    await call(client.instances.update(created.id, max_runtime_minutes=None, idle_shutdown_minutes=UNCHANGED))
    sent = [r.json() for r in fake.requests if r.method == "PATCH"]
    assert sent == [{"max_runtime_minutes": 120}, {"max_runtime_minutes": None}]
    with pytest.raises(ValueError, match="give at least one of max_runtime_minutes, idle_shutdown_minutes"):
        await call(client.instances.update(created.id))


async def test_update_of_a_terminated_instance_is_a_conflict(client: Any) -> None:
    created = await call(client.instances.create("t", gpu_type="H100"))
    await call(client.instances.terminate(created.id))
    with pytest.raises(ConflictError):
        await call(client.instances.update(created.id, max_runtime_minutes=60))


async def test_ssh_certificate_for_a_running_instance(client: Any) -> None:
    created = await call(client.instances.create("s", gpu_type="H100"))
    await call(client.instances.wait_until_running(created.id, poll_interval=10))
    key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGJz1n8ZP2nX0n2yq0Yk6m6f7m6Gx2kq1T3lQ0oJzQ1W user@host"
    certificate = await call(client.instances.ssh_certificate(created.id, key))
    assert certificate.certificate and certificate.port


async def test_with_raw_response_gives_status_headers_and_parse(client: Any) -> None:
    raw = await call(client.instances.with_raw_response.list())
    assert raw.status_code == 200
    assert raw.request_id
    assert raw.parse() == []
