"""Every snippet of docs/testing.md runs, as the page says it does.

Each code block of the page is preceded by an HTML comment saying how it runs:
``conftest`` and ``test-module`` are written to a temporary directory and run by pytest in a
separate process, as a user's suite would; ``test-body`` runs with ``client`` and ``fake`` (the
session server, reset) and ``pytest`` and ``runcrate`` imported; ``script`` runs as it stands;
``command`` runs the command line; ``skip`` is only allowed for shell blocks (``pip install``).
"""

from __future__ import annotations

import contextlib
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import runcrate
from runcrate import Runcrate
from runcrate.testing import FakeRuncrate

PAGE = Path(__file__).resolve().parents[2] / "docs" / "testing.md"
_BLOCK = re.compile(
    r"(?:<!-- docs-test: (?P<kind>[\w-]+)[^>]*-->\n)?```(?P<lang>\w*)\n(?P<code>.*?)```", re.S
)
KINDS = {"conftest", "test-module", "test-body", "script", "command", "skip"}


@dataclass(frozen=True)
class Snippet:
    kind: str
    lang: str
    code: str
    line: int

    def __str__(self) -> str:
        return f"{self.kind}@{self.line}"


def snippets() -> list[Snippet]:
    text = PAGE.read_text(encoding="utf-8")
    return [
        Snippet(m["kind"] or "", m["lang"], m["code"], text.count("\n", 0, m.start("code")) + 1)
        for m in _BLOCK.finditer(text)
    ]


def of_kind(kind: str) -> list[Snippet]:
    return [s for s in snippets() if s.kind == kind]


def test_every_snippet_says_how_it_runs() -> None:
    found = snippets()
    assert len(found) >= 10
    for snippet in found:
        assert snippet.kind in KINDS, f"docs/testing.md:{snippet.line}: no '<!-- docs-test: ... -->' marker"
        assert snippet.kind != "skip" or snippet.lang == "sh", f"docs/testing.md:{snippet.line}"
        assert snippet.lang == ("sh" if snippet.kind in {"command", "skip"} else "python")


def test_the_pytest_setup_passes_as_a_users_suite(tmp_path: Path) -> None:
    (conftest,) = of_kind("conftest")
    (module,) = of_kind("test-module")
    (tmp_path / "conftest.py").write_text(conftest.code, encoding="utf-8")
    (tmp_path / "test_example.py").write_text(module.code, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        cwd=tmp_path,
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout


@pytest.fixture(scope="module")
def client(fake: FakeRuncrate) -> Iterator[Runcrate]:
    with Runcrate(api_key=fake.api_key, base_url=fake.url, inference_url=fake.url) as sdk:
        yield sdk


@pytest.mark.parametrize("snippet", of_kind("test-body"), ids=str)
def test_a_test_body_runs(snippet: Snippet, fake: FakeRuncrate, client: Runcrate) -> None:
    namespace = {"fake": fake, "client": client, "pytest": pytest, "runcrate": runcrate}
    exec(compile(snippet.code, f"docs/testing.md:{snippet.line}", "exec"), namespace)


@pytest.mark.parametrize("snippet", of_kind("script"), ids=str)
def test_a_script_runs(snippet: Snippet, capsys: pytest.CaptureFixture[str]) -> None:
    exec(compile(snippet.code, f"docs/testing.md:{snippet.line}", "exec"), {"__name__": "__main__"})
    assert capsys.readouterr().out.startswith("Fake reply")


def test_the_command_line_runs_as_shown() -> None:
    (command,) = of_kind("command")
    assert command.code.strip() == "python -m runcrate.testing --port 8080"
    # the same command on a free port, so that the test never collides with a running server
    args = [sys.executable, "-m", "runcrate.testing", "--port", "0"]
    with subprocess.Popen(args, stdout=subprocess.PIPE, text=True) as server:
        try:
            assert server.stdout is not None
            lines = [server.stdout.readline().strip() for _ in range(4)]
        finally:
            server.terminate()
            with contextlib.suppress(subprocess.TimeoutExpired):
                server.wait(timeout=10)
    assert lines[0].startswith("Fake Runcrate at http://127.0.0.1:")
    assert [line.split("=")[0] for line in lines[1:]] == [
        "RUNCRATE_API_KEY",
        "RUNCRATE_BASE_URL",
        "RUNCRATE_INFERENCE_URL",
    ]
