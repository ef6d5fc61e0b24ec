"""Signed URLs on the fake server's own origin, standing in for third-party object storage.

An artifact download redirects to ``{origin}/signed/artifacts/<token>?expires=..&signature=..``
and an upload reservation hands out ``{origin}/signed/uploads/<token>?...`` for the PUT. These
routes live outside ``/api/v1`` and ``/v1``, need no API key and answer errors in the storage
provider's XML style, never in the API envelopes. A URL works for one hour of fake time (403
``AccessDenied`` after). Every request is recorded with the ``Authorization`` header and
``environment`` parameter it carried, so a test can assert that the SDK sent neither (signed URLs
must get no credentials and no environment).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    from runcrate.testing._server.world import World

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
    """Object storage's refusal: an HTTP status and an error code, answered in its XML style."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


@dataclass(frozen=True)
class _Grant:
    kind: str
    target: str
    expires_at: float


class SignedUrls:
    """Issued URLs and the requests that used them (``requests``)."""

    COMPONENT: ClassVar[str] = "signed_urls"

    def __init__(self, world: World) -> None:
        self._world = world
        self._key = secrets.token_bytes(32)
        self.reset()

    def reset(self) -> None:
        self._grants: dict[str, _Grant] = {}
        self.requests: list[SignedRequest] = []

    def issue(self, origin: str, kind: str, target: str) -> tuple[str, float]:
        """A URL on ``origin`` (``http://host:port/``) granting access to ``target``, and when it expires."""
        token = secrets.token_urlsafe(18)
        expires_at = self._world.clock.now() + URL_TTL_SECONDS
        with self._world.lock:
            self._grants[token] = _Grant(kind, target, expires_at)
        query = f"expires={int(expires_at)}&signature={self._sign(token, int(expires_at))}"
        return f"{origin}signed/{kind}/{token}?{query}", expires_at

    def resolve(self, received: SignedRequest, token: str, expires: str, signature: str) -> str:
        """The target of a signed request, recording the request; refused like object storage."""
        kind = received.kind
        with self._world.lock:
            self.requests.append(received)
            grant = self._grants.get(token)
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
