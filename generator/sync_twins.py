"""Generate the sync twins of the hand-written async code with unasync.

The resources (``runcrate/resources/_async`` → ``_sync``) and the request engine
(``runcrate/_engine/_async.py`` → ``_sync.py``) are written once, async; each sync twin differs only in
the tokens unasync rewrites (``async``/``await`` dropped, ``Async*`` names mapped to their sync
counterparts), so the two clients cannot drift apart.
"""

from __future__ import annotations

import re
import tokenize
from pathlib import Path

import unasync

RUNCRATE = Path(__file__).resolve().parent.parent / "runcrate"
ASYNC_RESOURCES = RUNCRATE / "resources" / "_async"
ASYNC_ENGINE = RUNCRATE / "_engine" / "_async.py"

# Async names whose sync counterpart is not simply the name without "Async"/"async_"/"a".
EXPLICIT = {
    "_async": "_sync",
    "AsyncClient": "Client",
    "AsyncEngine": "SyncEngine",
    "AsyncResource": "SyncResource",
    "AsyncTransport": "SyncTransport",
    "AsyncPaginator": "SyncPage",
    "AsyncPage": "SyncPage",
    "aclose": "close",
    "aread": "read",
    "aiter_bytes": "iter_bytes",
    "asave_response": "save_response",
}
_ASYNC_CLASS = re.compile(r"^(_?)Async([A-Z]\w*)$")
_ASYNC_FUNCTION = re.compile(r"^(_?)async_(\w+)$")


def _sources() -> list[Path]:
    return [*sorted(ASYNC_RESOURCES.glob("*.py")), ASYNC_ENGINE]


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


def _unasync(sources: list[Path], fromdir: Path, todir: Path, header: str) -> None:
    rule = unasync.Rule(
        fromdir=f"{fromdir}/", todir=f"{todir}/", additional_replacements=_replacements(_sources())
    )
    unasync.unasync_files([str(path) for path in sources], rules=[rule])
    for source in sources:
        path = todir / source.relative_to(fromdir)
        path.write_text(f"{header}\n{path.read_text(encoding='utf-8')}", encoding="utf-8")


def generate_sync_resources(output: Path, header: str) -> None:
    """Write the sync twin of every async resource module into the directory ``output``."""
    output.mkdir(parents=True, exist_ok=True)
    _unasync(sorted(ASYNC_RESOURCES.glob("*.py")), ASYNC_RESOURCES, output, header)


def generate_sync_engine(output: Path, header: str) -> None:
    """Write the sync twin of the async engine into the file ``output``."""
    with_name = output.parent / ASYNC_ENGINE.name
    output.parent.mkdir(parents=True, exist_ok=True)
    _unasync([ASYNC_ENGINE], ASYNC_ENGINE.parent, output.parent, header)
    with_name.replace(output)
