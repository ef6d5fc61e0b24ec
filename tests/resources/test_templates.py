"""client.templates against the fake server, with both clients: page-number paging."""

from __future__ import annotations

from typing import Any

import pytest

from runcrate.testing import FakeRuncrate
from tests.resources.conftest import call, collect

TEMPLATES = "/api/v1/templates"


def queries(fake: FakeRuncrate) -> list[str]:
    return [r.query for r in fake.requests if r.path == TEMPLATES]


async def test_a_page_and_iterating_every_page(client: Any, fake: FakeRuncrate) -> None:
    first = await call(client.templates.list(page_size=7))
    assert len(first.data) == 7
    assert (first.has_more, first.total) == (True, 30)
    assert queries(fake) == ["page_size=7"]
    everything = await collect(client.templates.list(page_size=7))
    assert len(everything) == 30
    assert len({template.id for template in everything}) == 30
    assert everything[:7] == first.data
    assert queries(fake)[1:] == ["page_size=7"] + [f"page={n}&page_size=7" for n in range(2, 6)]
    assert everything[0].created_at.tzinfo is not None


async def test_iterating_from_a_later_page(client: Any, fake: FakeRuncrate) -> None:
    last = await call(client.templates.list(5, 7))
    assert len(last.data) == 2
    assert (last.has_more, last.total) == (False, 30)
    assert len(await collect(client.templates.list(page=4, page_size=7))) == 9
    assert queries(fake) == ["page=5&page_size=7", "page=4&page_size=7", "page=5&page_size=7"]


async def test_filters_and_sorting_are_sent(client: Any, fake: FakeRuncrate) -> None:
    page = await call(client.templates.list(category="ml", sort_by="name", sort_dir="desc", search=""))
    names = [template.name for template in page.data]
    assert names and all(template.category == "ml" for template in page.data)
    assert names == sorted(names, key=str.lower, reverse=True)
    assert page.total == len(names)
    assert queries(fake) == ["category=ml&sort_by=name&sort_dir=desc"]


async def test_search_narrows_the_catalogue(client: Any, fake: FakeRuncrate) -> None:
    everything = await collect(client.templates.list())
    word = everything[0].name.split()[0]
    found = await collect(client.templates.list(search=word))
    assert found and len(found) < len(everything)
    assert all(word.lower() in (t.name + t.description).lower() for t in found)


@pytest.mark.parametrize(("page", "page_size"), [(0, None), (None, 0), (True, None), (None, 2.5)])
async def test_page_numbers_are_checked_before_sending(
    client: Any, fake: FakeRuncrate, page: Any, page_size: Any
) -> None:
    with pytest.raises(ValueError, match="page"):
        await call(client.templates.list(page=page, page_size=page_size))
    assert fake.requests == []
