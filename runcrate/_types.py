"""Small shared types: the "not given" sentinels, timeout values and the per-call options contract.

Every API method ends with the same options tail (:class:`CallOptions`, what callers pass);
:func:`request_options` turns it into the :class:`RequestOptions` the engine reads.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from typing import TYPE_CHECKING, Any, Final, Literal, NamedTuple, Protocol, TypedDict, TypeVar

import httpx

if TYPE_CHECKING:
    from runcrate._generated.types import Operation, RequestParts

__all__ = [
    "NOT_GIVEN",
    "UNCHANGED",
    "CallOptions",
    "Endpoint",
    "NotGiven",
    "OPTION_NAMES",
    "RequestOptions",
    "TimeoutValue",
    "request_options",
]

_T_co = TypeVar("_T_co", covariant=True)


class NotGiven:
    """The type of :data:`NOT_GIVEN`: "the caller said nothing", as opposed to an explicit ``None``.

    ``timeout=None`` means "no timeout"; ``timeout=NOT_GIVEN`` means "use the client's".
    """

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()

UNCHANGED: Final = NOT_GIVEN
"""For partial updates: leave this field as it is (``None`` means "clear it" where the API allows)."""

TimeoutValue = float | httpx.Timeout | None
"""Seconds for every phase (connect, read, write, pool), an ``httpx.Timeout``, or ``None`` for none."""


class RequestOptions(NamedTuple):
    """The fixed tail of options every API method accepts, applied on top of the client's settings.

    ``extra_headers`` values of ``None`` remove a header the SDK would otherwise send.
    ``extra_body`` is merged into a JSON object body (or the form fields of a multipart body).
    ``idempotency_key`` replaces the key the SDK generates for a mutating infrastructure POST.
    """

    timeout: TimeoutValue | NotGiven = NOT_GIVEN
    max_retries: int | NotGiven = NOT_GIVEN
    extra_headers: Mapping[str, str | None] | None = None
    extra_query: Mapping[str, Any] | None = None
    extra_body: Mapping[str, Any] | None = None
    idempotency_key: str | None = None


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


_MAX_IDEMPOTENCY_KEY_LENGTH = 255


def _check_idempotency_key(key: object) -> None:
    """A key travels in a header: 1 to 255 printable ASCII characters."""
    if (
        not isinstance(key, str)
        or not 0 < len(key) <= _MAX_IDEMPOTENCY_KEY_LENGTH
        or not key.isascii()
        or not key.isprintable()
    ):
        shown = repr(key) if len(repr(key)) <= 80 else repr(key)[:80] + "…"
        raise ValueError(f"idempotency_key must be 1 to 255 printable ASCII characters, got {shown}")


def request_options(
    options: CallOptions, *, idempotency_key: str | None = None, parameters: Collection[str] = ()
) -> RequestOptions:
    """The engine's ``RequestOptions`` for a call's options tail. An unknown keyword is a ``TypeError``
    (a misspelled argument must not be dropped silently) naming the parameter it probably meant among
    ``parameters`` and the options; a malformed ``idempotency_key`` is a ``ValueError``."""
    if options and not OPTION_NAMES.issuperset(options):
        from runcrate._validation import unexpected_keywords  # noqa: PLC0415 (the error path only)

        unknown = sorted(options.keys() - OPTION_NAMES)
        raise unexpected_keywords(unknown, [*parameters, *CallOptions.__annotations__])
    if idempotency_key is not None:
        _check_idempotency_key(idempotency_key)
    return RequestOptions(
        timeout=options.get("timeout", NOT_GIVEN),
        max_retries=options.get("max_retries", NOT_GIVEN),
        extra_headers=options.get("extra_headers"),
        extra_query=options.get("extra_query"),
        extra_body=options.get("extra_body"),
        idempotency_key=idempotency_key,
    )


OPTION_NAMES = frozenset(CallOptions.__annotations__)
"""``timeout``, ``max_retries``, ``extra_headers``, ``extra_query``, ``extra_body``."""


class Endpoint(Protocol[_T_co]):
    """What the overlay needs from a generated endpoint module (``runcrate._generated.api.<tag>.<op>``).

    A module satisfies this protocol structurally: ``client.request(module, ...)`` type-checks against
    the module's own ``parse_response`` return type.
    """

    @property
    def OPERATION(self) -> Operation: ...  # the generated modules' constant

    @property
    def build_request(self) -> Callable[..., RequestParts]: ...

    @property
    def parse_response(self) -> Callable[[httpx.Response], _T_co]: ...
