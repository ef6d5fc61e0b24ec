"""Every Python block of the documentation site's guides runs as written against the fake server.

Pages: ``docs/index.md`` and ``docs/guides/*.md``. Each block runs on its own (blocks are
self-contained, so a reader can copy any one of them), in order, with ``RUNCRATE_API_KEY``,
``RUNCRATE_BASE_URL`` and ``RUNCRATE_INFERENCE_URL`` pointing at the session's fake server (reset
before each block, whose requests and responses must all match the spec) and a fresh working
directory per page. When the SDK sleeps (a waiter between two
polls), the fake server's clock moves by that much instead, so nothing waits for real.

HTML comments before a block (the site does not show them) say more:

- ``<!-- docs-test: output -->`` before a ``text`` block: what the Python block above it prints,
  line by line; ``...`` inside a line stands for any text, a line of its own ``...`` for any lines;
- ``<!-- docs-test: setup`` + code + ``-->``: code run before the next block, with ``fake`` (the
  server) and ``Path`` at hand, for what the page takes for granted (a project directory to upload).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from runcrate._engine._async import AsyncEngine
from runcrate._engine._sync import SyncEngine
from runcrate.testing import FakeRuncrate

DOCS = Path(__file__).resolve().parent.parent / "docs"
PAGES = [DOCS / "index.md", *sorted((DOCS / "guides").glob("*.md"))]
_BLOCK = re.compile(
    r"<!-- docs-test: setup\n(?P<setup>.*?)-->\n"
    r"|<!-- docs-test: (?P<marker>[\w-]+) -->\n```(?P<marked_lang>\w*)\n(?P<marked>.*?)```"
    r"|```(?P<lang>\w*)\n(?P<code>.*?)```",
    re.S,
)


@dataclass
class Block:
    code: str
    line: int
    setup: str = ""
    output: str | None = None


def blocks(page: Path) -> list[Block]:
    """The page's Python blocks, each with the setup before it and the output after it."""
    text = page.read_text(encoding="utf-8")
    found: list[Block] = []
    setup = ""
    for match in _BLOCK.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        if match["setup"] is not None:
            setup += match["setup"]
        elif match["marker"] == "output":
            assert found and found[-1].output is None, f"{page.name}:{line}: output of no block"
            found[-1].output = match["marked"]
        elif match["marker"] is not None:
            raise AssertionError(f"{page.name}:{line}: unknown marker {match['marker']!r}")
        elif match["lang"] == "python":
            found.append(Block(match["code"], line, setup))
            setup = ""
    return found


def matches(expected: str, printed: str) -> bool:
    pattern = "".join(
        "(?:.*\n)*?" if line.strip() == "..." else ".*".join(map(re.escape, line.split("..."))) + "\n"
        for line in expected.splitlines()
    )
    return re.fullmatch(pattern, printed) is not None


@pytest.fixture
def linked_sleep(fake: FakeRuncrate, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every engine's sleep (waiters, log followers) moves the fake clock instead of waiting."""

    def sleep(_engine: Any, seconds: float) -> None:
        fake.clock.advance(seconds)

    async def async_sleep(_engine: Any, seconds: float) -> None:
        fake.clock.advance(seconds)

    monkeypatch.setattr(SyncEngine, "sleep", sleep)
    monkeypatch.setattr(AsyncEngine, "sleep", async_sleep)


def _page_ids() -> Iterator[str]:
    for page in PAGES:
        yield str(page.relative_to(DOCS))


def test_every_guide_has_code() -> None:
    for page in PAGES:
        assert blocks(page), f"{page.name} has no Python block"


@pytest.mark.parametrize("page", PAGES, ids=list(_page_ids()))
@pytest.mark.usefixtures("linked_sleep")
def test_the_page_runs_as_written(
    page: Path,
    fake: FakeRuncrate,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("RUNCRATE_API_KEY", fake.api_key)
    monkeypatch.setenv("RUNCRATE_BASE_URL", fake.url)
    monkeypatch.setenv("RUNCRATE_INFERENCE_URL", fake.url)
    for name in ("RUNCRATE_ENVIRONMENT", "RUNCRATE_TIMEOUT", "RUNCRATE_MAX_RETRIES", "RUNCRATE_LOG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)
    for block in blocks(page):
        where = f"{page.relative_to(DOCS.parent)}:{block.line}"
        fake.reset()
        if block.setup:
            exec(compile(block.setup, f"{where} (setup)", "exec"), {"fake": fake, "Path": Path})
        capsys.readouterr()
        exec(compile(block.code, where, "exec"), {"__name__": "__main__"})
        printed = capsys.readouterr().out
        if block.output is not None:
            assert matches(block.output, printed), f"{where} printed:\n{printed}\nexpected:\n{block.output}"
        assert fake.take_violations() == [], where
