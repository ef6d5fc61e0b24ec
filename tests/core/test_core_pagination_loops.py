"""A cursor walk never loops: a cursor that comes back anywhere in the walk (A, B, then A again)
raises ``InvalidResponseError`` instead of fetching the same pages forever. Sync and async, on the
wire against the fake server's canned pages.
"""

from __future__ import annotations

from typing import Any

import pytest

from runcrate import InvalidResponseError
from runcrate.testing import FakeRuncrate
from tests.core.helpers import KINDS, on_raw

JOBS = "/api/v1/jobs"


def page(cursor: str | None, *, more: bool = True) -> tuple[int, dict[str, str], dict[str, Any]]:
    return (200, {}, {"data": [], "meta": {"cursor": cursor, "hasMore": more}})


def walk(kind: str) -> Any:
    """An action that iterates every page of ``jobs.list`` and returns the cursors it sent."""

    def run(client: Any) -> Any:
        if kind == "sync":
            return [p.cursor for p in client.jobs.list().iter_pages()]

        async def run_async() -> list[Any]:
            first = await client.jobs.list()
            return [p.cursor async for p in first.iter_pages()]

        return run_async()

    return run


def sent_cursors(fake: FakeRuncrate) -> list[str]:
    return [r.query for r in fake.requests if r.path == JOBS]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "cursors",
    [["A", "B", "A"], ["A", "B", "C", "B"], ["A", "B", "C", "D", "A"]],
    ids=["A-B-A", "A-B-C-B", "A-B-C-D-A"],
)
def test_a_cursor_that_comes_back_raises(fake: FakeRuncrate, kind: str, cursors: list[str]) -> None:
    fake.faults.add("GET", JOBS, statuses=[page(c) for c in cursors])
    with pytest.raises(
        InvalidResponseError, match=rf"returned the cursor '{cursors[-1]}', already used in this walk"
    ):
        on_raw(kind, fake.url, walk(kind), api_key=fake.api_key)
    assert len(sent_cursors(fake)) == len(cursors)  # the repeated cursor is never sent again


@pytest.mark.parametrize("kind", KINDS)
def test_a_page_returning_its_own_cursor_raises(fake: FakeRuncrate, kind: str) -> None:
    fake.faults.add("GET", JOBS, statuses=[page("A"), page("A")])
    with pytest.raises(InvalidResponseError, match="returned its own cursor 'A'"):
        on_raw(kind, fake.url, walk(kind), api_key=fake.api_key)


@pytest.mark.parametrize("kind", KINDS)
def test_distinct_cursors_walk_to_the_end(fake: FakeRuncrate, kind: str) -> None:
    fake.faults.add("GET", JOBS, statuses=[page("A"), page("B"), page("C"), page(None, more=False)])
    assert on_raw(kind, fake.url, walk(kind), api_key=fake.api_key) == ["A", "B", "C", None]
    assert sent_cursors(fake) == ["", "cursor=A", "cursor=B", "cursor=C"]


@pytest.mark.parametrize("kind", KINDS)
def test_a_walk_resumed_from_a_cursor_counts_it_as_used(fake: FakeRuncrate, kind: str) -> None:
    fake.faults.add("GET", JOBS, statuses=[page("B"), page("A")])

    def resume(client: Any) -> Any:
        if kind == "sync":
            return list(client.jobs.list(cursor="A"))

        async def resume_async() -> list[Any]:
            return [job async for job in client.jobs.list(cursor="A")]

        return resume_async()

    with pytest.raises(InvalidResponseError, match="the cursor 'A', already used in this walk"):
        on_raw(kind, fake.url, resume, api_key=fake.api_key)
