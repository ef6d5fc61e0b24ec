"""client.storage against the fake server, with both clients."""

from __future__ import annotations

from typing import Any

import pytest

from runcrate import BadRequestError, InsufficientCreditsError, NotFoundError
from runcrate.testing import FakeRuncrate
from tests.resources.conftest import call

STORAGE = "/api/v1/storage"


async def test_volumes_read_as_snake_case_whether_the_wire_is_snake_or_camel(
    client: Any, fake: FakeRuncrate
) -> None:
    raw_created = await call(client.storage.with_raw_response.create("data", 100, "us-east-1"))
    assert "size_gb" in raw_created.http_response.json()["data"]
    created = raw_created.parse()
    raw_got = await call(client.storage.with_raw_response.get(created.id))
    assert "sizeGb" in raw_got.http_response.json()["data"]
    got = raw_got.parse()
    for volume in (created, got):
        assert volume.size_gb == 100
        assert volume.status == "available"
        assert volume.region == "137"
        assert volume.project_id and volume.created_at.tzinfo is not None
    listed = await call(client.storage.list())
    assert [(v.id, v.size_gb, v.provider_type) for v in listed] == [(created.id, 100, "aws-s3")]


async def test_create_sends_an_idempotency_key_new_or_given(client: Any, fake: FakeRuncrate) -> None:
    await call(client.storage.create("a", 10))
    await call(client.storage.create("b", 10, region="21", idempotency_key="vol-key-1"))
    await call(client.storage.create("c", 10, region=""))
    keys = fake.idempotency_keys("POST", STORAGE)
    assert keys[0] and keys[0] != "vol-key-1" and keys[2] not in keys[:2]
    assert keys[1] == "vol-key-1"
    bodies = [r.json() for r in fake.requests if r.method == "POST"]
    assert bodies == [
        {"name": "a", "size_gb": 10},
        {"name": "b", "size_gb": 10, "region": "21"},
        {"name": "c", "size_gb": 10},
    ]


async def test_list_search_and_regions(client: Any, fake: FakeRuncrate) -> None:
    await call(client.storage.create("models", 10))
    await call(client.storage.create("datasets", 10))
    assert [v.name for v in await call(client.storage.list(search="model"))] == ["models"]
    assert len(await call(client.storage.list(search=""))) == 2
    assert [r.query for r in fake.requests if r.method == "GET"] == ["search=model", ""]
    regions = await call(client.storage.list_regions())
    assert [(r.id, r.name, r.provider) for r in regions] == [
        ("137", "us-east-1", "aws-s3"),
        ("21", "us-west-1", "wasabi"),
    ]


async def test_resize_changes_the_size(client: Any, fake: FakeRuncrate) -> None:
    created = await call(client.storage.create("grow", 10))
    resized = await call(client.storage.resize(created.id, 50))
    assert resized.size_gb == 50
    assert (await call(client.storage.get(created.id))).size_gb == 50
    sent = [r.json() for r in fake.requests if r.method == "PATCH"]
    assert sent == [{"size_gb": 50}]


async def test_delete_returns_the_refund_and_credits_it(client: Any, fake: FakeRuncrate) -> None:
    created = await call(client.storage.create("short-lived", 1000))
    before = (await call(client.billing.get_balance())).credits_balance
    result = await call(client.storage.delete(created.id))
    assert "deleted" in result.message
    assert result.refund_amount > 0
    after = (await call(client.billing.get_balance())).credits_balance
    assert after == pytest.approx(before + result.refund_amount, abs=0.01)
    with pytest.raises(NotFoundError):
        await call(client.storage.get(created.id))
    with pytest.raises(NotFoundError):
        await call(client.storage.delete(created.id))


async def test_delete_answered_with_an_empty_204_gives_none(client: Any, fake: FakeRuncrate) -> None:
    fake.faults.add("DELETE", f"{STORAGE}/{{id}}", statuses=[(204, {}, b"")])
    assert await call(client.storage.delete("vol_000001")) is None


async def test_unknown_ids_and_regions_are_not_found(client: Any, fake: FakeRuncrate) -> None:
    for method in (client.storage.get, client.storage.delete):
        with pytest.raises(NotFoundError):
            await call(method("vol_missing"))
    with pytest.raises(NotFoundError):
        await call(client.storage.resize("vol_missing", 20))
    with pytest.raises(NotFoundError, match="region"):
        await call(client.storage.create("x", 10, region="mars-1"))


async def test_storage_not_configured_and_no_credits(client: Any, fake: FakeRuncrate) -> None:
    fake.set_storage_configured(False)
    with pytest.raises(BadRequestError) as refused:
        await call(client.storage.create("x", 10))
    assert refused.value.code == "storage_not_configured"
    assert "storage provider" in refused.value.message
    fake.set_storage_configured(True)
    fake.set_balance(0)
    with pytest.raises(InsufficientCreditsError):
        await call(client.storage.create("x", 10))
    assert await call(client.storage.list()) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("", 10), "name must be a non-blank string"),
        (("x", 0), "size_gb must be a whole number >= 1"),
        (("x", 10.5), "size_gb"),
        (("x", True), "size_gb"),
        (("x", "10"), "size_gb"),
    ],
)
async def test_create_checks_its_arguments_before_sending(
    client: Any, fake: FakeRuncrate, args: tuple[Any, ...], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        await call(client.storage.create(*args))
    with pytest.raises(ValueError, match="size_gb"):
        await call(client.storage.resize("vol_1", -5))
    assert fake.requests == []
