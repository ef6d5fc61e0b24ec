"""Generate the sync resources (``runcrate/resources/_sync``) from the async ones with unasync.

Resources are written once, async; the sync twin differs only in the tokens unasync rewrites
(``async``/``await`` dropped, ``Async*`` names mapped to their sync counterparts), so the two
clients cannot drift apart.
"""

from __future__ import annotations

import re
import tokenize
from pathlib import Path

import unasync

SOURCE = Path(__file__).resolve().parent.parent / "runcrate" / "resources" / "_async"

# Async names whose sync counterpart is not simply the name without "Async"/"async_"/"a".
EXPLICIT = {
    "_async": "_sync",
    "AsyncPaginator": "SyncPage",
    "AsyncPage": "SyncPage",
    "aclose": "close",
    "aread": "read",
    "aiter_bytes": "iter_bytes",
    "asave_response": "save_response",
}
_ASYNC_CLASS = re.compile(r"^(_?)Async([A-Z]\w*)$")
_ASYNC_FUNCTION = re.compile(r"^(_?)async_(\w+)$")


def _replacements(files: list[Path]) -> dict[str, str]:
    """``Async*`` classes and ``async_*`` functions map to the same name without the prefix."""
    names: dict[str, str] = dict(EXPLICIT)
    for path in files:
        with path.open("rb") as source:
            for token in tokenize.tokenize(source.readline):
                if token.type != tokenize.NAME or token.string in names:
                    continue
                for pattern in (_ASYNC_CLASS, _ASYNC_FUNCTION):
                    match = pattern.match(token.string)
                    if match:
                        names[token.string] = match.group(1) + match.group(2)
    return names


def generate_sync_resources(output: Path, header: str) -> None:
    """Write the sync twin of every async resource module into ``output``."""
    files = sorted(SOURCE.glob("*.py"))
    output.mkdir(parents=True, exist_ok=True)
    replacements = _replacements(files)
    rule = unasync.Rule(fromdir=f"{SOURCE}/", todir=f"{output}/", additional_replacements=replacements)
    unasync.unasync_files([str(path) for path in files], rules=[rule])
    for path in output.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        path.write_text(f"{header}\n{text}", encoding="utf-8")
