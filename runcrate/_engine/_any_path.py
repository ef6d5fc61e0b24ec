"""Calls to endpoints the SDK does not know yet (``client.get(path)`` and the like), without I/O.

Such a call goes through the same preparation and transport as every generated operation (the
key, ``?environment=`` on infrastructure calls, retries by the same policy, an Idempotency-Key on
infrastructure POSTs, the same errors); what the spec would say about it, this module derives from
the method, the path and the server instead:

* **The server.** A path is relative to a server, like the spec's paths (``/instances``). A wire
  path says which (``/api/v1/instances``, ``/v1/embeddings``): its prefix is stripped and picks the
  server. Otherwise ``server`` does, and without it the infrastructure API (where almost every
  operation lives; inference is the OpenAI-compatible surface under ``/v1``).
* **The path never leaves its server.** It must be a path, not a URL (the key must never go to
  another host); ``.`` and ``..`` segments (also percent-encoded), empty segments, backslashes, a
  query or fragment in the path, and a ``%`` that starts no escape are refused with a
  ``ValueError`` before any request. Characters a path cannot carry (spaces, non-ASCII) are
  percent-encoded; an escape already there (``%2F`` inside an id) is kept.
* **Retries.** Reads, PUT, PATCH and DELETE retry like the API's own; an infrastructure POST is
  treated as unsafe (retried only when it provably was not acted on) unless the caller says it is
  idempotent; inference calls repeat, as the API's do.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, cast, get_args
from urllib.parse import quote, unquote

import httpx

from runcrate._config import ClientConfig
from runcrate._engine._parsing import with_request_id
from runcrate._errors import invalid_response, request_id_from
from runcrate._json import loads
from runcrate._transport import PreparedCall, prepare
from runcrate._types import RequestOptions

if TYPE_CHECKING:
    from runcrate._generated.types import RequestParts

__all__ = ["Server", "json_result", "prepare_path_call"]

Server = Literal["infrastructure", "inference"]
_WIRE_PREFIXES: dict[Server, str] = {"infrastructure": "/api/v1", "inference": "/v1"}
"""Each server's path on its origin: the transport adds it to the configured origin."""
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_BAD_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")
_PATH_SAFE = "!$&'()*+,;=:@%-._~"
_SHOWN = 80


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= _SHOWN else text[:_SHOWN] + "…"


def _refuse(path: object, why: str) -> ValueError:
    return ValueError(f"path {why}, got {_shown(path)}.")


def checked_path(path: object) -> str:
    """``path`` as it goes on the wire (relative to its server's root), or a ``ValueError`` naming it."""
    if not isinstance(path, str) or not path:
        raise ValueError(
            f"path must be a non-empty string such as '/instances', "
            f"got {_shown(path)} ({type(path).__name__})."
        )
    if _SCHEME.match(path) or path.startswith("//"):
        raise _refuse(
            path,
            "must be a path on the Runcrate API such as '/instances', not a URL: the API key is only "
            "ever sent to the client's own servers",
        )
    if "?" in path or "#" in path:
        raise _refuse(path, "must not carry a query or fragment: pass query parameters as params")
    if "\\" in path:
        raise _refuse(path, "must not contain a backslash")
    if _BAD_ESCAPE.search(path):
        raise _refuse(path, "has a '%' that starts no percent-escape (write a literal '%' as '%25')")
    if path == "/":
        return path
    segments = path.removeprefix("/").split("/")
    for segment in segments:
        if not segment:
            raise _refuse(path, "must not have empty segments (a doubled or trailing '/')")
        decoded = unquote(segment)
        if any(part in (".", "..") for part in decoded.split("/")):
            raise _refuse(
                path,
                "must not have '.' or '..' segments (also percent-encoded): each climbs to another route",
            )
        if "\\" in decoded:
            raise _refuse(path, "must not contain a backslash (also percent-encoded)")
    try:
        return "/" + "/".join(quote(segment, safe=_PATH_SAFE) for segment in segments)
    except UnicodeEncodeError:
        raise _refuse(path, "must be valid Unicode text") from None


def _server_and_path(path: str, server: object) -> tuple[Server, str]:
    if server is not None and server not in get_args(Server):
        raise ValueError(f"server must be 'infrastructure', 'inference' or None, got {_shown(server)}.")
    for named, prefix in _WIRE_PREFIXES.items():
        if path == prefix or path.startswith(prefix + "/"):
            if server is not None and server != named:
                raise ValueError(
                    f"path {_shown(path)} is a wire path of the {named} API, but server={server!r} was given."
                )
            return named, path.removeprefix(prefix) or "/"
    return ("infrastructure" if server is None else cast(Server, server)), path


def prepare_path_call(
    http: httpx.Client | httpx.AsyncClient,
    config: ClientConfig,
    method: str,
    path: object,
    *,
    server: object,
    params: Mapping[str, Any] | None,
    body: object,
    idempotent: bool,
    options: RequestOptions,
) -> PreparedCall:
    """One call of ``method`` on ``path``, prepared like any operation of the spec."""
    from runcrate._generated.types import Operation  # noqa: PLC0415 (import runcrate loads no generated code)

    chosen, relative = _server_and_path(checked_path(path), server)
    if params is not None and not isinstance(cast(object, params), Mapping):
        raise ValueError(f"params must be a mapping of query parameters, got {_shown(params)}.")
    operation = Operation(
        id=f"{method.lower()} {relative}",
        method=method,
        path=relative,
        server=chosen,
        server_url=_WIRE_PREFIXES[chosen],
        idempotent=method != "POST" or idempotent,
        takes_idempotency_key=False,
        streaming=False,
        binary=False,
        multipart=False,
        redirect=False,
        min_timeout=None,
    )
    parts: RequestParts = {"method": method, "url": relative, "params": dict(params or {})}
    if body is not None:
        parts["json"] = body
    return prepare(http, config, operation, parts, options)


def json_result(response: httpx.Response) -> Any:
    """The body parsed as JSON (``None`` when empty); a list carries the request id, as results do."""
    if not response.content.strip():
        return None
    content_type = response.headers.get("content-type", "")
    if "json" not in content_type.lower():
        raise invalid_response(response, "Expected a JSON body (pass raw=True to read any other kind)")
    try:
        result = loads(response.content)
    except (ValueError, RecursionError):  # not JSON, or nested past the recursion limit
        raise invalid_response(response, "The JSON body does not parse") from None
    return with_request_id(result, request_id_from(response.headers))
