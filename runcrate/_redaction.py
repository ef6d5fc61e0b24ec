"""What a request must never give away, and text with it blanked out.

A server or a proxy may echo a request back: its ``Authorization`` header in an error message, the
signed URL it was sent to in a storage error page. Everything the SDK builds from an answer
(errors, previews, reprs, log lines) goes through :func:`redact` with the secrets of the request
that got the answer: the credentials it carried and, for a signed storage URL, its signature.
"""

from __future__ import annotations

import json
import re
import weakref
from collections.abc import Iterable, Mapping
from typing import Any, cast
from urllib.parse import quote

import httpx

__all__ = [
    "REDACTED",
    "SIGNED_EXTENSION",
    "log_secrets",
    "mark_signed",
    "redact",
    "redact_headers",
    "redact_json",
    "redact_mapping",
    "remember_key",
    "request_secrets",
    "response_secrets",
    "without_query",
    "without_url_queries",
]

REDACTED = "[redacted]"
SIGNED_EXTENSION = "runcrate_signed_url"
"""Request extension marking a request to a signed storage URL (its query is its signature)."""

_CREDENTIAL_HEADERS = ("authorization", "proxy-authorization")
_SHORTEST_SIGNED_SECRET = 16  # query values this long are signatures or credentials, not "3600" or "GET"

_signed_urls: weakref.WeakSet[httpx.URL] = weakref.WeakSet()
_known_keys: set[str] = set()  # each client's key, in every escaped form


def remember_key(key: str) -> None:
    """Add a client's API key to what no log line may show (see :func:`log_secrets`)."""
    _known_keys.update(_escaped_forms(key))


def log_secrets() -> tuple[str, ...]:
    """What no log line may show, longest first: every client's API key, and the query of every
    signed URL being requested."""
    found = set(_known_keys)
    found.update(url.query.decode("ascii", "replace") for url in list(_signed_urls) if url.query)
    return tuple(sorted(found, key=len, reverse=True))


def mark_signed(request: httpx.Request) -> None:
    """Mark ``request`` as going to a signed URL: errors redact its query, logs and reprs leave it out."""
    request.extensions[SIGNED_EXTENSION] = True
    _signed_urls.add(request.url)


def without_query(url: httpx.URL | str) -> str:
    """``url`` with ``?…`` in place of its query (and no fragment): what logs and reprs show of a
    signed URL. Plain text work, so it never fails on a malformed URL."""
    base = str(url).partition("#")[0]
    head, query, _ = base.partition("?")
    return f"{head}?…" if query else base


_URL_QUERY = re.compile(r"""(https?:(?:\\?/){2}[^\s"'<>?#]*)\?[^\s"'<>#]*""", re.IGNORECASE)


def without_url_queries(text: str) -> str:
    """``text`` with ``?…`` in place of the query of every http(s) URL in it (JSON-escaped ones too):
    what a preview of an answer shows of the signed URLs it may hold (an upload reservation's)."""
    return _URL_QUERY.sub(r"\1?…", text)


def request_secrets(request: httpx.Request | None) -> tuple[str, ...]:
    """The credentials ``request`` carried, longest first, each also as JSON and URLs escape it."""
    if request is None:
        return ()
    found: set[str] = set()
    for name in _CREDENTIAL_HEADERS:
        value = request.headers.get(name)
        if value:
            found.add(value)
            scheme, _, token = value.partition(" ")
            if token.strip() and scheme:
                found.add(token.strip())
    if request.extensions.get(SIGNED_EXTENSION):
        query = request.url.query.decode("ascii", "replace")
        if query:
            found.add(query)
        found.update(v for _, v in request.url.params.multi_items() if len(v) >= _SHORTEST_SIGNED_SECRET)
    forms = {form for secret in found for form in _escaped_forms(secret)}
    return tuple(sorted(forms, key=len, reverse=True))


def response_secrets(response: httpx.Response | None) -> tuple[str, ...]:
    """:func:`request_secrets` of the request that got ``response`` (none when it has no request)."""
    if response is None:
        return ()
    try:
        request = response.request
    except RuntimeError:
        return ()
    return request_secrets(request)


def _escaped_forms(secret: str) -> set[str]:
    return {secret, json.dumps(secret)[1:-1], quote(secret, safe="")}


def redact(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every occurrence of each secret replaced by ``[redacted]``."""
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, REDACTED)
    return text


def redact_json(value: Any, secrets: tuple[str, ...]) -> Any:
    """A copy of a decoded JSON value (dicts, lists, strings, scalars) with the secrets blanked out of
    every string in it, keys included. Iterative: a body nested thousands deep is handled too."""
    if not secrets:
        return value
    copies: dict[int, Any] = {}
    pending: list[tuple[Mapping[Any, Any] | list[Any], Any]] = []  # (original, its copy still to fill)

    def copy_of(item: Any) -> Any:
        if isinstance(item, str):
            return redact(item, secrets)
        if not _is_container(item):
            return item
        container = cast("Mapping[Any, Any] | list[Any]", item)
        if id(container) not in copies:
            copies[id(container)] = {} if isinstance(container, Mapping) else []
            pending.append((container, copies[id(container)]))
        return copies[id(container)]

    root = copy_of(value)
    while pending:
        original, copy = pending.pop()
        if isinstance(original, Mapping):
            for key, item in original.items():
                copy[copy_of(key)] = copy_of(item)
        else:
            copy.extend(copy_of(item) for item in original)
    return root


def _is_container(value: object) -> bool:
    return isinstance(value, Mapping | list)


def redact_headers(headers: httpx.Headers, secrets: tuple[str, ...]) -> httpx.Headers:
    """A copy of ``headers`` with the secrets blanked out of every value (``headers`` when none occurs)."""
    if not secrets:
        return headers
    items = headers.multi_items()
    redacted = [(name, redact(value, secrets)) for name, value in items]
    return headers if redacted == items else httpx.Headers(redacted)


def redact_mapping(mapping: Mapping[str, Any], secrets: tuple[str, ...]) -> Mapping[str, Any]:
    """:func:`redact_json` for a mapping, which stays a mapping."""
    return cast("Mapping[str, Any]", redact_json(mapping, secrets))
