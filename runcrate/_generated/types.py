# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
"""Types shared by the generated endpoint modules and models."""

from collections.abc import Iterator, Mapping
from typing import IO, Any, BinaryIO, ClassVar, Literal, Required, TypedDict
from urllib.parse import quote

from attrs import define


class Unset:
    """The value of a field the payload did not have (as opposed to an explicit ``null``).

    It is falsy and prints as nothing, so code written for ``None`` (``if delta.content:``,
    ``print(delta.content or "")``, even ``print(delta.content)``) behaves the same.
    """

    def __bool__(self) -> Literal[False]:
        return False

    def __str__(self) -> str:
        return ""

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        """Unpickled, it is the module's ``UNSET`` again (code compares with ``is UNSET``)."""
        return "UNSET"


UNSET: Unset = Unset()


def json_list(value: Any) -> list[Any]:
    """A decoded JSON array, typed for the checkers (mypy and pyright narrow ``isinstance`` differently)."""
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


class WireModel:
    """Read-only mapping access to a model by its wire (JSON) names.

    Code written against APIs that return plain dicts keeps working:
    ``chunk["choices"][0]["delta"].get("content")`` reads the same values as the attributes.
    Fields absent from the payload are absent here too; unknown fields are readable by name.
    """

    __slots__ = ()
    _wire_names: ClassVar[dict[str, str]] = {}

    def __getitem__(self, key: str) -> Any:
        attribute = self._wire_names.get(key)
        if attribute is None:
            return self._extra()[key]
        value = getattr(self, attribute)
        if isinstance(value, Unset):
            raise KeyError(key)
        return value

    def get(self, key: str, default: Any = None) -> Any:
        """The value of ``key`` (a wire name), or ``default`` when the payload did not have it."""
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key, UNSET) is not UNSET

    def keys(self) -> list[str]:
        """The wire names present, declared fields first, then unknown ones."""
        present = [
            name
            for name, attribute in self._wire_names.items()
            if not isinstance(getattr(self, attribute), Unset)
        ]
        return present + list(self._extra())

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys())

    def items(self) -> list[tuple[str, Any]]:
        return [(key, self[key]) for key in self.keys()]

    def values(self) -> list[Any]:
        return [self[key] for key in self.keys()]

    def _extra(self) -> dict[str, Any]:
        extra: dict[str, Any] = getattr(self, "additional_properties", {})
        return extra


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
    "Operation",
    "RequestFiles",
    "RequestParts",
    "Unset",
    "WireModel",
    "json_list",
    "path_segment",
    "path_segments",
]
