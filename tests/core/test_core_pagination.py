"""Pagination: the paging state per style, and lazy auto-paging against the fake server (sync and async)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from runcrate import AsyncPage, AsyncRuncrate, InvalidResponseError, Runcrate, SyncPage
from runcrate._generated.api.billing import list_transactions
from runcrate._generated.api.instances import get_instance, list_instances
from runcrate._generated.api.jobs import list_jobs, submit_job
from runcrate._generated.api.templates import list_templates
from runcrate._generated.models.job_spec import JobSpec
from runcrate._pagination import PageInfo, Paging, next_page_kwargs, page_info
from runcrate.testing import FakeRuncrate

RESPONSE = httpx.Response(200, request=httpx.Request("GET", "https://x/api/v1/jobs"))


class Envelope:
    def __init__(self, data: Any, meta: Any = None) -> None:
        self.data = data
        self.meta = meta


def info(items: int, **meta: Any) -> PageInfo[Any]:
    return page_info(Envelope(list(range(items)), meta))


# ----- the paging state ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        ({"cursor": "c2", "hasMore": True}, {"limit": 2, "cursor": "c2"}),
        ({"cursor": "c2", "has_more": True}, {"limit": 2, "cursor": "c2"}),
        ({"cursor": 40, "hasMore": True}, {"limit": 2, "cursor": "40"}),
        ({"cursor": "", "hasMore": True}, None),
        ({"cursor": None, "hasMore": True}, None),
        ({"cursor": "c2", "hasMore": False}, None),
        ({"cursor": "c2"}, None),
        ({"cursor": "c2", "hasMore": "yes"}, None),
    ],
)
def test_cursor_paging(meta: dict[str, Any], expected: dict[str, Any] | None) -> None:
    assert next_page_kwargs(Paging.cursor(), {"limit": 2}, info(2, **meta), RESPONSE) == expected


def test_a_cursor_that_does_not_advance_raises() -> None:
    with pytest.raises(InvalidResponseError, match="returned its own cursor"):
        next_page_kwargs(Paging.cursor(), {"cursor": "c2"}, info(2, cursor="c2", hasMore=True), RESPONSE)


def test_offset_paging_advances_by_items_received() -> None:
    more = info(3, hasMore=True)
    assert next_page_kwargs(Paging.offset(), {"limit": 3}, more, RESPONSE) == {"limit": 3, "offset": 3}
    assert next_page_kwargs(Paging.offset(), {"limit": 3, "offset": 6}, more, RESPONSE) == {
        "limit": 3,
        "offset": 9,
    }
    assert next_page_kwargs(Paging.offset(), {}, info(0, hasMore=True), RESPONSE) is None
    assert next_page_kwargs(Paging.offset(), {}, info(3, hasMore=False), RESPONSE) is None


def test_page_number_paging() -> None:
    more = info(2, hasMore=True)
    assert next_page_kwargs(Paging.page(), {"page_size": 2}, more, RESPONSE) == {"page_size": 2, "page": 2}
    assert next_page_kwargs(Paging.page(), {"page": 4}, more, RESPONSE) == {"page": 5}
    assert next_page_kwargs(Paging.page(), {"page": 4}, info(0, hasMore=True), RESPONSE) is None


def test_page_info_is_lenient() -> None:
    assert page_info(Envelope(None)).items == []
    assert page_info(object()).items == []
    parsed = page_info(Envelope([1], {"total": 9, "hasMore": True, "cursor": 5, "requestId": "r"}))
    assert (parsed.total, parsed.has_more, parsed.cursor) == (9, True, "5")
    assert page_info(Envelope([1], {"total": True})).total is None


# ----- against the fake server ---------------------------------------------------------------------


def submit_jobs(client: Runcrate, count: int) -> list[str]:
    body = {"gpu_type": "H100", "max_runtime_minutes": 5}
    return [
        client._engine.request(submit_job, body=JobSpec.from_dict({"command": f"echo {n}", **body})).data.id
        for n in range(count)
    ]


def test_cursor_pages_are_fetched_lazily(client: Runcrate, fake: FakeRuncrate) -> None:
    ids = submit_jobs(client, 5)
    page = client._engine.paginate(list_jobs, paging=Paging.cursor(), limit=2)
    assert isinstance(page, SyncPage)
    assert [job.id for job in page.data] == ids[::-1][:2]
    assert page.has_more and page.has_next_page()
    assert fake.attempts("GET", "/api/v1/jobs") == 1
    iterator = iter(page)
    assert [next(iterator).id for _ in range(3)] == ids[::-1][:3]
    assert fake.attempts("GET", "/api/v1/jobs") == 2
    assert [job.id for job in page] == ids[::-1]
    queries = [r.query for r in fake.requests if r.method == "GET"]
    assert queries[0] == "limit=2" and all(q.startswith("limit=2&cursor=") for q in queries[1:])


def test_iter_pages_and_page_fields(client: Runcrate, fake: FakeRuncrate) -> None:
    submit_jobs(client, 3)
    pages = list(client._engine.paginate(list_jobs, paging=Paging.cursor(), limit=2).iter_pages())
    assert [len(p.data) for p in pages] == [2, 1]
    assert [p.has_more for p in pages] == [True, False]
    assert pages[-1].get_next_page() is None
    assert all(p.request_id for p in pages)


def test_offset_pages(client: Runcrate, fake: FakeRuncrate) -> None:
    for n in range(4):
        fake.world.charge(1.0 + n, f"usage {n}")
    page = client._engine.paginate(list_transactions, paging=Paging.offset(), limit=2)
    items = list(page)
    assert len(items) == page.total == 5
    queries = [r.query for r in fake.requests if "transactions" in r.path]
    assert queries == ["limit=2", "limit=2&offset=2", "limit=2&offset=4"]


def test_page_number_pages(client: Runcrate, fake: FakeRuncrate) -> None:
    page = client._engine.paginate(list_templates, paging=Paging.page(), page_size=10)
    everything = list(page)
    queries = [r.query for r in fake.requests if "templates" in r.path]
    assert queries[0] == "page_size=10" and queries[1] == "page=2&page_size=10"
    assert len(everything) > 10
    assert len({template.id for template in everything}) == len(everything)


def test_bare_list_and_null_data_are_tolerated(client: Runcrate, fake: FakeRuncrate) -> None:
    fake.faults.add("GET", "/api/v1/instances", statuses=[(200, {}, []), (200, {}, {"data": None})])
    assert client._engine.request(list_instances).data == []
    assert client._engine.request(list_instances).data == []
    fake.faults.add("GET", "/api/v1/instances/{id}", statuses=[(200, {}, {"data": None}), (204, {}, b"")])
    with pytest.raises(InvalidResponseError, match="data is null"):
        client._engine.request(get_instance, "i-1")
    with pytest.raises(InvalidResponseError, match="no body"):
        client._engine.request(get_instance, "i-1")


def test_unknown_fields_are_kept(client: Runcrate, fake: FakeRuncrate) -> None:
    fake.faults.add(
        "GET", "/api/v1/instances", statuses=[(200, {}, {"data": [], "meta": {"novel": 1}, "extra": "x"})]
    )
    result = client._engine.request(list_instances)
    assert result.additional_properties == {"extra": "x"}


async def test_async_pages(async_client: AsyncRuncrate, client: Runcrate, fake: FakeRuncrate) -> None:
    ids = submit_jobs(client, 5)
    paginator = async_client._engine.paginate(list_jobs, paging=Paging.cursor(), limit=2)
    first = await paginator
    assert isinstance(first, AsyncPage)
    assert [job.id for job in first.data] == ids[::-1][:2]
    assert [
        job.id async for job in async_client._engine.paginate(list_jobs, paging=Paging.cursor(), limit=2)
    ] == ids[::-1]
    sizes = [len(page.data) async for page in first.iter_pages()]
    assert sizes == [2, 2, 1]
    second = await first.get_next_page()
    assert second is not None and [job.id async for job in second] == ids[::-1][2:]
