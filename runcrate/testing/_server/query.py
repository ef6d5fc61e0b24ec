"""Reading typed query parameters: a bad one is a 400 ``invalid_params`` naming it, as the spec's
own parameter check answers (every list documents 400, none documents 422)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from starlette.requests import Request

from runcrate.testing._server.http import ApiProblem, bad_param


def bad_query(name: str, message: str) -> ApiProblem:
    """400 ``invalid_params`` for a query parameter, the message starting with its name."""
    return bad_param(name, f"{name} {message}")


def query_int(request: Request, name: str, *, minimum: int, maximum: int | None = None) -> int | None:
    """An optional integer query parameter within ``minimum``..``maximum`` (None: no upper bound)."""
    raw = request.query_params.get(name)
    if raw is None:
        return None
    try:
        value = int(raw)
    except ValueError:
        raise bad_query(name, f"must be an integer, got {raw!r}") from None
    if value < minimum or (maximum is not None and value > maximum):
        bounds = f"between {minimum} and {maximum}" if maximum is not None else f">= {minimum}"
        raise bad_query(name, f"must be {bounds}, got {value}")
    return value


def query_bool(request: Request, name: str) -> bool:
    raw = request.query_params.get(name)
    if raw is None:
        return False
    if raw not in ("true", "false"):
        raise bad_query(name, f"must be true or false, got {raw!r}")
    return raw == "true"


def query_moment(request: Request, name: str, *, end_of_day: bool) -> float | None:
    """A ``YYYY-MM-DD`` date or an ISO-8601 date-time (both are accepted) as a timestamp.

    A plain date as the end of a range means the whole of that day.
    """
    raw = request.query_params.get(name)
    if raw is None:
        return None
    try:
        if len(raw) == 10:
            day = datetime.combine(date.fromisoformat(raw), datetime.min.time(), UTC)
            return (day + timedelta(days=1) if end_of_day else day).timestamp()
        moment = datetime.fromisoformat(raw.upper().replace("Z", "+00:00"))  # RFC 3339 allows t and z
    except ValueError:
        raise bad_query(name, f"must be a date (YYYY-MM-DD) or an ISO-8601 date-time, got {raw!r}") from None
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp()
