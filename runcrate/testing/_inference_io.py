"""Reading inference requests (with errors that name the parameter) and pacing streamed bodies.

The field checks mirror the spec's request schemas, so the fake answers the same way with or without
the spec validator in front of it: a missing or wrongly typed field is a 400 ``invalid_params``,
a value outside its documented range a 422 ``validation_error``.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterable
from typing import Any, TypeVar, cast

from starlette.requests import Request

from ._http import ApiProblem, loads

T = TypeVar("T", str, bytes)


async def paced(pieces: Iterable[T]) -> AsyncIterator[T]:
    """Hand each piece to the server as its own write, yielding to the event loop in between.

    The server's ``send`` applies backpressure, so lazily built bodies stay small in memory, and
    yielding lets a client disconnect end the response promptly.
    """
    for piece in pieces:
        yield piece
        await asyncio.sleep(0)


def bad_param(param: str, message: str) -> ApiProblem:
    """A 400 for a missing, malformed or wrongly typed parameter."""
    return ApiProblem(400, "invalid_params", message, param=param)


def out_of_range(param: str, message: str) -> ApiProblem:
    """A 422 for a well-formed value the API does not accept."""
    return ApiProblem(422, "validation_error", message, param=param)


async def json_object(request: Request) -> dict[str, Any]:
    """The request body as a JSON object, or a 400 saying why it is not one."""
    raw = await request.body()
    try:
        body = loads(raw)
    except ValueError as exc:
        raise ApiProblem(400, "bad_request", f"The request body is not valid JSON: {exc}") from None
    obj = as_object(body)
    if obj is None:
        raise ApiProblem(400, "bad_request", f"The request body must be a JSON object, not {_kind(body)}.")
    return obj


def as_object(value: object) -> dict[str, Any] | None:
    """``value`` if it is a JSON object, typed as one; otherwise None."""
    return cast(dict[str, Any], value) if isinstance(value, dict) else None


def as_array(value: object) -> list[object] | None:
    """``value`` if it is a JSON array, typed as one; otherwise None."""
    return cast(list[object], value) if isinstance(value, list) else None


def required_str(body: dict[str, Any], name: str) -> str:
    """A required, non-empty string field."""
    value = body.get(name)
    if value is None:
        raise bad_param(name, f"Missing required parameter '{name}'.")
    if not isinstance(value, str):
        raise bad_param(name, f"'{name}' must be a string, not {_kind(value)}.")
    if not value:
        raise bad_param(name, f"'{name}' must not be empty.")
    return value


def optional_str(body: dict[str, Any], name: str) -> str | None:
    value = body.get(name)
    if value is not None and not isinstance(value, str):
        raise bad_param(name, f"'{name}' must be a string, not {_kind(value)}.")
    return value


def optional_bool(body: dict[str, Any], name: str) -> bool | None:
    value = body.get(name)
    if value is not None and not isinstance(value, bool):
        raise bad_param(name, f"'{name}' must be a boolean, not {_kind(value)}.")
    return value


def optional_int(
    body: dict[str, Any], name: str, *, minimum: int | None = None, maximum: int | None = None
) -> int | None:
    """An optional integer field; a bool or a float is a type error, not an integer."""
    value = body.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise bad_param(name, f"'{name}' must be an integer, not {_kind(value)}.")
    _check_range(name, value, minimum, maximum)
    return value


def optional_number(
    body: dict[str, Any], name: str, *, minimum: float | None = None, maximum: float | None = None
) -> float | None:
    value = body.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise bad_param(name, f"'{name}' must be a number, not {_kind(value)}.")
    _check_range(name, value, minimum, maximum)
    return float(value)


def choice(value: str | None, name: str, allowed: tuple[str, ...], default: str) -> str:
    """``value`` (or ``default`` when absent) if it is one of ``allowed``; otherwise a 400."""
    if value is None:
        return default
    if value not in allowed:
        expected = ", ".join(repr(a) for a in allowed)
        raise bad_param(name, f"Unsupported {name} {value!r}: expected one of {expected}.")
    return value


def _check_range(name: str, value: float, minimum: float | None, maximum: float | None) -> None:
    if minimum is not None and value < minimum:
        raise out_of_range(name, f"'{name}' must be >= {minimum}, got {value}.")
    if maximum is not None and value > maximum:
        raise out_of_range(name, f"'{name}' must be <= {maximum}, got {value}.")


def _kind(value: object) -> str:
    """The JSON name of a value's type, for error messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"
