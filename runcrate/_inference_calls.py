"""What the inference resources share: per-call options apart from model-specific keys, raw results,
and endpoints whose response parser depends on the answer.

Inference methods take model-specific parameters as extra keyword arguments (sent in the body
unchanged), so their ``**extra`` also carries the per-call options every method takes; those five
names are options, never body keys (send a body key of that name with ``extra_body``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

import httpx

from runcrate._types import OPTION_NAMES, CallOptions, Endpoint

if TYPE_CHECKING:
    from runcrate._generated.types import Operation, RequestParts

__all__ = ["ParsedWith", "parsed_with", "split_options"]

_T = TypeVar("_T")
_R = TypeVar("_R")


def split_options(extra: Mapping[str, Any]) -> tuple[CallOptions, dict[str, Any]]:
    """The per-call options, and the other keys (model-specific body fields, ``None`` values dropped)."""
    options = cast(CallOptions, {name: value for name, value in extra.items() if name in OPTION_NAMES})
    fields = {name: value for name, value in extra.items() if name not in OPTION_NAMES and value is not None}
    return options, fields


@dataclass(frozen=True)
class ParsedWith(Generic[_R]):
    """A generated endpoint with another response parser (e.g. one chosen by ``Content-Type``)."""

    OPERATION: Operation
    build_request: Callable[..., RequestParts]
    parse_response: Callable[[httpx.Response], _R]


def parsed_with(endpoint: Endpoint[Any], parse: Callable[[httpx.Response], _R]) -> ParsedWith[_R]:
    """``endpoint`` (its operation and request building unchanged) parsing its success body with ``parse``."""
    return ParsedWith(endpoint.OPERATION, endpoint.build_request, parse)
