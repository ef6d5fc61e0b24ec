"""The README's code runs as written: the quick start against a fake server, and the testing example."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from runcrate import Runcrate
from runcrate.testing import Clock, FakeRuncrate

README = Path(__file__).resolve().parent.parent / "README.md"


def _python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.DOTALL)


def test_the_quick_start_runs_unchanged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    quick_start = _python_blocks()[0]
    assert "client = Runcrate()" in quick_start
    # Fast fake time: the waiter's first 5 s poll covers minutes of provisioning.
    with FakeRuncrate(speed=1000.0) as fake:
        monkeypatch.setenv("RUNCRATE_API_KEY", fake.api_key)
        monkeypatch.setenv("RUNCRATE_BASE_URL", fake.url)
        monkeypatch.setenv("RUNCRATE_INFERENCE_URL", fake.url)
        monkeypatch.chdir(tmp_path)
        (tmp_path / "my-project").mkdir()
        (tmp_path / "my-project" / "train.py").write_text("print('training')\n")
        namespace: dict[str, object] = {}
        exec(compile(quick_start, str(README), "exec"), namespace)
        assert (tmp_path / "weights.bin").stat().st_size > 0
        assert fake.violations == []


def test_the_testing_example_runs(runcrate_client: Runcrate, runcrate_clock: Clock) -> None:
    example = _python_blocks()[1]
    namespace: dict[str, object] = {}
    exec(compile(example, str(README), "exec"), namespace)
    namespace["test_launch"](runcrate_client, runcrate_clock)  # type: ignore[operator]
