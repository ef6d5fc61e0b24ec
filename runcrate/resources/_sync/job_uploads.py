# Generated from runcrate/resources/_async by unasync (generator/sync_twins.py). Do not edit: change the async resource and run `make generate`.
"""Code uploads for jobs: reserve an upload, PUT the archive to its signed URL, run a job with it."""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Unpack

from runcrate._callbacks import checked_callback
from runcrate._files import UploadSource
from runcrate._generated.resources import jobs as generated
from runcrate._progress import progress_of
from runcrate._types import CallOptions

if TYPE_CHECKING:
    from runcrate._generated.models.job_upload import JobUpload

__all__ = ["JobUploads"]

_CHUNK_SIZE = 1 << 20


@dataclass
class _Prepared:
    """What will be PUT, with its size and digest; ``close`` removes a packed temporary archive."""

    body: bytes | Path | IO[bytes]
    size: int
    sha256: str
    close: Callable[[], None] = field(default=lambda: None)


def _digest_file(file: IO[bytes]) -> tuple[int, str]:
    """Size and SHA-256 of ``file`` from its current position; the position is restored."""
    if not file.seekable():
        raise ValueError("source: a file object must be seekable (it is read to hash it, then to send it)")
    start = file.tell()
    digest = hashlib.sha256()
    while chunk := file.read(_CHUNK_SIZE):
        digest.update(chunk)
    size = file.tell() - start
    file.seek(start)
    return size, digest.hexdigest()


def _pack(
    directory: Path, include: Sequence[str] | None, exclude: Sequence[str] | None, dotfiles: bool
) -> _Prepared:
    # stays open after this returns: it is the upload's body, closed (and so deleted) by ``close``
    archive = tempfile.TemporaryFile(prefix="runcrate-code-", suffix=".tar.gz")  # noqa: SIM115
    try:
        from runcrate._archive import pack_directory  # noqa: PLC0415 (tarfile and gzip: directory uploads only)

        info = pack_directory(directory, archive, include=include, exclude=exclude, include_dotfiles=dotfiles)
        archive.seek(0)
    except BaseException:
        archive.close()
        raise
    return _Prepared(archive, info.size, info.sha256, archive.close)


def _prepare(
    source: UploadSource, include: Sequence[str] | None, exclude: Sequence[str] | None, dotfiles: bool
) -> _Prepared:
    """Blocking: hash the source, or pack a directory into a temporary archive (a worker thread on async)."""
    is_directory = isinstance(source, str | os.PathLike) and Path(source).is_dir()
    if not is_directory and (include is not None or exclude is not None or dotfiles):
        raise ValueError("include, exclude and include_dotfiles apply only when source is a directory")
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        prepared = _Prepared(data, len(data), hashlib.sha256(data).hexdigest())
    elif isinstance(source, str | os.PathLike):
        path = Path(source)
        if is_directory:
            return _pack(path, include, exclude, dotfiles)
        if not path.is_file():
            raise ValueError(f"source {str(path)!r} is neither a directory nor an existing file")
        with path.open("rb") as file:
            size, sha256 = _digest_file(file)
        prepared = _Prepared(path, size, sha256)
    elif hasattr(source, "read"):
        size, sha256 = _digest_file(source)
        prepared = _Prepared(source, size, sha256)
    else:
        raise ValueError(
            f"source must be bytes, a path to a file or directory, or a binary file object; "
            f"got {type(source).__name__}"
        )
    if prepared.size == 0:
        raise ValueError("source is empty: there is no code to upload")
    return prepared


class JobUploads(generated.JobsUploads):
    """Archives of code for jobs: ``upload(directory)`` then ``jobs.run(code={"upload_id": ...}, ...)``."""

    def upload(
        self,
        source: UploadSource,
        *,
        include: Sequence[str] | None = None,
        exclude: Sequence[str] | None = None,
        include_dotfiles: bool = False,
        on_progress: Callable[[int, int | None], Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> JobUpload:
        """Upload code for jobs and return the upload; run it with ``code={"upload_id": upload.upload_id}``.

        ``source`` is the archive's bytes or a path to an archive file (sent as they are), a
        seekable binary file object, or a directory, packed into a reproducible ``.tar.gz`` in a
        temporary file (the same tree always gives the same bytes, so an unchanged tree is not sent
        again: the API answers that it already has it). Packing leaves out ``.git``,
        ``__pycache__`` and ``node_modules``, and dotfiles such as ``.env`` unless
        ``include_dotfiles`` is true; ``exclude`` (glob patterns on the relative path or the name)
        leaves out more, and ``include`` keeps only the files it matches. Symbolic links are
        refused with a ``ValueError`` naming them (exclude them to go on). On the async client the
        packing and hashing run in a worker thread.

        The size is checked against the upload's ``max_bytes`` before anything is sent (a
        ``ValueError`` naming both). The PUT goes to the signed URL without the API key, is
        retried from the start when it fails in transit, and only a 2xx counts as success
        (otherwise ``ApiError`` with code ``upload_failed``). ``on_progress(bytes_sent, bytes_total)``
        is called as the archive goes out, with counts that only grow and end at the total (on
        ``AsyncRuncrate`` it may be an async function, which is awaited).
        """
        on_progress = checked_callback("on_progress", on_progress)
        prepared = self._engine.offload(_prepare, source, include, exclude, include_dotfiles)
        try:
            upload = self.create(prepared.size, sha256=prepared.sha256, **options)
            if not isinstance(upload.url, str):
                return upload
            if prepared.size > upload.max_bytes:
                raise ValueError(
                    f"The code archive is {prepared.size} bytes, more than the upload limit of "
                    f"{upload.max_bytes} bytes; leave large files out (exclude=[...]) or put data on a "
                    "storage volume"
                )
            progress = progress_of(on_progress, prepared.size)
            self._engine.signed_upload(upload.url, prepared.body, progress=progress)
            return upload
        finally:
            prepared.close()
