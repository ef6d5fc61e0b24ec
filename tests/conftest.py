"""Shared fixtures: one fake Runcrate server per session, reset before each test that uses it.

A test that uses ``fake`` fails if any of its requests or responses broke the OpenAPI spec (or
crashed the fake server); tests that provoke violations on purpose collect them with
``fake.take_violations()``.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from runcrate.testing import FakeRuncrate

REPO = Path(__file__).resolve().parent.parent
SPEC = REPO / "openapi" / "runcrate.yaml"
MERGE = REPO / "openapi" / "fragments" / "merge.py"


def _spec_path(tmp_dir: Path) -> Path:
    """The repository spec; while it still has fragment placeholders, a merged copy of it."""
    if "#@PATHS@" not in SPEC.read_text(encoding="utf-8") or not MERGE.is_file():
        return SPEC
    merged = tmp_dir / "runcrate.merged.yaml"
    subprocess.run([sys.executable, str(MERGE), str(merged)], check=True)
    return merged


@pytest.fixture(scope="session")
def fake(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FakeRuncrate]:
    """The session's fake server (state is reset before each test by ``_fresh_fake``)."""
    with FakeRuncrate(spec_path=_spec_path(tmp_path_factory.mktemp("spec"))) as server:
        yield server


@pytest.fixture(autouse=True)
def _fresh_fake(request: pytest.FixtureRequest) -> Iterator[None]:
    """Reset the fake before a test that uses it; fail the test on spec violations after it."""
    if "fake" not in request.fixturenames:
        yield
        return
    server: FakeRuncrate = request.getfixturevalue("fake")
    server.reset()
    yield
    violations = server.take_violations()
    if violations:
        pytest.fail("the fake server saw spec violations:\n  " + "\n  ".join(violations), pytrace=False)
