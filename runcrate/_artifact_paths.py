"""Where a job's artifacts go on disk: their relative paths, kept inside the chosen directory.

An artifact's ``path`` comes from the server (the job's command chose it). Before anything is
downloaded, every path of the listing must be a plain relative POSIX path: not absolute, no drive
letter, no backslash, no NUL or other control character, no empty, ``.`` or ``..`` segment; on
Windows also no character Windows refuses in a name (``<>:"|?*``), no segment ending in a dot or a
space (Windows drops them) and no device name (``CON``, ``NUL``, ``COM1``...). The file
it names, once the links already in the directory are followed, must lie inside that directory; no
two artifacts may name the same file once case and Unicode normalisation are set aside (as macOS and
Windows file systems do), nor may one lie inside another. Anything else is refused by name, so a
hostile or broken listing can never write outside the directory nor overwrite one artifact with
another.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from runcrate._errors import InvalidResponseError

__all__ = ["UNSAFE_ARTIFACT_PATH", "artifact_targets"]

UNSAFE_ARTIFACT_PATH = "unsafe_artifact_path"
"""The ``code`` of the ``InvalidResponseError`` raised for an artifact path that cannot be saved."""

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_DRIVE = re.compile(r"^[A-Za-z]:")
_WINDOWS_FORBIDDEN = re.compile(r'[<>:"|?*]')
_WINDOWS_DEVICES = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{port}{number}" for port in ("COM", "LPT") for number in "0123456789\u00b9\u00b2\u00b3"}
)
ON_WINDOWS = os.name == "nt"


def _refused(job_id: str, path: object, why: str) -> InvalidResponseError:
    return InvalidResponseError(
        f"Job {job_id}: the artifact path {path!r} {why}; nothing was downloaded",
        status_code=200,
        code=UNSAFE_ARTIFACT_PATH,
        body=path,
    )


def _windows_problem(segment: str) -> str | None:
    """Why Windows cannot hold ``segment`` as a file name (``a:b`` would even write to a hidden
    stream of ``a``), or ``None``."""
    if _WINDOWS_FORBIDDEN.search(segment):
        return 'has a character Windows does not allow in a file name (< > : " | ? *)'
    if segment.endswith((".", " ")):
        return "has a segment ending in a dot or a space, which Windows drops"
    if segment.split(".", 1)[0].rstrip(" ").upper() in _WINDOWS_DEVICES:
        return "names a Windows device (CON, NUL, COM1, ...)"
    return None


def _segments(job_id: str, path: object, windows: bool) -> list[str]:
    if not isinstance(path, str) or not path:
        raise _refused(job_id, path, "is not a non-empty string")
    if _CONTROL.search(path):
        raise _refused(job_id, path, "contains a control character")
    if "\\" in path:
        raise _refused(job_id, path, "contains a backslash")
    if path.startswith("/") or _DRIVE.match(path):
        raise _refused(job_id, path, "is absolute")
    segments = path.split("/")
    if any(segment in ("", ".", "..") for segment in segments):
        raise _refused(job_id, path, "has an empty, '.' or '..' segment")
    for segment in segments if windows else ():
        problem = _windows_problem(segment)
        if problem is not None:
            raise _refused(job_id, path, problem)
    return segments


def _same_file_key(segments: Sequence[str]) -> tuple[str, ...]:
    """What a case-insensitive, normalising file system would make of the path."""
    return tuple(unicodedata.normalize("NFC", segment).casefold() for segment in segments)


def _same_file(path: str, other: str) -> str:
    # Names that differ only in their Unicode form look alike: spell them out.
    spelled = "" if f"{path}{other}".isascii() else f" ({path!a} and {other!a})"
    return (
        f"names the same file as the artifact {other!r}{spelled} once case and Unicode normalisation "
        "are set aside"
    )


def artifact_targets(
    job_id: str, root: Path, paths: Sequence[object], *, windows: bool = ON_WINDOWS
) -> list[Path]:
    """The file under ``root`` each artifact path names, in order. ``InvalidResponseError`` (code
    ``unsafe_artifact_path``) for the first path that is unsafe (on Windows when ``windows``),
    leads outside ``root``, names the same file as another, or names a file inside another
    artifact."""
    base = Path(os.path.realpath(root))
    targets: list[Path] = []
    claimed: dict[tuple[str, ...], str] = {}
    for path in paths:
        segments = _segments(job_id, path, windows)
        target = root.joinpath(*segments)
        name = "/".join(segments)
        if not Path(os.path.realpath(target)).is_relative_to(base):
            raise _refused(job_id, path, f"leads outside {str(root)!r} (through a link)")
        key = _same_file_key(segments)
        if key in claimed:
            raise _refused(job_id, name, _same_file(name, claimed[key]))
        claimed[key] = name
        targets.append(target)
    for key, path in claimed.items():
        for end in range(1, len(key)):
            if key[:end] in claimed:
                raise _refused(job_id, path, f"lies inside the artifact {claimed[key[:end]]!r}, a file")
    return targets
