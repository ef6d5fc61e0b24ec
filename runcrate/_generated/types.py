# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
"""Types shared by the generated endpoint modules and models."""

import datetime
import json
from collections.abc import Callable, Iterator, Mapping
from enum import Enum
from typing import IO, TYPE_CHECKING, Any, BinaryIO, ClassVar, Literal, Required, TypedDict, cast
from urllib.parse import quote

from attrs import define, field


class Unset:
    """The default of a ``build_request`` parameter the caller did not give (so it is not sent)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        """Unpickled, it is the module's ``UNSET`` again (code compares with ``is UNSET``)."""
        return "UNSET"


UNSET: Unset = Unset()


class MissingFieldError(ValueError):
    """A payload has no value for a field its schema requires: the field is missing or ``null``."""

    def __init__(self, model: str, field: str, state: str) -> None:
        super().__init__(f"the required field {model}.{field} is {state}")
        self.model = model
        self.field = field


def missing_field(model: type, payload: Mapping[str, Any], *names: str) -> MissingFieldError:
    """The error for a required field (wire name, then its other casing if any) that ``payload`` lacks."""
    state = "null" if any(name in payload for name in names) else "missing"
    return MissingFieldError(model.__name__, names[0], state)


def json_list(value: Any) -> list[Any]:
    """A decoded JSON array, typed for the checkers (mypy and pyright narrow ``isinstance`` differently)."""
    return value  # type: ignore[no-any-return]


def json_object(value: Any) -> dict[Any, Any]:
    """A decoded JSON object, typed for the checkers like :func:`json_list`."""
    return value  # type: ignore[no-any-return]


_DOT_SEGMENTS = frozenset({".", ".."})
_SHOWN_VALUE = 80


def _shown(value: object) -> str:
    """``repr(value)``, cut short: a path parameter can be anything a caller passed."""
    text = repr(value)
    return text if len(text) <= _SHOWN_VALUE else text[:_SHOWN_VALUE] + "…"


def _checked(value: object, name: str) -> str:
    if value is None:
        raise ValueError(f"{name} is required: got None, expected a non-empty string.")
    if not isinstance(value, str):
        raise ValueError(f"{name} must be a string, got {_shown(value)} ({type(value).__name__}).")
    if not value:
        raise ValueError(f"{name} must not be empty: an empty path parameter addresses another route.")
    return value


def _encoded(segment: str, value: str, name: str) -> str:
    if segment in _DOT_SEGMENTS:
        raise ValueError(
            f"{name} must not be '.' or '..' (or have such a segment), got {_shown(value)}: "
            "a dot segment addresses another route."
        )
    try:
        return quote(segment, safe="")
    except UnicodeEncodeError:
        raise ValueError(f"{name} must be valid Unicode text, got {_shown(value)}.") from None


def path_segment(value: object, name: str) -> str:
    """``value`` as exactly one path segment: every reserved character, ``%`` and ``/`` included, is
    percent-encoded, so nothing in it can end the segment, start a query or climb to another route.

    Raises ``ValueError`` naming ``name`` for ``None``, a non-string, ``""``, ``"."`` or ``".."``
    (each would address another route), before any request is built.
    """
    text = _checked(value, name)
    return _encoded(text, text, name)


def path_segments(value: object, name: str) -> str:
    """``value`` as one or more path segments: split on ``/``, each part encoded like
    :func:`path_segment`, the slashes kept. Empty (leading, trailing or doubled ``/``), ``.`` and
    ``..`` segments raise ``ValueError`` naming ``name``: each would address another route.
    """
    text = _checked(value, name)
    segments = text.split("/")
    if "" in segments:
        raise ValueError(
            f"{name} must be a relative path without empty segments (no leading, trailing or doubled '/'), "
            f"got {_shown(value)}."
        )
    return "/".join(_encoded(segment, text, name) for segment in segments)


# The shapes `httpx.Client(files=...)` accepts for one multipart part.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class WireModel:
    """What every model shares: ``None`` for absent fields, dumping, mapping access by wire name.

    A field the payload did not have reads as ``None``; ``_absent`` remembers which ones they were,
    so the wire form (:meth:`to_dict`) and mapping access leave them out while an explicit ``null``
    stays. Unknown fields are kept in ``additional_properties`` and readable by name
    (``chunk["system_fingerprint"]``). Code written against APIs that return plain dicts keeps
    working: ``chunk["choices"][0]["delta"].get("content")`` reads the same values as the attributes.
    """

    _wire_names: ClassVar[dict[str, str]] = {}
    _optional: ClassVar[frozenset[str]] = frozenset()
    """Wire names of the fields the schema does not require."""
    _aliases: ClassVar[dict[str, str]] = {}
    """Wire name -> its other casing, read when the payload lacks the wire name."""
    _absent: frozenset[str] | None = field(default=None, init=False, eq=False, repr=False)
    """Wire names of declared fields the payload lacked; ``None`` for a model built by its
    constructor, whose ``None`` fields count as absent."""
    _request_id: str | None = field(default=None, init=False, eq=False, repr=False)
    """The request id of the response this model was parsed from (set on a call's result, not on
    the models nested in it)."""
    _payload: Mapping[str, Any] | None = field(default=None, init=False, eq=False, repr=False)
    """The mapping ``from_dict`` read. ``from_dict`` sets the declared fields only: what the
    payload held besides them (``additional_properties``) and which of them it lacked (``_absent``)
    are worked out from it when first asked for, which few readers ever do."""

    if not TYPE_CHECKING:  # the checkers must not take every attribute name for a valid one

        def __getattr__(self, name: str) -> Any:
            # Called only for an attribute never set: the bookkeeping `from_dict` leaves to be asked.
            read = _FROM_PAYLOAD.get(name)
            if read is None:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
            value = read(self, object.__getattribute__(self, "_payload"))
            object.__setattr__(self, name, value)
            return value

    def to_dict(self) -> dict[str, Any]:
        """The model as it travels on the wire: wire names, JSON values, absent fields left out."""
        return self._dump(by_alias=True, exclude_unset=True, exclude_none=False)

    def model_dump(
        self, *, by_alias: bool = False, exclude_unset: bool = False, exclude_none: bool = False
    ) -> dict[str, Any]:
        """The model as a dict of JSON-safe values (date-times as ISO 8601 text, enums as their values).

        Keys are attribute names, or wire names with ``by_alias``; unknown fields keep their wire
        names. An absent field is ``None`` unless ``exclude_unset``; ``exclude_none`` drops every ``None``.
        """
        return self._dump(by_alias=by_alias, exclude_unset=exclude_unset, exclude_none=exclude_none)

    def model_dump_json(
        self,
        *,
        indent: int | None = None,
        by_alias: bool = False,
        exclude_unset: bool = False,
        exclude_none: bool = False,
    ) -> str:
        """:meth:`model_dump` as JSON text."""
        dumped = self._dump(by_alias=by_alias, exclude_unset=exclude_unset, exclude_none=exclude_none)
        return json.dumps(dumped, indent=indent, ensure_ascii=False)

    def to_json(
        self, *, indent: int | None = 2, use_api_names: bool = True, exclude_unset: bool = True
    ) -> str:
        """JSON text as openai's ``to_json`` writes it: wire names and absent fields left out by default."""
        return self.model_dump_json(indent=indent, by_alias=use_api_names, exclude_unset=exclude_unset)

    def _dump(self, *, by_alias: bool, exclude_unset: bool, exclude_none: bool) -> dict[str, Any]:
        options = (by_alias, exclude_unset, exclude_none)
        absent = self._absent
        dumped: dict[str, Any] = {}
        for wire, attribute in self._wire_names.items():
            value = getattr(self, attribute)
            if value is None and (exclude_none or (exclude_unset and (absent is None or wire in absent))):
                continue
            dumped[wire if by_alias else attribute] = _jsonable(value, options)
        for key, value in self._extra().items():
            if key not in dumped and not (value is None and exclude_none):
                dumped[key] = _jsonable(value, options)
        return dumped

    def _has(self, wire: str, value: object) -> bool:
        """Whether the payload had the declared field ``wire`` (whose value is ``value``)."""
        return value is not None or (self._absent is not None and wire not in self._absent)

    def __getitem__(self, key: str) -> Any:
        attribute = self._wire_names.get(key)
        if attribute is None:
            return self._extra()[key]
        value = getattr(self, attribute)
        if not self._has(key, value):
            raise KeyError(key)
        return value

    def get(self, key: str, default: Any = None) -> Any:
        """The value of ``key`` (a wire name), or ``default`` when the payload did not have it."""
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        attribute = self._wire_names.get(key)
        if attribute is None:
            return key in self._extra()
        return self._has(key, getattr(self, attribute))

    def keys(self) -> list[str]:
        """The wire names present, declared fields first, then unknown ones."""
        present = [
            wire for wire, attribute in self._wire_names.items() if self._has(wire, getattr(self, attribute))
        ]
        return present + [key for key in self._extra() if key not in self._wire_names]

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys())

    def items(self) -> list[tuple[str, Any]]:
        return [(key, self[key]) for key in self.keys()]

    def values(self) -> list[Any]:
        return [self[key] for key in self.keys()]

    def __repr__(self) -> str:
        shown = [
            f"{attribute}={_repr(value)}"
            for wire, attribute in self._wire_names.items()
            if self._has(wire, value := getattr(self, attribute))
        ]
        unknown = {key: value for key, value in self._extra().items() if key not in self._wire_names}
        shown += [f"{key}={_repr(value)}" for key, value in unknown.items() if key.isidentifier()]
        odd = {key: value for key, value in unknown.items() if not key.isidentifier()}
        if odd:
            shown.append(f"**{_repr(odd)}")
        return _without_keys(f"{type(self).__name__}({', '.join(shown)})")

    def _extra(self) -> dict[str, Any]:
        extra: dict[str, Any] = getattr(self, "additional_properties", {})
        return extra

    def _consumed(self, payload: Mapping[str, Any]) -> set[str]:
        """The keys of ``payload`` that went to declared fields (a field's other casing only when
        the payload lacked its wire name)."""
        consumed = set(self._wire_names)
        consumed.update(alias for wire, alias in self._aliases.items() if wire not in payload)
        return consumed


_NONE_ABSENT: frozenset[str] = frozenset()


def _unknown_fields(model: WireModel, payload: Mapping[str, Any]) -> dict[str, Any]:
    consumed = model._consumed(payload)
    return {key: value for key, value in payload.items() if key not in consumed}


def _absent_fields(model: WireModel, payload: Mapping[str, Any]) -> frozenset[str]:
    absent = model._optional.difference(payload)
    if absent and model._aliases:
        absent = frozenset(wire for wire in absent if model._aliases.get(wire) not in payload)
    return absent or _NONE_ABSENT


_FROM_PAYLOAD: dict[str, Callable[[WireModel, Mapping[str, Any]], Any]] = {
    "additional_properties": _unknown_fields,
    "_absent": _absent_fields,
    "_request_id": lambda model, payload: None,
}


_SCALARS = frozenset({str, int, float, bool, type(None)})


def _jsonable(value: Any, options: tuple[bool, bool, bool]) -> Any:
    """``value`` with models dumped, enums as their values and dates as ISO 8601 text."""
    if type(value) in _SCALARS:
        return value
    if isinstance(value, WireModel):
        return value._dump(by_alias=options[0], exclude_unset=options[1], exclude_none=options[2])
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_jsonable(item, options) for item in cast("list[Any]", value)]
    if isinstance(value, dict):
        return {key: _jsonable(item, options) for key, item in cast("dict[str, Any]", value).items()}
    return value


def _repr(value: Any) -> str:
    if isinstance(value, Enum):
        return repr(value.value)
    if isinstance(value, list):
        return "[" + ", ".join(map(_repr, json_list(value))) + "]"
    if isinstance(value, dict):
        items = json_object(value).items()
        return "{" + ", ".join(f"{_repr(key)}: {_repr(item)}" for key, item in items) + "}"
    if isinstance(value, str) and value[:8].lower().startswith(("https://", "http://")):
        return repr(_without_query(value))
    return repr(value)


def _without_keys(text: str) -> str:
    """``text`` with every API key a client of this process holds blanked out: a repr ends up in
    logs and tracebacks, and a server may echo a key into a field (a command, a debug echo)."""
    from runcrate._redaction import log_secrets, redact  # noqa: PLC0415 (not needed to import models)

    return redact(text, log_secrets())


def _without_query(url: str) -> str:
    """A URL as a repr shows it: ``?…`` in place of its query, which in a signed URL (an upload or
    download link, a temporary image) is the signature that grants access to anyone who reads it."""
    head, query, _ = url.partition("#")[0].partition("?")
    return f"{head}?…" if query else head


@define
class File:
    """A file to upload in a multipart/form-data body."""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """The tuple httpx accepts for a multipart/form-data part."""
        return self.file_name, self.payload, self.mime_type


@define(frozen=True)
class Operation:
    """Everything the overlay needs to know to send one operation, read from the spec.

    The overlay never writes a method, path or server by hand: it reads them here.
    """

    id: str
    """The spec's operationId."""
    method: str
    """HTTP method, upper case."""
    path: str
    """Path template relative to the server URL."""
    server: Literal["inference", "infrastructure"]
    """Which of the API's two servers the operation belongs to."""
    server_url: str
    """The spec's URL for that server; its path is the wire prefix (``/v1`` or ``/api/v1``)."""
    idempotent: bool
    """Repeating the request has no further effect (a read, PUT, PATCH or DELETE, or a POST the
    spec marks ``x-idempotent``, such as a submit whose Idempotency-Key the server deduplicates)."""
    takes_idempotency_key: bool
    """The operation declares the ``Idempotency-Key`` header."""
    streaming: bool
    """The success response may be a ``text/event-stream``."""
    binary: bool
    """The success body is raw bytes (audio, video)."""
    multipart: bool
    """The request body is ``multipart/form-data``."""
    redirect: bool
    """Success is a 3xx whose ``Location`` is the result."""
    min_timeout: float | None
    """The server may take this long (``x-min-client-timeout``): a floor for the client timeout."""


class RequestParts(TypedDict, total=False):
    """Keyword arguments for ``httpx.Client.build_request``; the url is relative to the server."""

    method: Required[str]
    url: Required[str]
    params: dict[str, Any]
    headers: dict[str, str]
    cookies: dict[str, str]
    json: Any
    content: bytes | str
    data: dict[str, Any]
    files: RequestFiles


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "MissingFieldError",
    "Operation",
    "RequestFiles",
    "RequestParts",
    "Unset",
    "WireModel",
    "json_list",
    "missing_field",
    "path_segment",
    "path_segments",
]
