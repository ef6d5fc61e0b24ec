"""Schemathesis run as a user would: its command line, against the fake server, one server at a time.

Each server's bundle (``make bundle``) is tested at its own base path with every check but
positive-data acceptance. ``schemathesis.toml`` beside this file holds the settings and the
documented false positives, ``baseline.json`` the accepted failures of the stateful phase. The run
must report no failure, and the fake must have answered every request within the spec: the only
violations it may record are those of the requests Schemathesis broke on purpose.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from runcrate.testing import FakeRuncrate
from tools.spec_bundle import write_bundles

CONFIG = Path(__file__).with_name("schemathesis.toml")
BASELINE = Path(__file__).with_name("baseline.json")
DOCS = Path(__file__).resolve().parents[2] / "docs" / "testing.md"
SCHEMATHESIS = Path(sys.executable).with_name("schemathesis")
BASE_PATHS = {"infrastructure": "/api/v1", "inference": "/v1"}


@pytest.fixture(scope="module")
def bundles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_bundles(tmp_path_factory.mktemp("bundles"))[0].parent


@pytest.fixture(scope="module")
def server() -> Iterator[FakeRuncrate]:
    """A fake of its own: the CLI's requests change its state freely."""
    with FakeRuncrate() as fake:
        yield fake


@pytest.mark.parametrize("name", list(BASE_PATHS))
def test_schemathesis_cli_finds_no_failure(
    name: str, bundles: Path, server: FakeRuncrate, tmp_path: Path
) -> None:
    server.reset()  # a fresh workspace for each server's run (credits, resources, violations)
    command = [
        str(SCHEMATHESIS),
        "--no-color",
        "--config-file",
        str(CONFIG),
        "run",
        str(bundles / f"{name}.yaml"),
        "--url",
        server.url + BASE_PATHS[name],
        "--header",
        f"Authorization: Bearer {server.api_key}",
        "--baseline",
        str(BASELINE),
        "--report-dir",
        str(tmp_path),
    ]
    run = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    assert run.returncode == 0, f"schemathesis exited {run.returncode}:\n{run.stdout}\n{run.stderr}"
    assert " passed" in run.stdout and "failed" not in run.stdout.split("SUMMARY")[-1], run.stdout
    off_spec = [v for v in server.take_violations() if not v.startswith("request ")]
    assert off_spec == [], "the fake answered off the spec:\n  " + "\n  ".join(off_spec)


def test_every_exception_is_a_documented_false_positive() -> None:
    """Each check switched off for an operation (schemathesis.toml) and each accepted failure
    (baseline.json) is a row of the false-positive table of docs/testing.md, which says why."""
    page = DOCS.read_text(encoding="utf-8")
    rows = [line for line in page.splitlines() if line.startswith("| ") and "false positive" not in line]
    settings = tomllib.loads(CONFIG.read_text(encoding="utf-8"))
    exceptions = [
        (f"`{entry['include-operation-id']}`", f"`{check}`")
        for entry in settings.get("operations", [])
        for check, options in entry.get("checks", {}).items()
        if options.get("enabled") is False
    ]
    exceptions += [
        (f"`{entry['operation']}`", f"`{entry['check']}`")
        for entry in json.loads(BASELINE.read_text(encoding="utf-8"))["entries"]
    ]
    assert exceptions
    for operation, check in exceptions:
        assert any(operation in row and check in row for row in rows), (operation, check)
