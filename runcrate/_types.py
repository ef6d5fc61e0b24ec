"""Small shared types: the "not given" sentinel, timeout values and per-request options."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Final, Literal, Protocol, TypeVar

import attrs
import httpx

if TYPE_CHECKING:
    from runcrate._generated.types import Operation, RequestParts

__all__ = [
    "NOT_GIVEN",
    "Endpoint",
    "NotGiven",
    "RequestOptions",
    "TimeoutValue",
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

TimeoutValue = float | httpx.Timeout | None
"""Seconds for every phase (connect, read, write, pool), an ``httpx.Timeout``, or ``None`` for none."""


@attrs.frozen
class RequestOptions:
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
