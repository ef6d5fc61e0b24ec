"""Reading query parameters of the jobs routes.

Every bad query parameter is a 400 ``invalid_params`` (the spec documents no 422 on these
reads); bad body values are the callers' 422 ``validation_error``.
"""

from __future__ import annotations

from starlette.requests import Request

from runcrate.testing._server.http import ApiProblem, bad_param


def bad_query(name: str, message: str) -> ApiProblem:
    """400 ``invalid_params`` for a query parameter, the message starting with its name."""
    return bad_param(name, f"{name} {message}")


def query_int(request: Request, name: str, bounds: tuple[int, int | None]) -> int | None:
    """An optional integer query parameter within ``bounds`` (``None`` = no upper bound)."""
    raw = request.query_params.get(name)
    if raw is None:
        return None
    try:
        value = int(raw)
    except ValueError:
        raise bad_query(name, f"must be an integer, got {raw!r}") from None
    low, high = bounds
    if value < low or (high is not None and value > high):
        raise bad_query(name, f"must be between {low} and {high}" if high else f"must be >= {low}")
    return value


def query_bool(request: Request, name: str) -> bool:
    raw = request.query_params.get(name)
    if raw is None:
        return False
    if raw not in ("true", "false"):
        raise bad_query(name, f"must be true or false, got {raw!r}")
    return raw == "true"
