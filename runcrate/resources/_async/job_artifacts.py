"""A job's artifacts: the files its command wrote to ``$RUNCRATE_OUTPUT_DIR``, kept 30 days after it ends."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path, PurePosixPath
from typing import Unpack, overload

from runcrate._generated.api.jobs import get_job_artifact, list_job_artifacts
from runcrate._generated.models.job_artifact import JobArtifact
from runcrate._results import ResultList
from runcrate._types import CallOptions, request_options
from runcrate.resources._async._base import AsyncAPIResource

__all__ = ["AsyncJobArtifacts"]


def _target(to: str | os.PathLike[str], artifact_path: str) -> Path:
    """``to`` itself, or the artifact's base name inside ``to`` when it is a directory."""
    target = Path(to)
    return target / PurePosixPath(artifact_path).name if target.is_dir() else target


class AsyncJobArtifacts(AsyncAPIResource):
    """Files a job wrote to ``$RUNCRATE_OUTPUT_DIR``: list them, get signed links, download them verified."""

    async def list(self, job_id: str, **options: Unpack[CallOptions]) -> ResultList[JobArtifact]:
        """List a job's artifacts: each file's ``path`` (relative to ``$RUNCRATE_OUTPUT_DIR``), size in
        ``bytes`` and ``sha256`` (hex). Raises ``NotFoundError`` for an unknown job."""
        return await self._engine.request_data(list_job_artifacts, job_id, options=request_options(options))

    async def url(self, job_id: str, path: str, **options: Unpack[CallOptions]) -> str:
        """A signed download URL for one artifact, valid for about an hour and needing no API key.

        ``path`` is the artifact's path as listed (it may contain ``/``: each segment is encoded
        and the slashes are kept). The API answers with a redirect; the SDK returns its target
        without following it, so the key never goes to the storage host. Raises ``NotFoundError``
        when the job or the artifact does not exist.
        """
        return await self._engine.request_redirect(
            get_job_artifact, job_id, path, options=request_options(options)
        )

    @overload
    async def download(
        self, job_id: str, path: str, to: None = None, **options: Unpack[CallOptions]
    ) -> bytes: ...
    @overload
    async def download(
        self, job_id: str, path: str, to: str | os.PathLike[str], **options: Unpack[CallOptions]
    ) -> Path: ...
    async def download(
        self, job_id: str, path: str, to: str | os.PathLike[str] | None = None, **options: Unpack[CallOptions]
    ) -> bytes | Path:
        """Download an artifact, verified against the ``sha256`` the listing gives for it.

        With ``to`` (a file path, or a directory to put the artifact's base name in) the bytes are
        streamed to disk and the path is returned; without it the bytes are returned. The file is
        written to a temporary name beside the target and renamed into place only when complete and
        verified, so a failure never leaves a partial or corrupt file, and an existing file is
        replaced only by a good copy. A transfer cut short is retried from the start. Raises
        ``ChecksumMismatchError`` when the bytes do not match, ``NotFoundError`` when the job or
        artifact does not exist, and ``ApiError`` with code ``download_failed`` when the storage
        host refuses the signed URL. ``options`` apply to the two API calls (listing and link).
        """
        listed = await self.list(job_id, **options)
        sha256 = next((a.sha256 for a in listed if a.path == path and isinstance(a.sha256, str)), None)
        url = await self.url(job_id, path, **options)
        if to is not None:
            return await self._engine.download_to_file(url, _target(to, path), sha256=sha256)
        with tempfile.TemporaryDirectory(prefix="runcrate-artifact-") as scratch:
            saved = await self._engine.download_to_file(url, Path(scratch) / "artifact", sha256=sha256)
            return await self._engine.offload(saved.read_bytes)
