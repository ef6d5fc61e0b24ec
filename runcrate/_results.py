"""What API calls return besides models: lists that carry the request id, and results that wrap one
model and read and dump exactly as it does."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from runcrate._generated.types import WireModel

__all__ = ["ModelView", "ResultList"]

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


class ModelView:
    """A result that adds helpers to one API model (:attr:`_model`): mapping access by wire name,
    ``to_dict()``, ``model_dump()``, ``model_dump_json()``, ``to_json()`` and ``_request_id`` are the
    model's own, so it reads and dumps like every other result."""

    __slots__ = ()

    @property
    def _model(self) -> WireModel:
        raise NotImplementedError

    @property
    def _request_id(self) -> str | None:
        """The request id of the response, as on every parsed model."""
        return self._model._request_id

    def __getitem__(self, key: str) -> Any:
        return self._model[key]

    def get(self, key: str, default: Any = None) -> Any:
        """The value of ``key`` (a wire name), or ``default`` when the payload did not have it."""
        return self._model.get(key, default)

    def __contains__(self, key: object) -> bool:
        return key in self._model

    def keys(self) -> list[str]:
        """The wire names present, declared fields first, then unknown ones."""
        return self._model.keys()

    def __iter__(self) -> Iterator[str]:
        return iter(self._model)

    def items(self) -> list[tuple[str, Any]]:
        return self._model.items()

    def values(self) -> list[Any]:
        return self._model.values()

    def to_dict(self) -> dict[str, Any]:
        """The model as it travels on the wire: wire names, JSON values, absent fields left out."""
        return self._model.to_dict()

    def model_dump(
        self, *, by_alias: bool = False, exclude_unset: bool = False, exclude_none: bool = False
    ) -> dict[str, Any]:
        """The model as a dict of JSON-safe values, keyed by attribute names (wire names with
        ``by_alias``), as :meth:`runcrate.models.Instance.model_dump` describes."""
        return self._model.model_dump(
            by_alias=by_alias, exclude_unset=exclude_unset, exclude_none=exclude_none
        )

    def model_dump_json(
        self,
        *,
        indent: int | None = None,
        by_alias: bool = False,
        exclude_unset: bool = False,
        exclude_none: bool = False,
    ) -> str:
        """:meth:`model_dump` as JSON text."""
        return self._model.model_dump_json(
            indent=indent, by_alias=by_alias, exclude_unset=exclude_unset, exclude_none=exclude_none
        )

    def to_json(
        self, *, indent: int | None = 2, use_api_names: bool = True, exclude_unset: bool = True
    ) -> str:
        """JSON text as openai's ``to_json`` writes it: wire names and absent fields left out by default."""
        return self._model.to_json(indent=indent, use_api_names=use_api_names, exclude_unset=exclude_unset)
