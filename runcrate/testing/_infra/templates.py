"""The template catalogue, paginated by page number with ``meta {hasMore, total}``.

``sort_by`` takes ``name``, ``category`` or ``created_at`` (anything else keeps catalogue
order) and ``sort_dir`` ``asc`` or ``desc``; ``search`` matches names and descriptions.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from runcrate.testing._infra.catalogue import TEMPLATE_CATEGORIES, TEMPLATE_NAMES, slug
from runcrate.testing._server.clock import iso

DEFAULT_PAGE_SIZE = 25
SORT_KEYS = ("name", "category", "created_at")
CATALOGUE_START = datetime(2025, 1, 6, tzinfo=UTC).timestamp()


def catalogue() -> list[dict[str, Any]]:
    return [
        {
            "id": f"tpl-{slug(name)}",
            "name": name,
            "description": f"{name}, ready to launch on a GPU instance.",
            "category": TEMPLATE_CATEGORIES[index % len(TEMPLATE_CATEGORIES)],
            "created_at": iso(CATALOGUE_START + index * 86400 * 7),
        }
        for index, name in enumerate(TEMPLATE_NAMES)
    ]


TEMPLATES = catalogue()


def template_page(
    query: Mapping[str, str], page: int, page_size: int
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """One page of the catalogue as searched, filtered and sorted by the query, and its ``meta``."""
    search = (query.get("search") or "").lower()
    found = [
        t
        for t in TEMPLATES
        if (search in t["name"].lower() or search in t["description"].lower())
        and query.get("category") in (None, t["category"])
    ]
    sort_by = query.get("sort_by")
    if sort_by in SORT_KEYS:
        found.sort(key=lambda t: str(t[sort_by]).lower(), reverse=query.get("sort_dir") == "desc")
    elif query.get("sort_dir") == "desc":
        found.reverse()
    start = (page - 1) * page_size
    return found[start : start + page_size], {"hasMore": start + page_size < len(found), "total": len(found)}
