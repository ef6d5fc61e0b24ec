"""Every script in ``examples/`` runs against the fake server and prints what it promises.

The scripts run as users run them: ``python examples/<name>.py --fake`` in a subprocess, with no
``RUNCRATE_*`` variable set. They start together (each runs its own fake server) so the whole
module takes about as long as the slowest one. An example exits non-zero if the fake server saw a
request or response that breaks the API spec.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
TIMEOUT_SECONDS = 120

EXPECTED: dict[str, list[str]] = {
    "quickstart": [
        r"^== GPU types you can launch right now$",
        r"^  running at \S+$",
        r"^  saved \S+image\.png \(\d+ bytes\)$",
        r"^  transcript: \S.*$",
        r"^  saved \S+video\.mp4 \(\d+ bytes\)$",
        r"^  job_\w+ ended succeeded \(exit code 0\)$",
        r"^  \$\d+\.\d\d credits$",
        r"^  terminated \S+, removed SSH key quickstart$",
    ],
    "streaming": [
        r'^  Fake reply \w+: you said "Describe a GPU in one sentence\."\.$',
        r"^  finish_reason=stop$",
        r'^  text: Fake reply \w+: you said "Name three uses of a GPU\."\.$',
        r"^  usage: \d+ prompt \+ \d+ completion tokens$",
        r"^  model called get_weather\(\{'city': '\w+'\}\) -> \{.*'temperature_c': 21.*\}$",
        r"^  answer: Fake reply \w+: you said .*$",
    ],
    "jobs": [
        r"^  \S+ -> upload upl_\w+ \(usable until .+\)$",
        r"^  submitted job_\w+ \(queued\)$",
        r"^  \| step 10/10 loss=\S+$",
        r"^  job_\w+ succeeded: exit code 0, cost \$\d+\.\d{4}$",
        r"^  outputs/result\.json: \d+ bytes, sha256 [0-9a-f]{16}\.\.\. verified$",
    ],
    "async_concurrency": [
        r"^  \d+ ms per call$",
        r"^  50 chat completions in \d+\.\d\d s \(\d+ calls/s\)$",
        r"^  running: worker-0, worker-1, worker-2, worker-3, worker-4$",
        r"^  50 status reads in \d+\.\d\d s \(\d+ calls/s\)$",
        r"^  49 answered, 1 failed:$",
        r"^    not found: \[404 not_found\] .*'does-not-exist'.*$",
        r"^  terminated the 5 instances$",
    ],
}
"""Lines each example must print (regular expressions, each matching a whole line)."""


@dataclass(frozen=True)
class Run:
    returncode: int
    stdout: str
    stderr: str


def _environment() -> dict[str, str]:
    """The test's environment without the user's Runcrate settings (no key: the fake is the default)."""
    return {name: value for name, value in os.environ.items() if not name.startswith("RUNCRATE_")}


def _start(name: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(EXAMPLES / f"{name}.py"), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_environment(),
        cwd=EXAMPLES.parent,
    )


def _finish(process: subprocess.Popen[str]) -> Run:
    stdout, stderr = process.communicate(timeout=TIMEOUT_SECONDS)
    return Run(process.returncode, stdout, stderr)


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("job-outputs")


@pytest.fixture(scope="module")
def runs(outputs: Path) -> Iterator[dict[str, Run]]:
    """Every example started at once with ``--fake`` (``jobs`` saving into ``outputs``), then collected;
    ``streaming`` also runs a second time without ``--fake``, as ``default``."""
    started = {name: _start(name, "--fake") for name in EXPECTED if name != "jobs"}
    started["jobs"] = _start("jobs", "--fake", "--out", str(outputs))
    started["default"] = _start("streaming")
    try:
        yield {name: _finish(process) for name, process in started.items()}
    finally:
        for process in started.values():
            if process.poll() is None:
                process.kill()
                process.wait()


def test_every_example_is_checked() -> None:
    scripts = {path.stem for path in EXAMPLES.glob("*.py") if not path.name.startswith("_")}

    assert scripts == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_runs_on_the_fake_server(runs: dict[str, Run], name: str) -> None:
    run = runs[name]

    assert run.returncode == 0, f"{name} exited {run.returncode}:\n{run.stderr}"
    assert run.stderr == ""
    lines = run.stdout.splitlines()
    assert re.fullmatch(r"Fake Runcrate server at http://127\.0\.0\.1:\d+", lines[0])
    missing = [
        pattern for pattern in EXPECTED[name] if not any(re.fullmatch(pattern, line) for line in lines)
    ]
    assert missing == [], f"{name} did not print:\n  " + "\n  ".join(missing) + f"\n--- output:\n{run.stdout}"
    assert lines[-1] == "Done."


def test_without_an_api_key_the_fake_is_the_default(runs: dict[str, Run]) -> None:
    run = runs["default"]

    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("Fake Runcrate server at ") and run.stdout.endswith("Done.\n")


def test_job_outputs_are_saved_where_asked(runs: dict[str, Run], outputs: Path) -> None:
    assert runs["jobs"].returncode == 0
    saved = sorted(path.relative_to(outputs).as_posix() for path in outputs.rglob("*") if path.is_file())

    assert saved == ["model/weights.bin", "outputs/result.json"]
    assert not any(path.name.startswith(".") for path in outputs.rglob("*"))  # no temporary files left
