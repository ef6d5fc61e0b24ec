"""Every snippet of docs/testing.md runs, as the page says it does.

Each code block of the page is preceded by an HTML comment saying how it runs:
``conftest`` and ``test-module`` are written to a temporary directory and run by pytest in a
separate process, as a user's suite would (with this package's pytest plugin, as installed);
``test-body`` runs with the plugin's fixtures (``runcrate_client``, ``runcrate_fake``,
``runcrate_clock``, ``runcrate_faults``) and ``pytest`` and ``runcrate`` imported; ``script`` runs
as it stands; ``command`` runs the command line (on a free port), and ``control`` runs with bash
against it; ``skip`` is only allowed for shell blocks (``pip install``).
"""

from __future__ import annotations

import re
import shlex
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import runcrate
from runcrate import Runcrate
from runcrate.testing import Clock, FakeRuncrate, Faults

PAGE = Path(__file__).resolve().parents[2] / "docs" / "testing.md"
_BLOCK = re.compile(
    r"(?:<!-- docs-test: (?P<kind>[\w-]+)[^>]*-->\n)?```(?P<lang>\w*)\n(?P<code>.*?)```", re.S
)
KINDS = {"conftest", "test-module", "test-body", "script", "command", "control", "skip"}
SHELL_KINDS = {"command", "control", "skip"}


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
        assert snippet.lang == ("sh" if snippet.kind in SHELL_KINDS else "python")


def test_the_pytest_examples_pass_as_a_users_suite(tmp_path: Path) -> None:
    (conftest,) = of_kind("conftest")
    modules = of_kind("test-module")
    (tmp_path / "pytest.ini").write_text("[pytest]\nasyncio_mode = auto\n", encoding="utf-8")
    (tmp_path / "conftest.py").write_text(conftest.code, encoding="utf-8")
    for index, module in enumerate(modules):
        (tmp_path / f"test_example_{index}.py").write_text(module.code, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        cwd=tmp_path,
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
    )
    tests = sum(len(re.findall(r"^(?:async )?def test_", module.code, re.M)) for module in modules)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{tests} passed" in result.stdout


@pytest.mark.parametrize("snippet", of_kind("test-body"), ids=str)
def test_a_test_body_runs(
    snippet: Snippet,
    runcrate_client: Runcrate,
    runcrate_fake: FakeRuncrate,
    runcrate_clock: Clock,
    runcrate_faults: Faults,
) -> None:
    namespace = {
        "runcrate_client": runcrate_client,
        "runcrate_fake": runcrate_fake,
        "runcrate_clock": runcrate_clock,
        "runcrate_faults": runcrate_faults,
        "pytest": pytest,
        "runcrate": runcrate,
    }
    exec(compile(snippet.code, f"docs/testing.md:{snippet.line}", "exec"), namespace)


@pytest.mark.parametrize("snippet", of_kind("script"), ids=str)
def test_a_script_runs(snippet: Snippet, capsys: pytest.CaptureFixture[str]) -> None:
    exec(compile(snippet.code, f"docs/testing.md:{snippet.line}", "exec"), {"__name__": "__main__"})
    assert capsys.readouterr().out.startswith("Fake reply")


@pytest.fixture(scope="module")
def commanded() -> Iterator[tuple[list[str], dict[str, str]]]:
    """The page's command, run on a free port: its arguments and the settings it printed."""
    (command,) = of_kind("command")
    words = shlex.split(command.code)
    assert words[:3] == ["python", "-m", "runcrate.testing"]
    args = words[3:]
    args[args.index("--port") + 1] = "0"  # never collide with a server already running
    command_line = [sys.executable, "-m", "runcrate.testing", *args]
    with subprocess.Popen(command_line, stdout=subprocess.PIPE, text=True) as server:
        assert server.stdout is not None
        lines = [server.stdout.readline().strip() for _ in range(7)]
        try:
            yield words, dict(line.split("=", 1) for line in lines if "=" in line)
        finally:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=10)
    assert lines[0].startswith("Fake Runcrate at http://127.0.0.1:")
    assert lines[-1] == "Press Ctrl-C to stop."


def test_the_command_line_runs_as_shown(commanded: tuple[list[str], dict[str, str]]) -> None:
    words, printed = commanded
    assert list(printed) == [
        "RUNCRATE_API_KEY",
        "RUNCRATE_BASE_URL",
        "RUNCRATE_INFERENCE_URL",
        "RUNCRATE_FAKE_CONTROL_URL",
        "RUNCRATE_FAKE_CONTROL_TOKEN",
    ]
    assert printed["RUNCRATE_API_KEY"] == words[words.index("--api-key") + 1]
    assert printed["RUNCRATE_FAKE_CONTROL_TOKEN"] == words[words.index("--control-token") + 1]


@pytest.mark.parametrize("snippet", of_kind("control"), ids=str)
def test_the_control_examples_run_against_the_command(
    snippet: Snippet, commanded: tuple[list[str], dict[str, str]]
) -> None:
    _, printed = commanded
    assert "http://127.0.0.1:8080" in snippet.code
    script = "set -euo pipefail\n" + snippet.code.replace(
        "http://127.0.0.1:8080", printed["RUNCRATE_BASE_URL"]
    )
    result = subprocess.run(["bash", "-c", script], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert '"balance_usd":150.0' in result.stdout.replace(" ", "")
