"""client.environments against the fake server, with both clients."""

from __future__ import annotations

from typing import Any

import pytest

from runcrate import ConflictError, NotFoundError
from runcrate.testing import FakeRuncrate
from tests.resources.conftest import call


async def test_create_list_get(client: Any, fake: FakeRuncrate) -> None:
    [main] = await call(client.environments.list())
    assert (main.name, main.is_default, main.monthly_budget_usd) == ("main", True, None)
    created = await call(client.environments.create("staging"))
    assert (created.name, created.is_default, created.month_to_date_usd) == ("staging", False, 0)
    assert created.created_at.tzinfo is not None
    assert [env.name for env in await call(client.environments.list())] == ["main", "staging"]
    assert (await call(client.environments.get(created.id))).name == "staging"
    assert [r.json() for r in fake.requests if r.method == "POST"] == [{"name": "staging"}]


async def test_budget_fields_come_through(client: Any, fake: FakeRuncrate) -> None:
    env_id = fake.add_environment("capped")
    fake.set_budget("capped", monthly_budget_usd=50, month_to_date_usd=20)
    env = await call(client.environments.get(env_id))
    assert (env.monthly_budget_usd, env.month_to_date_usd, env.budget_remaining_usd) == (50, 20, 30)


async def test_a_taken_name_is_refused(client: Any) -> None:
    with pytest.raises(ConflictError, match="already exists"):
        await call(client.environments.create("main"))


async def test_update_renames_and_moves_the_default(client: Any, fake: FakeRuncrate) -> None:
    created = await call(client.environments.create("dev"))
    renamed = await call(client.environments.update(created.id, name="development"))
    assert renamed.name == "development"
    promoted = await call(client.environments.update(created.id, is_default=True))
    assert promoted.is_default is True
    defaults = {env.name: env.is_default for env in await call(client.environments.list())}
    assert defaults == {"main": False, "development": True}
    assert [r.json() for r in fake.requests if r.method == "PATCH"] == [
        {"name": "development"},
        {"is_default": True},
    ]


async def test_update_checks_its_arguments_before_sending(client: Any, fake: FakeRuncrate) -> None:
    with pytest.raises(ValueError, match="give at least one of name, is_default"):
        await call(client.environments.update("env_000001"))
    with pytest.raises(ValueError, match="is_default must be True or False"):
        await call(client.environments.update("env_000001", is_default="yes"))
    with pytest.raises(ValueError, match="name must be a non-blank string"):
        await call(client.environments.update("env_000001", name=" "))
    with pytest.raises(ValueError, match="name must be a non-blank string"):
        await call(client.environments.create(""))
    assert fake.requests == []


async def test_deleting_the_default_is_a_conflict(client: Any) -> None:
    [main] = await call(client.environments.list())
    with pytest.raises(ConflictError) as conflict:
        await call(client.environments.delete(main.id))
    assert conflict.value.status_code == 409
    assert "default" in conflict.value.message
    assert [env.id for env in await call(client.environments.list())] == [main.id]


async def test_delete_then_not_found(client: Any) -> None:
    created = await call(client.environments.create("temp"))
    assert await call(client.environments.delete(created.id)) is None
    assert [env.name for env in await call(client.environments.list())] == ["main"]
    for attempt in (
        client.environments.get,
        client.environments.delete,
        lambda env_id: client.environments.update(env_id, name="x"),
    ):
        with pytest.raises(NotFoundError):
            await call(attempt(created.id))
