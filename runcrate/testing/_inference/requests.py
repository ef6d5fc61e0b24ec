"""Reading the fields of inference request bodies, with errors that name the parameter.

The field checks mirror the spec's request schemas, so the fake answers the same way with or without
the spec validator in front of it: a missing or wrongly typed field is a 400 ``invalid_params``,
a value outside its documented range a 422 ``validation_error``.
"""

from __future__ import annotations

from typing import Any

from runcrate.testing._server.http import ApiProblem, bad_param, json_kind


def out_of_range(param: str, message: str) -> ApiProblem:
    """A 422 for a well-formed value the API does not accept."""
    return ApiProblem(422, "validation_error", message, param=param)


def required_str(body: dict[str, Any], name: str) -> str:
    """A required, non-empty string field."""
    value = body.get(name)
    if value is None:
        raise bad_param(name, f"Missing required parameter '{name}'.")
    if not isinstance(value, str):
        raise bad_param(name, f"'{name}' must be a string, not {json_kind(value)}.")
    if not value:
        raise bad_param(name, f"'{name}' must not be empty.")
    return value


def optional_str(body: dict[str, Any], name: str) -> str | None:
    value = body.get(name)
    if value is not None and not isinstance(value, str):
        raise bad_param(name, f"'{name}' must be a string, not {json_kind(value)}.")
    return value


def optional_bool(body: dict[str, Any], name: str) -> bool | None:
    value = body.get(name)
    if value is not None and not isinstance(value, bool):
        raise bad_param(name, f"'{name}' must be a boolean, not {json_kind(value)}.")
    return value


def optional_int(
    body: dict[str, Any], name: str, *, minimum: int | None = None, maximum: int | None = None
) -> int | None:
    """An optional integer field; a bool or a float is a type error, not an integer."""
    value = body.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise bad_param(name, f"'{name}' must be an integer, not {json_kind(value)}.")
    _check_range(name, value, minimum, maximum)
    return value


def optional_number(
    body: dict[str, Any], name: str, *, minimum: float | None = None, maximum: float | None = None
) -> float | None:
    value = body.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise bad_param(name, f"'{name}' must be a number, not {json_kind(value)}.")
    _check_range(name, value, minimum, maximum)
    return float(value)


def choice(value: str | None, name: str, allowed: tuple[str, ...], default: str) -> str:
    """``value`` (or ``default`` when absent) if it is one of ``allowed``; otherwise a 422, as for
    any well-formed value outside what the API accepts."""
    if value is None:
        return default
    if value not in allowed:
        expected = ", ".join(repr(a) for a in allowed)
        raise out_of_range(name, f"Unsupported {name} {value!r}: expected one of {expected}.")
    return value


def _check_range(name: str, value: float, minimum: float | None, maximum: float | None) -> None:
    if minimum is not None and value < minimum:
        raise out_of_range(name, f"'{name}' must be >= {minimum}, got {value}.")
    if maximum is not None and value > maximum:
        raise out_of_range(name, f"'{name}' must be <= {maximum}, got {value}.")
