"""Code uploads: reserve an upload, PUT the archive to its signed URL, use it in a job.

Rules of the fake server:
- ``bytes`` is 1..1 GiB (``max_bytes``); ``sha256`` (64 hex digits) is optional.
- Dedupe: a reservation with the ``sha256`` and size of an upload that was already received
  returns that upload with ``url: null`` (nothing to send). One not yet received is returned
  with a fresh URL, so a retried reservation can still complete.
- The PUT must carry exactly ``bytes`` bytes and match ``sha256`` when one was given; otherwise
  400 (``IncompleteBody`` / ``BadDigest``) and the upload stays incomplete. The archive is
  streamed, never held whole: bodies up to 16 MiB are kept for tests (``content(upload_id)``).
- A job may use an upload (``code.upload_id``) once it was received and until it expires
  (24 h after the reservation); otherwise the job is refused with 422.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from runcrate.testing._jobs.signed import UPLOADS, SignedUrlRefused, SignedUrls
from runcrate.testing._server.clock import iso
from runcrate.testing._server.http import invalid

if TYPE_CHECKING:
    from runcrate.testing._server.world import World

MAX_UPLOAD_BYTES = 1 << 30
UPLOAD_TTL_SECONDS = 24 * 3600.0
KEPT_BYTES_LIMIT = 16 * 1024 * 1024
_SHA256 = re.compile(r"^[0-9a-fA-F]{64}$")


@dataclass
class Upload:
    id: str
    size: int
    sha256: str | None
    created_at: float
    received_sha256: str | None = None
    content: bytes | None = None

    @property
    def expires_at(self) -> float:
        return self.created_at + UPLOAD_TTL_SECONDS

    @property
    def received(self) -> bool:
        return self.received_sha256 is not None

    def to_wire(self, url: str | None, url_expires_at: float | None) -> dict[str, Any]:
        return {
            "upload_id": self.id,
            "url": url,
            "url_expires_at": iso(url_expires_at) if url_expires_at is not None else None,
            "expires_at": iso(self.expires_at),
            "max_bytes": MAX_UPLOAD_BYTES,
        }


class Uploads:
    """Reserved and received code archives (workspace-wide)."""

    COMPONENT: ClassVar[str] = "uploads"

    def __init__(self, world: World) -> None:
        self._world = world
        self.reset()

    def reset(self) -> None:
        self._uploads: dict[str, Upload] = {}

    def reserve(self, origin: str, body: dict[str, Any]) -> dict[str, Any]:
        """The reservation for ``body`` (``bytes``, ``sha256``), its upload URL on ``origin``."""
        size, sha256 = body.get("bytes"), body.get("sha256")
        if isinstance(size, bool) or not isinstance(size, int) or not 1 <= size <= MAX_UPLOAD_BYTES:
            raise invalid("bytes", f"must be an integer between 1 and {MAX_UPLOAD_BYTES}")
        if sha256 is not None and (not isinstance(sha256, str) or not _SHA256.match(sha256)):
            raise invalid("sha256", "must be 64 hexadecimal digits")
        sha256 = sha256.lower() if sha256 else None
        now = self._world.clock.now()
        with self._world.lock:
            upload = self._reusable(size, sha256, now)
            if upload is not None and upload.received:
                return upload.to_wire(None, None)
            if upload is None:
                upload = Upload(self._world.new_id("upl"), size, sha256, now)
                self._uploads[upload.id] = upload
        url, url_expires_at = self._world.get(SignedUrls).issue(origin, UPLOADS, upload.id)
        return upload.to_wire(url, url_expires_at)

    def _reusable(self, size: int, sha256: str | None, now: float) -> Upload | None:
        if sha256 is None:
            return None
        return next(
            (
                u
                for u in self._uploads.values()
                if u.sha256 == sha256 and u.size == size and now < u.expires_at
            ),
            None,
        )

    async def receive(self, upload_id: str, stream: AsyncIterator[bytes]) -> str:
        """Store a PUT body, checking its size and digest; returns the digest (the ETag)."""
        with self._world.lock:
            upload = self._uploads.get(upload_id)
        if upload is None:
            raise SignedUrlRefused(404, "NoSuchUpload", "The upload does not exist")
        digest, received, kept = hashlib.sha256(), 0, bytearray()
        async for chunk in stream:
            digest.update(chunk)
            received += len(chunk)
            if upload.size <= KEPT_BYTES_LIMIT and received <= KEPT_BYTES_LIMIT:
                kept += chunk
        if received != upload.size:
            raise SignedUrlRefused(
                400, "IncompleteBody", f"Expected {upload.size} bytes, received {received}"
            )
        if upload.sha256 is not None and digest.hexdigest() != upload.sha256:
            raise SignedUrlRefused(400, "BadDigest", "The body does not match the reserved sha256")
        with self._world.lock:
            upload.received_sha256 = digest.hexdigest()
            upload.content = bytes(kept) if received <= KEPT_BYTES_LIMIT else None
        return upload.received_sha256

    def usable(self, upload_id: str) -> Upload:
        """The upload a job's ``code.upload_id`` names, or 422 saying why it cannot be used."""
        with self._world.lock:
            upload = self._uploads.get(upload_id)
        if upload is None:
            raise invalid("code.upload_id", f"'{upload_id}' is not a known upload")
        if not upload.received:
            raise invalid(
                "code.upload_id", f"'{upload_id}' has not been uploaded yet (PUT the archive first)"
            )
        if self._world.clock.now() >= upload.expires_at:
            raise invalid("code.upload_id", f"'{upload_id}' has expired")
        return upload

    def content(self, upload_id: str) -> bytes | None:
        """Control: the received archive (None when larger than 16 MiB or not received)."""
        with self._world.lock:
            return self._uploads[upload_id].content
