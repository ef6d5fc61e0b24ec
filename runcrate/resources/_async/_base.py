"""What every resource shares: its client, the per-call options tail, and raw-response views."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Final, TypedDict, cast

from runcrate._response import async_to_raw_response_wrapper
from runcrate._types import NOT_GIVEN, RequestOptions, TimeoutValue

if TYPE_CHECKING:
    from runcrate._client import AsyncRuncrate

__all__ = ["UNCHANGED", "AsyncAPIResource", "CallOptions", "given", "request_options"]

UNCHANGED: Final = NOT_GIVEN
"""For partial updates: leave this field as it is (``None`` means "clear it" where the API allows)."""


class CallOptions(TypedDict, total=False):
    """Options every API method takes after its own arguments, for this call only."""

    timeout: TimeoutValue
    """Seconds (or an ``httpx.Timeout``) for this call; ``None`` waits forever. Long routes keep a minimum."""
    max_retries: int
    """Retries for this call (0 turns them off)."""
    extra_headers: Mapping[str, str | None]
    """Headers to add; a ``None`` value removes a header the SDK would send."""
    extra_query: Mapping[str, Any]
    """Query parameters to add."""
    extra_body: Mapping[str, Any]
    """Fields merged into the JSON body (or the multipart form)."""


def request_options(options: CallOptions, *, idempotency_key: str | None = None) -> RequestOptions:
    """The core's ``RequestOptions`` for a call's options tail; an unknown keyword is a ``TypeError``
    (a misspelled argument must not be dropped silently)."""
    unknown = sorted(set(options) - CallOptions.__annotations__.keys())
    if unknown:
        expected = ", ".join(CallOptions.__annotations__)
        raise TypeError(
            f"unexpected keyword argument(s) {', '.join(unknown)} (per-call options are {expected})"
        )
    return RequestOptions(
        timeout=options.get("timeout", NOT_GIVEN),
        max_retries=options.get("max_retries", NOT_GIVEN),
        extra_headers=options.get("extra_headers"),
        extra_query=options.get("extra_query"),
        extra_body=options.get("extra_body"),
        idempotency_key=idempotency_key,
    )


def given(**fields: Any) -> dict[str, Any]:
    """The fields the caller set: ``None`` and ``UNCHANGED`` mean "leave it out" of the request."""
    return {name: value for name, value in fields.items() if value is not None and value is not UNCHANGED}


class AsyncAPIResource:
    """A group of API methods bound to one client."""

    def __init__(self, client: AsyncRuncrate) -> None:
        self._client = client

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
