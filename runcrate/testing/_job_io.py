"""Reading query parameters and timestamps of the jobs and schedules routes.

Every bad query parameter is a 400 ``invalid_params`` (the spec documents no 422 on these
reads); bad body values are the callers' 422 ``validation_error``.
"""

from __future__ import annotations

from datetime import datetime

from starlette.requests import Request

from runcrate.testing._http import ApiProblem


def bad_param(name: str, message: str) -> ApiProblem:
    return ApiProblem(400, "invalid_params", f"{name} {message}", details={"field": name}, param=name)


def query_int(request: Request, name: str, bounds: tuple[int, int | None]) -> int | None:
    """An optional integer query parameter within ``bounds`` (``None`` = no upper bound)."""
    raw = request.query_params.get(name)
    if raw is None:
        return None
    try:
        value = int(raw)
    except ValueError:
        raise bad_param(name, f"must be an integer, got {raw!r}") from None
    low, high = bounds
    if value < low or (high is not None and value > high):
        raise bad_param(name, f"must be between {low} and {high}" if high else f"must be >= {low}")
    return value


def query_bool(request: Request, name: str) -> bool:
    raw = request.query_params.get(name)
    if raw is None:
        return False
    if raw not in ("true", "false"):
        raise bad_param(name, f"must be true or false, got {raw!r}")
    return raw == "true"


def parse_timestamp(raw: object) -> float:
    """An ISO-8601 date-time with an offset (or ``Z``) as epoch seconds; ValueError says why not."""
    if not isinstance(raw, str):
        raise ValueError("must be an ISO-8601 date-time string")
    try:
        moment = datetime.fromisoformat(raw)
    except ValueError:
        raise ValueError(f"must be an ISO-8601 date-time, got {raw!r}") from None
    if moment.tzinfo is None:
        raise ValueError("must carry a UTC offset or Z")
    return moment.timestamp()
