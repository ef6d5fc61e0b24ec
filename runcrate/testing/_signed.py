"""Signed URLs on the fake server's own origin, standing in for third-party object storage.

J-11 redirects to ``{origin}/signed/artifacts/<token>?expires=..&signature=..`` and J-12 hands out
``{origin}/signed/uploads/<token>?...`` for the PUT. These routes live outside ``/api/v1`` and
``/v1``, need no API key and answer errors in the storage provider's XML style, never in the API
envelopes. A URL works for one hour of fake time (403 ``AccessDenied`` after). Every request is
recorded with the ``Authorization`` header it carried, so a test can assert that the SDK sent
none (W6).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import BaseRoute, Route

if TYPE_CHECKING:
    from runcrate.testing._world import World

URL_TTL_SECONDS = 3600.0
ARTIFACTS = "artifacts"
UPLOADS = "uploads"


@dataclass(frozen=True)
class SignedRequest:
    """One request to a signed URL, as the test sees it afterwards."""

    method: str
    kind: str
    path: str
    authorization: str | None
    environment: str | None
    at: float


class SignedUrlRefused(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message

    def response(self) -> Response:
        body = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f"<Error><Code>{self.code}</Code><Message>{self.message}</Message></Error>\n"
        )
        return Response(body, status_code=self.status, media_type="application/xml")


@dataclass(frozen=True)
class _Grant:
    kind: str
    target: str
    expires_at: float


class SignedUrls:
    """Issued URLs and the requests that used them (``requests``)."""

    def __init__(self, world: World) -> None:
        self._world = world
        self._key = secrets.token_bytes(32)
        self.reset()

    def reset(self) -> None:
        self._grants: dict[str, _Grant] = {}
        self.requests: list[SignedRequest] = []

    def issue(self, request: Request, kind: str, target: str) -> tuple[str, float]:
        """A URL on the request's origin granting access to ``target``, and when it expires."""
        token = secrets.token_urlsafe(18)
        expires_at = self._world.clock.now() + URL_TTL_SECONDS
        with self._world.lock:
            self._grants[token] = _Grant(kind, target, expires_at)
        query = f"expires={int(expires_at)}&signature={self._sign(token, int(expires_at))}"
        return f"{request.base_url}signed/{kind}/{token}?{query}", expires_at

    def resolve(self, request: Request, kind: str) -> str:
        """The target of a signed request, recording the request; refused like object storage."""
        token = request.path_params["token"]
        with self._world.lock:
            self.requests.append(
                SignedRequest(
                    method=request.method,
                    kind=kind,
                    path=request.url.path,
                    authorization=request.headers.get("authorization"),
                    environment=request.query_params.get("environment"),
                    at=self._world.clock.now(),
                )
            )
            grant = self._grants.get(token)
        expires = request.query_params.get("expires", "")
        signature = request.query_params.get("signature", "")
        if (
            grant is None
            or grant.kind != kind
            or not expires.isdigit()
            or not hmac.compare_digest(signature, self._sign(token, int(expires)))
        ):
            raise SignedUrlRefused(403, "SignatureDoesNotMatch", "The request signature is not valid")
        if self._world.clock.now() > grant.expires_at:
            raise SignedUrlRefused(403, "AccessDenied", "Request has expired")
        return grant.target

    def _sign(self, token: str, expires: int) -> str:
        return hmac.new(self._key, f"{token}:{expires}".encode(), hashlib.sha256).hexdigest()


def routes(world: World) -> list[BaseRoute]:
    """The signed-URL routes, mounted at the root of the app (no auth, no spec validation)."""
    signed = SignedUrls(world)
    world.register("signed_urls", signed)

    async def download(request: Request) -> Response:
        try:
            job_id, _, path = signed.resolve(request, ARTIFACTS).partition("/")
            artifact = world.component("jobs").artifact_for_download(job_id, path)
        except SignedUrlRefused as refused:
            return refused.response()
        chunks: Iterator[bytes] = artifact.chunks()
        headers = {"Content-Length": str(artifact.size)}
        return StreamingResponse(chunks, media_type="application/octet-stream", headers=headers)

    async def upload(request: Request) -> Response:
        try:
            upload_id = signed.resolve(request, UPLOADS)
            etag = await world.component("uploads").receive(upload_id, request.stream())
        except SignedUrlRefused as refused:
            return refused.response()
        return Response(status_code=200, headers={"ETag": f'"{etag}"'})

    return [
        Route(f"/signed/{ARTIFACTS}/{{token}}", download, methods=["GET"]),
        Route(f"/signed/{UPLOADS}/{{token}}", upload, methods=["PUT"]),
    ]
