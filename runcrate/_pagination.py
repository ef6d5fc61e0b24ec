"""Auto-pagination for cursor, offset and page-number lists: one paging state, thin sync/async shells.

A page holds one response (``.data``, ``.meta``, ``.has_more``, ``.total``); iterating a page yields
every item of it and of the pages after it, fetched lazily. :func:`next_page_kwargs` is the only place
that knows how each style advances.
"""

from __future__ import annotations

import enum
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator, Mapping, Sequence
from typing import Any, Generic, NamedTuple, Protocol, Self, TypeVar, cast

import httpx

from runcrate._built import BuiltBySdk
from runcrate._errors import InvalidResponseError, as_mapping, request_id_from

__all__ = [
    "AsyncPage",
    "AsyncPaginator",
    "ListEnvelope",
    "PageInfo",
    "PageStyle",
    "PaginatedResponse",
    "Paging",
    "SyncPage",
    "async_paginator",
    "next_page_kwargs",
    "page_info",
    "paginator",
]

_I = TypeVar("_I")
_I_co = TypeVar("_I_co", covariant=True)


class ListEnvelope(Protocol[_I_co]):
    """A parsed list response: ``data`` holds the items (``meta`` is read when present)."""

    @property
    def data(self) -> Sequence[_I_co]: ...


class PageStyle(enum.Enum):
    CURSOR = "cursor"
    """Send ``meta.cursor`` back while ``has_more``; stop on an empty cursor (jobs)."""
    OFFSET = "offset"
    """Advance the offset by the items received while ``hasMore`` (transactions)."""
    PAGE = "page"
    """Ask for page + 1 while ``hasMore`` (templates)."""


class Paging(NamedTuple):
    """How an endpoint pages: the style and the ``build_request`` keyword that carries the position."""

    style: PageStyle
    param: str

    @classmethod
    def cursor(cls, param: str = "cursor") -> Paging:
        return cls(PageStyle.CURSOR, param)

    @classmethod
    def offset(cls, param: str = "offset") -> Paging:
        return cls(PageStyle.OFFSET, param)

    @classmethod
    def page(cls, param: str = "page") -> Paging:
        return cls(PageStyle.PAGE, param)


class PageInfo(NamedTuple, Generic[_I]):
    """What paging needs from one parsed response."""

    items: list[_I]
    meta: Mapping[str, Any]
    """``meta`` as sent on the wire (camelCase keys), empty when absent."""
    has_more: bool
    total: int | None
    cursor: str | None


def _wire_meta(meta: object) -> Mapping[str, Any]:
    """``meta`` with its wire keys: a generated model's ``to_dict()`` keeps unknown keys too."""
    to_dict = getattr(meta, "to_dict", None)
    return as_mapping(to_dict() if callable(to_dict) else meta) or {}


def page_info(envelope: object) -> PageInfo[Any]:
    """Items and paging fields of a parsed list response; lenient: missing data is no items,
    ``hasMore``/``has_more`` both count (missing is false), a numeric cursor becomes a string."""
    data: object = getattr(envelope, "data", None)
    items: list[Any] = list(cast("Sequence[Any]", data)) if isinstance(data, list | tuple) else []
    meta = _wire_meta(getattr(envelope, "meta", None))
    has_more = meta.get("hasMore", meta.get("has_more")) is True
    total = meta.get("total")
    cursor = meta.get("cursor")
    return PageInfo(
        items=items,
        meta=meta,
        has_more=has_more,
        total=total if isinstance(total, int) and not isinstance(total, bool) else None,
        cursor=str(cursor)
        if isinstance(cursor, str | int) and not isinstance(cursor, bool) and cursor != ""
        else None,
    )


def _position(value: object, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def next_page_kwargs(
    paging: Paging, kwargs: Mapping[str, Any], info: PageInfo[Any], response: httpx.Response
) -> dict[str, Any] | None:
    """The ``build_request`` keywords of the next page, or ``None`` after the last one."""
    if not info.has_more:
        return None
    if paging.style is PageStyle.CURSOR:
        if info.cursor is None:
            return None
        if info.cursor == kwargs.get(paging.param):
            raise _cursor_loop(response, f"returned its own cursor {info.cursor!r} as the next one")
        return {**kwargs, paging.param: info.cursor}
    if not info.items:
        return None
    if paging.style is PageStyle.OFFSET:
        return {**kwargs, paging.param: _position(kwargs.get(paging.param), 0) + len(info.items)}
    return {**kwargs, paging.param: _position(kwargs.get(paging.param), 1) + 1}


def _cursor_loop(response: httpx.Response, what: str) -> InvalidResponseError:
    return InvalidResponseError(
        f"The list at {response.request.url} {what}; stopping instead of looping.",
        status_code=response.status_code,
        code="invalid_response",
        headers=response.headers,
        response=response,
    )


class _PageBase(BuiltBySdk, Generic[_I]):
    _made_by = "a list method (client.jobs.list(), ...)"

    data: list[_I]
    """The items of this page."""
    meta: object
    """The parsed ``meta`` of this page (``None`` when the response has none)."""
    has_more: bool
    """Whether the server said more items follow."""
    total: int | None
    """``meta.total``, when the server counts the whole list."""
    cursor: str | None
    """``meta.cursor`` as a string (cursor-paged lists): pass it back as ``cursor=`` for the next page."""
    response: httpx.Response
    """The HTTP response this page was read from."""
    envelope: object
    """The whole parsed response."""

    def _read(
        self, envelope: object, response: httpx.Response, paging: Paging, kwargs: Mapping[str, Any]
    ) -> None:
        info = page_info(envelope)
        self.data = info.items
        self.meta = getattr(envelope, "meta", None)
        self.has_more = info.has_more
        self.total = info.total
        self.cursor = info.cursor
        self.response = response
        self.envelope = envelope
        self._next_kwargs = next_page_kwargs(paging, kwargs, info, response)
        self._request_id = request_id_from(response.headers, {"meta": info.meta})
        self._paging = paging
        own = kwargs.get(paging.param)
        self._walked: frozenset[str] = frozenset() if own is None else frozenset({str(own)})
        """The cursors sent so far in this walk, this page's own included."""

    def _continues(self, previous: _PageBase[_I]) -> Self:
        """This page, fetched after ``previous``: a next cursor that was already sent in the walk
        (A, B, then A again) would loop forever, so it raises ``InvalidResponseError``."""
        self._walked |= previous._walked
        if self._paging.style is PageStyle.CURSOR and self._next_kwargs is not None:
            cursor = str(self._next_kwargs[self._paging.param])
            if cursor in self._walked:
                raise _cursor_loop(
                    self.response, f"returned the cursor {cursor!r}, already used in this walk"
                )
        return self

    @property
    def request_id(self) -> str | None:
        return self._request_id

    def has_next_page(self) -> bool:
        return self._next_kwargs is not None

    def __len__(self) -> int:
        """The number of items on this page (iteration walks every page)."""
        return len(self.data)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} items={len(self.data)} has_more={self.has_more}>"


class SyncPage(_PageBase[_I]):
    """One page of a list; iterate it for every item of this and the following pages."""

    _fetch: Callable[[Mapping[str, Any]], SyncPage[_I]]

    @classmethod
    def _build(
        cls,
        envelope: object,
        response: httpx.Response,
        *,
        paging: Paging,
        kwargs: Mapping[str, Any],
        fetch: Callable[[Mapping[str, Any]], SyncPage[_I]],
    ) -> Self:
        """The page read from ``response`` (parsed as ``envelope``), the request having been made with
        ``kwargs``; ``fetch`` gets the page after it from the keywords of its request."""
        page = cls.__new__(cls)
        page._read(envelope, response, paging, kwargs)
        page._fetch = fetch
        return page

    def get_next_page(self) -> SyncPage[_I] | None:
        """Fetch the next page (``None`` after the last)."""
        return None if self._next_kwargs is None else self._fetch(self._next_kwargs)._continues(self)

    def iter_pages(self) -> Iterator[SyncPage[_I]]:
        """This page, then each following page as it is fetched."""
        page: SyncPage[_I] | None = self
        while page is not None:
            yield page
            page = page.get_next_page()

    def __iter__(self) -> Iterator[_I]:
        for page in self.iter_pages():
            yield from page.data


PaginatedResponse = SyncPage
"""The official SDK's name for a page of results."""


class AsyncPage(_PageBase[_I]):
    """The async twin of :class:`SyncPage`: ``async for`` over every item, ``await get_next_page()``."""

    _fetch: Callable[[Mapping[str, Any]], Awaitable[AsyncPage[_I]]]

    @classmethod
    def _build(
        cls,
        envelope: object,
        response: httpx.Response,
        *,
        paging: Paging,
        kwargs: Mapping[str, Any],
        fetch: Callable[[Mapping[str, Any]], Awaitable[AsyncPage[_I]]],
    ) -> Self:
        """The page read from ``response`` (parsed as ``envelope``), the request having been made with
        ``kwargs``; ``fetch`` gets the page after it from the keywords of its request."""
        page = cls.__new__(cls)
        page._read(envelope, response, paging, kwargs)
        page._fetch = fetch
        return page

    async def get_next_page(self) -> AsyncPage[_I] | None:
        return None if self._next_kwargs is None else (await self._fetch(self._next_kwargs))._continues(self)

    async def iter_pages(self) -> AsyncIterator[AsyncPage[_I]]:
        page: AsyncPage[_I] | None = self
        while page is not None:
            yield page
            page = await page.get_next_page()

    async def __aiter__(self) -> AsyncIterator[_I]:
        async for page in self.iter_pages():
            for item in page.data:
                yield item


class AsyncPaginator(Generic[_I]):
    """What an async list method returns: ``await`` it for the first page, or ``async for`` every item."""

    def __init__(self, first_page: Callable[[], Awaitable[AsyncPage[_I]]]) -> None:
        self._first_page = first_page

    def __await__(self) -> Generator[Any, None, AsyncPage[_I]]:
        return self._first_page().__await__()

    async def __aiter__(self) -> AsyncIterator[_I]:
        page = await self._first_page()
        async for item in page:
            yield item


def paginator(first_page: Callable[[], SyncPage[_I]]) -> SyncPage[_I]:
    """What a sync list method returns: the first page, fetched now."""
    return first_page()


def async_paginator(first_page: Callable[[], Awaitable[AsyncPage[_I]]]) -> AsyncPaginator[_I]:
    """What an async list method returns: the first page is fetched when awaited or iterated."""
    return AsyncPaginator(first_page)
