# Generated from runcrate/resources/_async by unasync (generator/sync_twins.py). Do not edit: change the async resource and run `make generate`.
"""A job's artifacts: the generated methods (list, signed links), plus verified downloads of one
artifact or of all of them."""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable
from functools import cached_property
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, Unpack, cast, overload

from runcrate._artifact_paths import artifact_targets
from runcrate._callbacks import checked_callback
from runcrate._errors import ConfigurationError, InvalidResponseError
from runcrate._files import check_target_directory, check_target_file
from runcrate._generated.resources import jobs as generated
from runcrate._progress import progress_of
from runcrate._response import BinaryResponse, OpenedResponse
from runcrate._types import NOT_GIVEN, CallOptions

if TYPE_CHECKING:
    from runcrate._generated.models.job_artifact import JobArtifact

__all__ = ["JobArtifacts", "JobArtifactsWithStreamingResponse"]


_SHA256 = re.compile(r"[0-9a-fA-F]{64}")


def _target(to: str | os.PathLike[str], artifact_path: str) -> Path:
    """``to`` itself, or the artifact's base name inside ``to`` when it is a directory."""
    target = Path(to)
    return target / PurePosixPath(artifact_path).name if target.is_dir() else target


def _digests(job_id: str, listed: list[JobArtifact]) -> list[str]:
    """Each artifact's ``sha256``, which must be 64 hex digits: a file that cannot be checked is
    refused before anything is downloaded."""
    digests: list[str] = []
    for artifact in listed:
        digest = cast(object, artifact.sha256)  # as the server sent it
        if not isinstance(digest, str) or not _SHA256.fullmatch(digest):
            raise InvalidResponseError(
                f"Job {job_id}: the artifact {artifact.path!r} is listed with the sha256 {digest!r}, not "
                "64 hex digits, so it could not be checked; nothing was downloaded",
                status_code=200,
                code="invalid_response",
                body=digest,
            )
        digests.append(digest)
    return digests


def _total(listed: list[JobArtifact]) -> int | None:
    """The listed sizes added up; None (unknown) when one is not a whole number."""
    sizes = [cast(object, artifact.bytes) for artifact in listed]  # as the server sent them
    if all(isinstance(size, int) and not isinstance(size, bool) and size >= 0 for size in sizes):
        return sum(cast("list[int]", sizes))
    return None


def _check_writable(root: Path, targets: list[Path]) -> None:
    """Blocking: refuse, before any download, a target that is a directory or lies under a file."""
    for target in targets:
        if target.is_dir():
            raise ConfigurationError(f"to: cannot write the file {target}: it is a directory.")
        for parent in target.parents:
            if parent == root:
                break
            if parent.exists() and not parent.is_dir():
                raise ConfigurationError(f"to: cannot write {target}: {parent} is a file.")


def _make_parent(target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)


class JobArtifacts(generated.JobsArtifacts):
    """Files a job wrote to ``$RUNCRATE_OUTPUT_DIR`` (kept 30 days after it ends): list them, get signed
    links, download them verified."""

    @cached_property
    def with_streaming_response(self) -> JobArtifactsWithStreamingResponse:
        """``download`` with the body streamed: ``async with ... as response:``, released at the end."""
        return JobArtifactsWithStreamingResponse(self)

    def _listed_and_url(self, job_id: str, path: str, options: CallOptions) -> tuple[JobArtifact | None, str]:
        """The artifact as listed (for its ``sha256`` and size; None when the listing lacks it) and
        its signed URL."""
        listed = self.list(job_id, **options)
        artifact = next((artifact for artifact in listed if artifact.path == path), None)
        return artifact, self.url(job_id, path, **options)

    @overload
    def download(
        self,
        job_id: str,
        path: str,
        to: None = None,
        *,
        on_progress: Callable[[int, int | None], Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> bytes: ...
    @overload
    def download(
        self,
        job_id: str,
        path: str,
        to: str | os.PathLike[str],
        *,
        on_progress: Callable[[int, int | None], Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> Path: ...
    def download(
        self,
        job_id: str,
        path: str,
        to: str | os.PathLike[str] | None = None,
        *,
        on_progress: Callable[[int, int | None], Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> bytes | Path:
        """Download an artifact, verified against the ``sha256`` the listing gives for it.

        With ``to`` (a file path, or a directory to put the artifact's base name in) the bytes are
        streamed to disk and the path is returned; without it the bytes are returned. The file is
        written to a temporary name beside the target and renamed into place only when complete and
        verified, so a failure never leaves a partial or corrupt file, and an existing file is
        replaced only by a good copy. A transfer cut short is retried from the start. Raises
        ``ChecksumMismatchError`` when the bytes do not match, ``NotFoundError`` when the job or
        artifact does not exist, and ``ApiError`` with code ``download_failed`` when the storage
        host refuses the signed URL. A target whose directory does not exist is refused before
        anything is sent. ``options`` apply to the two API calls (listing and link); ``timeout``
        and ``max_retries`` to the download too, and ``timeout`` bounds the three requests together
        (without a ``timeout`` the download has no overall limit, but fails when 60 s pass without a
        byte). ``on_progress(bytes_done, bytes_total)`` is
        called as the bytes arrive, with counts that only grow and end at the total (on
        ``AsyncRuncrate`` it may be an async function, which is awaited).
        """
        target = None if to is None else check_target_file("to", _target(to, path))
        on_progress = checked_callback("on_progress", on_progress)
        timeout = options.get("timeout", NOT_GIVEN)
        max_retries = options.get("max_retries", NOT_GIVEN)
        with self._engine.call_deadline(timeout).applied():
            artifact, url = self._listed_and_url(job_id, path, options)
            sha256 = None if artifact is None else artifact.sha256
            progress = progress_of(on_progress, None if artifact is None else _total([artifact]))
            if target is not None:
                return self._engine.download_to_file(
                    url, target, sha256=sha256, timeout=timeout, max_retries=max_retries, progress=progress
                )
            with tempfile.TemporaryDirectory(prefix="runcrate-artifact-") as scratch:
                saved = self._engine.download_to_file(
                    url,
                    Path(scratch) / "artifact",
                    sha256=sha256,
                    timeout=timeout,
                    max_retries=max_retries,
                    progress=progress,
                )
                return self._engine.offload(saved.read_bytes)

    def download_all(
        self,
        job_id: str,
        to: str | os.PathLike[str],
        *,
        on_progress: Callable[[int, int | None], Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> list[Path]:
        """Download every artifact of the job into the directory ``to`` (made if missing), each at its
        own relative path under it, verified against its ``sha256``; return the files, in the
        listing's order.

        Each file is written to a temporary name beside it and renamed into place only once complete
        and verified: a failure leaves no partial file (the artifacts saved before it stay) and an
        existing file is replaced only by a good copy. The listing is checked before anything is
        downloaded: an artifact path that is absolute, has an empty, ``.`` or ``..`` segment, a
        backslash or a control character, leads outside ``to`` through a link, cannot be a file
        name on Windows (when run there: ``<>:"|?*``, a trailing dot or space, ``CON``, ``NUL``,
        ``COM1``...), or names the same file as another artifact once case and Unicode
        normalisation are set aside (or a file inside another artifact) raises
        ``InvalidResponseError`` with code ``unsafe_artifact_path``, and a
        ``sha256`` that is not 64 hex digits ``InvalidResponseError``. Raises
        ``ChecksumMismatchError`` (naming the file) when bytes do not match, ``NotFoundError`` for
        an unknown job, ``ApiError`` with code ``download_failed`` when the storage host refuses a
        signed URL. ``options`` apply to every API call; ``timeout`` and ``max_retries`` to each
        download too. ``on_progress(bytes_done, bytes_total)`` is called as the bytes arrive, counting
        all the files together (``bytes_total`` is the sum of the listed sizes), with counts that only
        grow and end at the total (on ``AsyncRuncrate`` it may be an async function, which is awaited).
        """
        root = check_target_directory("to", to)
        on_progress = checked_callback("on_progress", on_progress)
        listed = list(self.list(job_id, **options))
        targets = artifact_targets(job_id, root, [artifact.path for artifact in listed])
        digests = _digests(job_id, listed)
        self._engine.offload(_check_writable, root, targets)
        progress = progress_of(on_progress, _total(listed))
        timeout = options.get("timeout", NOT_GIVEN)
        max_retries = options.get("max_retries", NOT_GIVEN)
        for artifact, target, digest in zip(listed, targets, digests, strict=True):
            url = self.url(job_id, artifact.path, **options)
            self._engine.offload(_make_parent, target)
            self._engine.download_to_file(
                url, target, sha256=digest, timeout=timeout, max_retries=max_retries, progress=progress
            )
        return targets


class JobArtifactsWithStreamingResponse:
    """``jobs.artifacts.with_streaming_response``: the artifact's body as it arrives."""

    def __init__(self, artifacts: JobArtifacts) -> None:
        self._artifacts = artifacts

    def download(
        self, job_id: str, path: str, **options: Unpack[CallOptions]
    ) -> OpenedResponse[BinaryResponse]:
        """The artifact streamed from its signed URL: ``async with ... as response:`` then
        ``response.iter_bytes()``, or ``response.write_to_file(path, sha256=...)`` to verify it."""
        artifacts = self._artifacts

        def open_download() -> BinaryResponse:
            _, url = artifacts._listed_and_url(job_id, path, options)
            return artifacts._engine.signed_download(url)

        return OpenedResponse(open_download)
