"""What every resource shares: its engine and raw-response views."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

from runcrate._engine._async import AsyncEngine
from runcrate._response import async_to_raw_response_wrapper
from runcrate._types import UNCHANGED

__all__ = ["AsyncAPIResource", "given"]


def given(**fields: Any) -> dict[str, Any]:
    """The fields the caller set: ``None`` and ``UNCHANGED`` mean "leave it out" of the request."""
    return {name: value for name, value in fields.items() if value is not None and value is not UNCHANGED}


class AsyncAPIResource:
    """A group of API methods bound to one client's engine."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    @property
    def with_raw_response(self) -> Any:
        """The same methods, returning the raw response (status, headers, request id, ``.parse()``).

        Only methods that make a single API call can be wrapped.
        """
        return _RawView(self)


class _RawView:
    def __init__(self, resource: AsyncAPIResource) -> None:
        self._resource = resource

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._resource, name)
        if isinstance(attribute, AsyncAPIResource):
            return attribute.with_raw_response
        if not callable(attribute) or name.startswith("_"):
            raise AttributeError(name)
        return async_to_raw_response_wrapper(cast("Callable[..., Any]", attribute))
