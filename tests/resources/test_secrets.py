"""client.secrets against the fake server, with both clients: names only, per environment."""

from __future__ import annotations

from typing import Any

import pytest

from runcrate import NotFoundError
from runcrate.testing import FakeRuncrate
from tests.resources.conftest import call


async def test_names_sorted_and_scoped_to_the_environment(client: Any, fake: FakeRuncrate) -> None:
    assert await call(client.secrets.list()) == []
    fake.add_environment("staging")
    fake.add_secret("WANDB_API_KEY")
    fake.add_secret("HF_TOKEN", sensitive=False)
    fake.add_secret("STAGING_ONLY", environment="staging")
    secrets = await call(client.secrets.list())
    assert [(s.key, s.sensitive) for s in secrets] == [("HF_TOKEN", False), ("WANDB_API_KEY", True)]
    assert secrets[0].updated_at.tzinfo is not None
    staging = await call(client.with_options(environment="staging").secrets.list())
    assert [s.key for s in staging] == ["STAGING_ONLY"]
    assert fake.requests[-1].query == "environment=staging"
    with pytest.raises(NotFoundError):
        await call(client.with_options(environment="nowhere").secrets.list())


async def test_a_value_sent_by_mistake_is_dropped_raw_responses_included(
    client: Any, fake: FakeRuncrate
) -> None:
    leaked = {"data": [{"key": "HF_TOKEN", "sensitive": True, "value": "hf_secret_value"}]}
    fake.faults.add("GET", "/api/v1/secrets", statuses=[(200, {}, leaked)], times=2)
    [secret] = await call(client.secrets.list())
    assert secret.key == "HF_TOKEN"
    assert secret.additional_properties == {}
    assert "hf_secret_value" not in repr(secret)
    with pytest.raises(KeyError):
        secret["value"]
    raw = await call(client.secrets.with_raw_response.list())
    [parsed] = raw.parse()
    assert "hf_secret_value" not in repr(parsed)
