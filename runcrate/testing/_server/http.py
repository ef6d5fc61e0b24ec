"""What every route of the fake server shares: reading a JSON body, envelopes and error bodies."""

from __future__ import annotations

import json
from typing import Any, cast

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from runcrate.testing._server.asgi import Scope

INFERENCE_PREFIX = "/v1"
INFRA_PREFIX = "/api/v1"


def _number(text: str) -> float | int:
    value = float(text)
    return int(value) if value.is_integer() else value


def loads(raw: bytes | str) -> Any:
    """A request body parsed as JSON Schema reads numbers: ``3.0`` is an integer like ``3``, so a
    field the spec types as ``integer`` accepts both (as the request validator does)."""
    return json.loads(raw, parse_float=_number)


async def json_object(request: Request) -> dict[str, Any]:
    """The request body as a JSON object, or a 400 ``bad_request`` saying why it is not one."""
    raw = await request.body()
    try:
        body = loads(raw) if raw else None
    except ValueError as exc:
        raise ApiProblem(400, "bad_request", f"The request body is not valid JSON: {exc}") from None
    obj = as_object(body)
    if obj is None:
        raise ApiProblem(
            400, "bad_request", f"The request body must be a JSON object, not {json_kind(body)}."
        )
    return obj


def as_object(value: object) -> dict[str, Any] | None:
    """``value`` if it is a JSON object, typed as one; otherwise None."""
    return cast(dict[str, Any], value) if isinstance(value, dict) else None


def as_array(value: object) -> list[Any] | None:
    """``value`` if it is a JSON array, typed as one; otherwise None."""
    # mypy narrows to list[Any] already; pyright needs the cast
    return cast(list[Any], value) if isinstance(value, list) else None  # type: ignore[redundant-cast]


def json_kind(value: object) -> str:
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


def data(payload: Any, *, meta: dict[str, Any] | None = None, status: int = 200) -> JSONResponse:
    """An infrastructure success body: ``{"data": ..., "meta"?: ...}``."""
    body: dict[str, Any] = {"data": payload}
    if meta is not None:
        body["meta"] = meta
    return JSONResponse(body, status_code=status)


def no_content() -> Response:
    return Response(status_code=204)


def api_error(
    status: int,
    code: str | None,
    message: str,
    *,
    details: dict[str, Any] | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    """An infrastructure error: ``{"error": {"code", "message", "details"?}}``."""
    error: dict[str, Any] = {"code": code, "message": message}
    if details is not None:
        error["details"] = details
    return JSONResponse({"error": error}, status_code=status, headers=headers)


def openai_error(
    status: int,
    message: str,
    *,
    type: str,
    code: str | None,
    param: str | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    """An inference error in the OpenAI style: ``{"error": {"message", "type", "code", "param"}}``."""
    body = {"error": {"message": message, "type": type, "code": code, "param": param}}
    return JSONResponse(body, status_code=status, headers=headers)


class ApiProblem(Exception):
    """Raised by a handler to answer with an error; the app renders it in the right envelope.

    Routes under ``/v1`` answer in the OpenAI style, routes under ``/api/v1`` in the
    infrastructure style, so handlers never choose the envelope themselves.
    """

    def __init__(
        self,
        status: int,
        code: str | None,
        message: str,
        *,
        details: dict[str, Any] | None = None,
        type: str = "invalid_request_error",
        param: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = details
        self.type = type
        self.param = param
        self.headers = headers


def invalid(field: str, message: str) -> ApiProblem:
    """422 ``validation_error`` for a body field the API refuses, naming it (``details.field``)."""
    return ApiProblem(422, "validation_error", f"{field} {message}", details={"field": field}, param=field)


def bad_param(field: str, message: str) -> ApiProblem:
    """400 ``invalid_params`` for a missing, malformed or wrongly typed parameter, naming it."""
    return ApiProblem(400, "invalid_params", message, details={"field": field}, param=field)


def is_inference(path: str) -> bool:
    return path == INFERENCE_PREFIX or path.startswith(INFERENCE_PREFIX + "/")


def is_api(path: str) -> bool:
    return is_inference(path) or path == INFRA_PREFIX or path.startswith(INFRA_PREFIX + "/")


def render_problem(scope: Scope, problem: ApiProblem) -> Response:
    """The problem in the envelope of the surface the request went to."""
    if is_inference(str(scope["path"])):
        return openai_error(
            problem.status,
            problem.message,
            type=problem.type,
            code=problem.code,
            param=problem.param,
            headers=problem.headers,
        )
    return api_error(
        problem.status, problem.code, problem.message, details=problem.details, headers=problem.headers
    )
