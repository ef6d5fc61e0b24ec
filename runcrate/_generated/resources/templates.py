# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
# The checks run on whatever callers pass at run time, whatever the annotations say:
# pyright: reportUnnecessaryIsInstance=false, reportUnknownVariableType=false
# pyright: reportUnknownArgumentType=false, reportUnknownMemberType=false
"""The ``templates`` resource's plain methods, generated from the spec."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack

from runcrate._conversions import none_if_empty
from runcrate._engine._async import AsyncResource
from runcrate._engine._sync import SyncResource
from runcrate._lazy import LazyModules
from runcrate._pagination import Paging
from runcrate._response import (
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from runcrate._types import CallOptions, request_options
from runcrate._validation import (
    invalid,
)

if TYPE_CHECKING:
    from runcrate._generated.api import templates as _templates_api
else:
    _templates_api = LazyModules("runcrate._generated.api.templates")

if TYPE_CHECKING:
    from runcrate import AsyncPaginator, SyncPage
    from runcrate.models import Template


def list_templates_arguments(fields: Mapping[str, Any]) -> dict[str, Any]:
    """``listTemplates``: the keywords of its request, converted and checked."""
    arguments: dict[str, Any] = {}
    value = fields.get("page")
    if value is not None:
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise invalid("page", value, "a whole number >= 1")
        arguments["page"] = value
    value = fields.get("page_size")
    if value is not None:
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise invalid("page_size", value, "a whole number >= 1")
        arguments["page_size"] = value
    value = fields.get("search")
    if value is not None:
        value = none_if_empty(value, "search")
    if value is not None:
        if not isinstance(value, str) or len(value) < 1:
            raise invalid("search", value, "a non-empty string")
        arguments["search"] = value
    value = fields.get("category")
    if value is not None:
        value = none_if_empty(value, "category")
    if value is not None:
        if not isinstance(value, str) or len(value) < 1:
            raise invalid("category", value, "a non-empty string")
        arguments["category"] = value
    value = fields.get("sort_by")
    if value is not None:
        value = none_if_empty(value, "sort_by")
    if value is not None:
        if not isinstance(value, str) or len(value) < 1:
            raise invalid("sort_by", value, "a non-empty string")
        arguments["sort_by"] = value
    value = fields.get("sort_dir")
    if value is not None:
        value = none_if_empty(value, "sort_dir")
    if value is not None:
        if not isinstance(value, str) or len(value) < 1:
            raise invalid("sort_dir", value, "a non-empty string")
        arguments["sort_dir"] = value
    return arguments


class Templates(SyncResource):
    """The workspace-wide template catalogue, searchable and paginated by page number."""

    @cached_property
    def with_raw_response(self) -> TemplatesWithRawResponse:
        """The methods that make one HTTP call, each returning a ``RawResponse`` (status, headers, request
        id) whose ``parse()`` gives what the method returns."""
        return TemplatesWithRawResponse(self)

    def list(
        self: SyncResource,
        page: int | None = None,
        page_size: int | None = None,
        *,
        search: str | None = None,
        category: str | None = None,
        sort_by: str | None = None,
        sort_dir: str | None = None,
        **options: Unpack[CallOptions],
    ) -> SyncPage[Template]:
        """List templates.

        Lists the template catalogue one page at a time. Ask for the next page (`page` + 1) while
        `meta.hasMore` is true; `meta.total` gives the number of matching templates. The launch
        templates accepted by `createInstance` (`ubuntu-devbox`, `ubuntu-train`, `ubuntu-inference`) are
        not necessarily listed here.

        Returns the first page (``.data``, ``.has_more``); iterating it walks every item of it and of the pages after it, fetched lazily.

        Args:
            page: Page number, starting at 1. The server uses 1 when it is left out.
            page_size: Templates per page. The server uses 25 when it is left out; its maximum is not
                documented.
            search: Only templates matching this text.
            category: Only templates of this category.
            sort_by: Field to sort by; the accepted values are not documented.
            sort_dir: Sort direction, presumably `asc` or `desc` (not documented).
        """
        return self._engine.paginate(
            _templates_api.list_templates,
            paging=Paging.page(),
            options=request_options(
                options,
                parameters=(
                    "page",
                    "page_size",
                    "search",
                    "category",
                    "sort_by",
                    "sort_dir",
                ),
            ),
            **list_templates_arguments(
                {
                    "page": page,
                    "page_size": page_size,
                    "search": search,
                    "category": category,
                    "sort_by": sort_by,
                    "sort_dir": sort_dir,
                }
            ),
        )


class TemplatesWithRawResponse:
    """``templates.with_raw_response``: each method returns a ``RawResponse`` whose ``parse()`` gives
    the method's own result."""

    def __init__(self, resource: Templates) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncTemplates(AsyncResource):
    """The workspace-wide template catalogue, searchable and paginated by page number."""

    @cached_property
    def with_raw_response(self) -> AsyncTemplatesWithRawResponse:
        """The methods that make one HTTP call, each returning a ``RawResponse`` (status, headers, request
        id) whose ``parse()`` gives what the method returns."""
        return AsyncTemplatesWithRawResponse(self)

    def list(
        self: AsyncResource,
        page: int | None = None,
        page_size: int | None = None,
        *,
        search: str | None = None,
        category: str | None = None,
        sort_by: str | None = None,
        sort_dir: str | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncPaginator[Template]:
        """List templates.

        Lists the template catalogue one page at a time. Ask for the next page (`page` + 1) while
        `meta.hasMore` is true; `meta.total` gives the number of matching templates. The launch
        templates accepted by `createInstance` (`ubuntu-devbox`, `ubuntu-train`, `ubuntu-inference`) are
        not necessarily listed here.

        Returns the first page (``.data``, ``.has_more``); iterating it walks every item of it and of the pages after it, fetched lazily.

        Args:
            page: Page number, starting at 1. The server uses 1 when it is left out.
            page_size: Templates per page. The server uses 25 when it is left out; its maximum is not
                documented.
            search: Only templates matching this text.
            category: Only templates of this category.
            sort_by: Field to sort by; the accepted values are not documented.
            sort_dir: Sort direction, presumably `asc` or `desc` (not documented).
        """
        return self._engine.paginate(
            _templates_api.list_templates,
            paging=Paging.page(),
            options=request_options(
                options,
                parameters=(
                    "page",
                    "page_size",
                    "search",
                    "category",
                    "sort_by",
                    "sort_dir",
                ),
            ),
            **list_templates_arguments(
                {
                    "page": page,
                    "page_size": page_size,
                    "search": search,
                    "category": category,
                    "sort_by": sort_by,
                    "sort_dir": sort_dir,
                }
            ),
        )


class AsyncTemplatesWithRawResponse:
    """``templates.with_raw_response``: each method returns a ``RawResponse`` whose ``parse()`` gives
    the method's own result."""

    def __init__(self, resource: AsyncTemplates) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
