"""Reading infrastructure requests: the path id, and the 400 of a refused request."""

from __future__ import annotations

from starlette.requests import Request

from runcrate.testing._server.http import ApiProblem


def bad_request(message: str) -> ApiProblem:
    return ApiProblem(400, "bad_request", message)


def path_id(request: Request) -> str:
    return str(request.path_params["id"])
