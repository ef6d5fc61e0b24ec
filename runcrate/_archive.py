"""Reproducible code archives: the same directory tree always packs into the same ``.tar.gz`` bytes.

Identical bytes give an identical SHA-256, which is what lets the API deduplicate code uploads.
The archive is streamed to a file object as it is built; no file is held in memory whole.

What goes in:

* The walk is depth-first with names sorted by code point at every level.
* Directories named ``.git``, ``__pycache__`` or ``node_modules`` are never packed, at any depth.
* Dotfiles and dot-directories (``.env``, ``.env.local``, ``.venv``, ``.github`` ...) are left out
  unless ``include_dotfiles`` is true: they are where credentials usually live.
* ``exclude`` glob patterns leave out every entry whose relative POSIX path or base name matches
  (a matching directory with everything in it); ``include`` patterns, when given, keep only the
  files that match, with their parent directories. Matching is case-sensitive on every platform.
* Only regular files and directories are packed. A symbolic link (or a socket, FIFO or device)
  that would be packed is refused with a ``ValueError`` naming it: following it could pack files
  from outside the tree, and dropping it silently would break the job far from its cause. Exclude
  it (or replace it with a copy) to go on.
* Directories are recorded too, so empty ones survive (with ``include``, only the parents of the
  files it keeps).
* A file that changes size while it is being packed (something is still writing it) is refused
  with a ``ValueError`` naming it: its archived copy would be cut short or padded.

How it is written: PAX format; member names are POSIX paths relative to the root; mode is the
permission bits only; mtime 0; uid and gid 0; empty user and group names; gzip header with mtime 0
and no file name; compression level 9. The gzip stream is produced by the local zlib, so two zlib
versions could in principle compress the same tar differently (then only deduplication is lost).
"""

from __future__ import annotations

import fnmatch
import gzip
import hashlib
import os
import stat
import tarfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO, cast

__all__ = ["ALWAYS_EXCLUDED", "ArchiveInfo", "pack_directory"]

ALWAYS_EXCLUDED = frozenset({".git", "__pycache__", "node_modules"})
"""Names never packed, at any depth (``.git`` may also be a file, in worktrees and submodules)."""
COMPRESSION_LEVEL = 9


@dataclass(frozen=True)
class ArchiveInfo:
    """What was written: the archive's size and SHA-256 (lowercase hex), and its member names in order."""

    size: int
    sha256: str
    members: tuple[str, ...]


@dataclass(frozen=True)
class _Entry:
    name: str
    path: Path
    is_dir: bool


class _Selection:
    """The packing rules of one call."""

    def __init__(
        self, include: Iterable[str] | None, exclude: Iterable[str] | None, include_dotfiles: bool
    ) -> None:
        self.include = None if include is None else _patterns(include, "include")
        self.exclude = _patterns(exclude or (), "exclude")
        self.include_dotfiles = include_dotfiles

    def skips(self, name: str, relative: str) -> bool:
        if name in ALWAYS_EXCLUDED:
            return True
        if name.startswith(".") and not self.include_dotfiles:
            return True
        return _matches(self.exclude, name, relative)

    def keeps_file(self, name: str, relative: str) -> bool:
        return self.include is None or _matches(self.include, name, relative)


def _patterns(patterns: Iterable[str], parameter: str) -> tuple[str, ...]:
    if isinstance(patterns, str):
        raise ValueError(f"{parameter} must be a list of glob patterns, not one string ({patterns!r})")
    result: list[str] = []
    for pattern in cast("Iterable[object]", patterns):
        if not isinstance(pattern, str) or not pattern:
            raise ValueError(f"{parameter} patterns must be non-empty strings, got {pattern!r}")
        result.append(pattern)
    return tuple(result)


def _matches(patterns: tuple[str, ...], name: str, relative: str) -> bool:
    return any(
        fnmatch.fnmatchcase(relative, pattern) or fnmatch.fnmatchcase(name, pattern) for pattern in patterns
    )


def _walk(directory: Path, prefix: str, selection: _Selection) -> Iterator[_Entry]:
    with os.scandir(directory) as scan:
        entries = sorted(scan, key=lambda entry: entry.name)
    for entry in entries:
        relative = prefix + entry.name
        if selection.skips(entry.name, relative):
            continue
        if entry.is_symlink():
            raise ValueError(
                f"Cannot pack {entry.path}: it is a symbolic link, and links are not packed (following "
                f"one could include files from outside the directory). Exclude it with "
                f"exclude=[{relative!r}] or replace it with a copy."
            )
        if entry.is_dir(follow_symlinks=False):
            yield _Entry(relative, Path(entry.path), is_dir=True)
            yield from _walk(Path(entry.path), relative + "/", selection)
        elif entry.is_file(follow_symlinks=False):
            if selection.keeps_file(entry.name, relative):
                yield _Entry(relative, Path(entry.path), is_dir=False)
        else:
            raise ValueError(
                f"Cannot pack {entry.path}: only regular files and directories can be packed. "
                f"Exclude it with exclude=[{relative!r}]."
            )


def _selected(root: Path, selection: _Selection) -> list[_Entry]:
    entries = list(_walk(root, "", selection))
    if selection.include is None:
        return entries
    parents = {str(parent) for e in entries if not e.is_dir for parent in PurePosixPath(e.name).parents}
    return [e for e in entries if not e.is_dir or e.name in parents]


class _HashingWriter:
    """Counts and hashes the bytes on their way to ``target``."""

    def __init__(self, target: IO[bytes]) -> None:
        self._target = target
        self.hash = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> int:
        self._target.write(data)
        self.hash.update(data)
        self.size += len(data)
        return len(data)

    def flush(self) -> None:
        self._target.flush()


def _member(name: str, mode: int, *, is_dir: bool, size: int = 0) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.type = tarfile.DIRTYPE if is_dir else tarfile.REGTYPE
    info.mode = stat.S_IMODE(mode) & 0o777
    info.size = size
    info.mtime = 0
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


def _check_unchanged(path: Path, file: IO[bytes], size: int) -> None:
    """The file packed must still be ``size`` bytes: one that something wrote to meanwhile would
    pack cut or padded (and the job would run other code than what is on disk)."""
    now = os.fstat(file.fileno()).st_size
    if now != size or file.read(1):
        raise ValueError(
            f"Cannot pack {path}: it changed size while it was being packed ({size} bytes, then "
            f"{now}). Pack again once nothing writes to it, or exclude it."
        )


def pack_directory(
    root: str | os.PathLike[str],
    out: IO[bytes],
    *,
    include: Iterable[str] | None = None,
    exclude: Iterable[str] | None = None,
    include_dotfiles: bool = False,
) -> ArchiveInfo:
    """Write the reproducible ``.tar.gz`` of the directory ``root`` to ``out`` (see the module rules).

    Raises ``ValueError`` when ``root`` is not a directory, a pattern is not a string, a symbolic
    link or special file would be packed, or a file changes size while it is being packed.
    """
    directory = Path(root)
    if not directory.is_dir():
        raise ValueError(f"Cannot pack {directory}: it is not a directory.")
    selection = _Selection(include, exclude, include_dotfiles)
    entries = _selected(directory, selection)
    writer = _HashingWriter(out)
    with (
        gzip.GzipFile(
            filename="", mode="wb", fileobj=writer, compresslevel=COMPRESSION_LEVEL, mtime=0
        ) as compressed,
        tarfile.open(fileobj=compressed, mode="w", format=tarfile.PAX_FORMAT) as archive,
    ):
        for entry in entries:
            if entry.is_dir:
                archive.addfile(_member(entry.name, entry.path.stat().st_mode, is_dir=True))
                continue
            with entry.path.open("rb") as file:
                status = os.fstat(file.fileno())
                try:
                    archive.addfile(
                        _member(entry.name, status.st_mode, is_dir=False, size=status.st_size), file
                    )
                except OSError:  # tarfile found fewer bytes than the header promised
                    _check_unchanged(entry.path, file, status.st_size)
                    raise
                _check_unchanged(entry.path, file, status.st_size)
    writer.flush()
    return ArchiveInfo(
        size=writer.size, sha256=writer.hash.hexdigest(), members=tuple(e.name for e in entries)
    )
