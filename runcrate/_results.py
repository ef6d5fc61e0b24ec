"""Lists an API call returns: still a ``list``, carrying the request id of the response like every model."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

__all__ = ["ResultList"]

_T = TypeVar("_T")


class ResultList(list[_T]):
    """A list an API call returned (``client.instances.list()``): a plain ``list`` that also carries
    the call's request id, as ``_request_id`` (the name every parsed model uses, as in openai) and as
    ``request_id`` (as on pages and raw responses)."""

    _request_id: str | None

    def __init__(self, items: Iterable[_T] = (), *, request_id: str | None = None) -> None:
        super().__init__(items)
        self._request_id = request_id

    @property
    def request_id(self) -> str | None:
        """The request id of the response this list came in (``None`` when the API sent none)."""
        return self._request_id
