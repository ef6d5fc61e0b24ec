"""Files on disk: atomic writes with checksum verification, and replayable upload bodies.

A download is written to a temporary file beside the target and renamed into place only once it is
complete (and its SHA-256 matches, when one is expected); a failed transfer leaves nothing behind.
The file gets the permissions ``open()`` would give a new file (``0o666`` less the umask), not the
``0o600`` of ``tempfile``. A target that cannot be written (a directory, or a path whose directory
does not exist) is refused by :func:`check_target_file` before anything is downloaded, and so is a
directory to download into that cannot be made (:func:`check_target_directory`).
An upload body can be sent again on a retry: a path is reopened, a seekable file rewound.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import secrets
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING, Self, cast

from runcrate._errors import ChecksumMismatchError, ConfigurationError

if TYPE_CHECKING:
    from runcrate._progress import Progress

__all__ = ["AtomicFile", "UploadBody", "UploadSource", "check_target_directory", "check_target_file"]

CHUNK_SIZE = 1 << 20
_NEW_FILE_MODE = 0o666
"""What ``open()`` asks for; the kernel takes the umask (and a directory's default ACL) off it."""
_TEMP_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)

UploadSource = bytes | bytearray | memoryview | str | os.PathLike[str] | IO[bytes]
"""What an upload accepts: the bytes themselves, a path, or a binary file object."""


def check_target_file(name: str, path: str | os.PathLike[str]) -> Path:
    """``path`` as a ``Path`` a file can be written to: refused (naming parameter and path) when it is
    an existing directory or its directory does not exist. Called before a download starts."""
    target = _given_path(name, path, "file path")
    if target.is_dir():
        raise ConfigurationError(f"{name}: cannot write the file {target}: it is a directory.")
    directory = target.parent
    if not directory.is_dir():
        raise ConfigurationError(f"{name}: cannot write {target}: the directory {directory} does not exist.")
    return target


def _given_path(name: str, path: object, what: str) -> Path:
    if not (isinstance(path, str) or hasattr(path, "__fspath__")) or str(path) == "":
        raise ConfigurationError(f"{name} must be a {what} (str or os.PathLike), got {path!r}.")
    return Path(cast("str | os.PathLike[str]", path))


def check_target_directory(name: str, path: str | os.PathLike[str]) -> Path:
    """``path`` as a ``Path`` to download files into: an existing directory, or one that can be made
    (refused, naming parameter and path, when it or a parent of it is a file)."""
    directory = _given_path(name, path, "directory path")
    for existing in (directory, *directory.parents):
        if existing.exists():
            if not existing.is_dir():
                raise ConfigurationError(
                    f"{name}: cannot make the directory {directory}: {existing} is a file."
                )
            break
    return directory


def _new_temp_file(target: Path) -> tuple[IO[bytes], Path]:
    """A new hidden file beside ``target``, created as ``open()`` would create it."""
    while True:
        temp = target.with_name(f".{target.name}.{secrets.token_hex(6)}.part")
        try:
            descriptor = os.open(temp, _TEMP_FLAGS, _NEW_FILE_MODE)
        except FileExistsError:
            continue
        return os.fdopen(descriptor, "wb"), temp


class AtomicFile:
    """Write ``target`` atomically: chunks go to a hidden temporary file that is renamed on success.

    Use as a context manager; leaving it with an exception (or a checksum mismatch) removes the
    temporary file and leaves any existing ``target`` untouched.
    """

    def __init__(self, target: str | os.PathLike[str], *, sha256: str | None = None) -> None:
        self.target = Path(target)
        self._expected = sha256.lower() if sha256 is not None else None
        # Hashing costs ~1 s per GiB: only when there is a digest to check.
        self._hash = hashlib.sha256() if sha256 is not None else None
        self._file: IO[bytes] | None = None
        self._temp: Path | None = None
        self.bytes_written = 0

    def __enter__(self) -> Self:
        check_target_file("path", self.target)
        self._file, self._temp = _new_temp_file(self.target)
        return self

    def write(self, chunk: bytes) -> None:
        assert self._file is not None, "AtomicFile used outside its context"
        self._file.write(chunk)
        if self._hash is not None:
            self._hash.update(chunk)
        self.bytes_written += len(chunk)

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc_type is None:
            self._commit()
        else:
            self._abort()

    def _commit(self) -> None:
        assert self._file is not None and self._temp is not None
        temp = self._file
        try:
            temp.flush()
            os.fsync(temp.fileno())
            temp.close()
            actual = self._hash.hexdigest() if self._hash is not None else None
            if actual is not None and actual != self._expected:
                raise ChecksumMismatchError(
                    f"SHA-256 of the download for {self.target} is {actual}, expected {self._expected}; "
                    "the file was not written.",
                    expected=str(self._expected),
                    actual=actual,
                )
            os.replace(self._temp, self.target)
        except BaseException:
            self._abort()
            raise

    def _abort(self) -> None:
        if self._file is None or self._temp is None:
            return
        self._file.close()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self._temp)


class UploadBody:
    """A request body that can be sent again on each attempt (sync or async), and knows its length.

    ``replayable`` is false for a file object that cannot seek: such a body is sent at most once.
    With ``progress``, the bytes are counted as the transport takes them, piece by piece.
    """

    def __init__(self, source: UploadSource, progress: Progress | None = None) -> None:
        self._progress = progress
        self._bytes: bytes | None = None
        self._path: Path | None = None
        self._file: IO[bytes] | None = None
        self._start = 0
        if isinstance(source, bytes | bytearray | memoryview):
            self._bytes = bytes(source)
            self.length: int | None = len(self._bytes)
        elif isinstance(source, str | os.PathLike):
            self._path = Path(source)
            if not self._path.is_file():
                raise ConfigurationError(f"Cannot upload {self._path}: it is not a readable file.")
            self.length = self._path.stat().st_size
        elif hasattr(source, "read"):
            self._file = source
            self.length, self.replayable = self._file_length(source)
            return
        else:
            raise ConfigurationError(
                f"An upload takes bytes, a path or a binary file object, got {type(source).__name__}."
            )
        self.replayable = True

    def _file_length(self, file: IO[bytes]) -> tuple[int | None, bool]:
        try:
            if not file.seekable():
                return None, False
            self._start = file.tell()
            end = file.seek(0, io.SEEK_END)
            file.seek(self._start)
        except (OSError, ValueError):
            return None, False
        return end - self._start, True

    def content(self) -> bytes | _SyncReplay:
        """Content for ``httpx.Client``: the bytes, or an iterable that restarts on every attempt."""
        return self._bytes if self._bytes is not None and self._progress is None else _SyncReplay(self)

    def async_content(self) -> bytes | _AsyncReplay:
        """Content for ``httpx.AsyncClient`` (file reads happen in a worker thread)."""
        return self._bytes if self._bytes is not None and self._progress is None else _AsyncReplay(self)

    def iter_sync(self) -> Iterator[bytes]:
        """The body in pieces from its start (each attempt iterates afresh, counting again from 0 in
        ``progress``), a piece counted once the transport asks for the next one."""
        progress = self._progress
        if progress is not None:
            progress.restart_file()
        for chunk in self._chunks_sync():
            yield chunk
            if progress is not None:
                progress.add(len(chunk))

    async def iter_async(self) -> AsyncIterator[bytes]:
        progress = self._progress
        if progress is not None:
            progress.restart_file()
        async for chunk in self._chunks_async():
            yield chunk
            if progress is not None:
                await progress.async_add(len(chunk))

    def _chunks_sync(self) -> Iterator[bytes]:
        if self._bytes is not None:
            yield from _pieces(self._bytes)
        elif self._path is not None:
            with self._path.open("rb") as file:
                yield from iter(lambda: file.read(CHUNK_SIZE), b"")
        else:
            assert self._file is not None
            if self.replayable:
                self._file.seek(self._start)
            yield from iter(self._read, b"")

    async def _chunks_async(self) -> AsyncIterator[bytes]:
        import anyio.to_thread  # noqa: PLC0415 (async uploads only; not imported with a client)

        if self._bytes is not None:
            for piece in _pieces(self._bytes):
                yield piece
        elif self._path is not None:
            file = await anyio.to_thread.run_sync(self._path.open, "rb")
            try:
                while chunk := await anyio.to_thread.run_sync(file.read, CHUNK_SIZE):
                    yield chunk
            finally:
                file.close()
        else:
            assert self._file is not None
            if self.replayable:
                await anyio.to_thread.run_sync(self._file.seek, self._start)
            while chunk := await anyio.to_thread.run_sync(self._read):
                yield chunk

    def _read(self) -> bytes:
        assert self._file is not None
        chunk = cast(object, self._file.read(CHUNK_SIZE))  # text-mode files return str
        if not isinstance(chunk, bytes):
            raise ConfigurationError("An upload file object must be opened in binary mode ('rb').")
        return chunk


def _pieces(data: bytes) -> Iterator[bytes]:
    """``data`` in ``CHUNK_SIZE`` pieces, so that an upload's progress moves piece by piece."""
    for start in range(0, len(data), CHUNK_SIZE):
        yield data[start : start + CHUNK_SIZE]


class _SyncReplay:
    """Iterable (not an iterator), so httpx iterates it afresh on each attempt."""

    def __init__(self, body: UploadBody) -> None:
        self._body = body

    def __iter__(self) -> Iterator[bytes]:
        return self._body.iter_sync()


class _AsyncReplay:
    def __init__(self, body: UploadBody) -> None:
        self._body = body

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self._body.iter_async()
