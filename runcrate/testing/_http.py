"""Response builders shared by every route of the fake server: envelopes and error bodies."""

from __future__ import annotations

import json
from typing import Any

from starlette.responses import JSONResponse, Response


def _number(text: str) -> float | int:
    value = float(text)
    return int(value) if value.is_integer() else value


def loads(raw: bytes | str) -> Any:
    """A request body parsed as JSON Schema reads numbers: ``3.0`` is an integer like ``3``, so a
    field the spec types as ``integer`` accepts both (as the request validator does)."""
    return json.loads(raw, parse_float=_number)


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
