# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
"""listTemplates: List templates"""

from collections.abc import Mapping
from typing import Any, cast

import httpx

from runcrate._json import loads as json_loads

from ...models.template_list_response import TemplateListResponse
from ...types import UNSET, Operation, RequestParts, Unset

OPERATION = Operation(
    id="listTemplates",
    method="GET",
    path="/templates",
    server="infrastructure",
    server_url="https://www.runcrate.ai/api/v1",
    idempotent=True,
    takes_idempotency_key=False,
    streaming=False,
    binary=False,
    multipart=False,
    redirect=False,
    min_timeout=None,
)


def build_request(
    *,
    environment: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    category: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_dir: str | Unset = UNSET,
) -> RequestParts:
    """Build the ``listTemplates`` request: List templates

    Lists the template catalogue one page at a time. Ask for the next page (`page` + 1) while
    `meta.hasMore` is true; `meta.total` gives the number of matching templates. The launch templates
    accepted by `createInstance` (`ubuntu-devbox`, `ubuntu-train`, `ubuntu-inference`) are not
    necessarily listed here.

    Args:
        environment (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        category (str | Unset):
        sort_by (str | Unset):
        sort_dir (str | Unset):
    """

    params: dict[str, Any] = {}

    params["environment"] = environment

    params["page"] = page

    params["page_size"] = page_size

    params["search"] = search

    params["category"] = category

    params["sort_by"] = sort_by

    params["sort_dir"] = sort_dir

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestParts = {
        "method": "GET",
        "url": "/templates",
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> TemplateListResponse:
    """Parse the body of a successful response (any 2xx status; the overlay handles errors)."""
    response_200 = TemplateListResponse.from_dict(cast("Mapping[str, Any]", json_loads(response.content)))

    return response_200
