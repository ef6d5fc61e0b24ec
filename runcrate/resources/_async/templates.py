"""The template catalogue, page by page or as one lazy iteration over every page."""

from __future__ import annotations

from typing import Unpack

from runcrate._generated.api.templates import list_templates
from runcrate._generated.models.template import Template
from runcrate._pagination import AsyncPaginator, Paging
from runcrate._types import CallOptions, request_options
from runcrate.resources._async._base import AsyncAPIResource, given
from runcrate.resources._async._checks import check_whole

__all__ = ["AsyncTemplates"]


class AsyncTemplates(AsyncAPIResource):
    """Templates of the workspace's catalogue.

    The launch templates that ``instances.create(template=...)`` takes (``ubuntu-devbox``,
    ``ubuntu-train``, ``ubuntu-inference``) are not necessarily listed here.
    """

    def list(
        self,
        page: int | None = None,
        page_size: int | None = None,
        *,
        search: str | None = None,
        category: str | None = None,
        sort_by: str | None = None,
        sort_dir: str | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncPaginator[Template]:
        """List the catalogue one page at a time (``page`` from 1, ``page_size`` templates per page).

        Returns the page asked for (``.data``, ``.has_more``, ``.total`` = the number of matching
        templates); iterating it walks that page and every following one, fetched lazily. The server
        uses page 1 and 25 per page when they are left out (its maximum page size is not documented).
        ``search`` matches names and descriptions, ``category`` keeps one category; ``sort_by`` and
        ``sort_dir`` (presumably ``asc``/``desc``) are passed through, their accepted values being
        undocumented. Empty strings count as not given.
        """
        for name, number in (("page", page), ("page_size", page_size)):
            if number is not None:
                check_whole(name, number, minimum=1)
        return self._engine.paginate(
            list_templates,
            paging=Paging.page(),
            options=request_options(options),
            **given(
                page=page,
                page_size=page_size,
                search=search or None,
                category=category or None,
                sort_by=sort_by or None,
                sort_dir=sort_dir or None,
            ),
        )
