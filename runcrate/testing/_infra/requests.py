"""Reading infrastructure requests (path ids, typed query values) and their errors."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from starlette.requests import Request

from runcrate.testing._server.http import ApiProblem


def bad_request(message: str) -> ApiProblem:
    return ApiProblem(400, "bad_request", message)


def path_id(request: Request) -> str:
    return str(request.path_params["id"])


def query_int(request: Request, name: str, default: int, *, minimum: int, maximum: int | None = None) -> int:
    raw = request.query_params.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise bad_request(f"{name} must be an integer, got {raw!r}") from None
    if value < minimum or (maximum is not None and value > maximum):
        upper = f" and <= {maximum}" if maximum is not None else ""
        raise bad_request(f"{name} must be >= {minimum}{upper}, got {value}")
    return value


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
        raise bad_request(
            f"{name} must be a date (YYYY-MM-DD) or an ISO-8601 date-time, got {raw!r}"
        ) from None
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp()
