"""Every Python block of docs/models.md runs as written against the fake server, printing what it says."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from runcrate.testing import FakeRuncrate

PAGE = Path(__file__).resolve().parent.parent / "docs" / "models.md"
EXPECTED = [
    [r"^job_\w+ queued \d{4}-\d\d-\d\dT", r"^not finished yet$", r"^job_\w+: created \d{4}-", r"credits$"],
    [
        r"^\{'creditsBalance': ",
        r"^\{'credits_balance': ",
        r'^  "creditsBalance": ',
        r"^Balance\(credits_balance=",
    ],
    [r"^0 instances; request id req_\w+$", r"^req_\w+$"],
]
"""Lines each block must print (regular expressions), in order of the blocks."""


def _blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", PAGE.read_text(encoding="utf-8"), flags=re.S)


def test_every_block_has_expectations() -> None:
    assert len(_blocks()) == len(EXPECTED)


@pytest.mark.parametrize("index", range(len(EXPECTED)))
def test_the_block_runs_as_written(
    index: int, fake: FakeRuncrate, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("RUNCRATE_API_KEY", fake.api_key)
    monkeypatch.setenv("RUNCRATE_BASE_URL", fake.url)
    monkeypatch.setenv("RUNCRATE_INFERENCE_URL", fake.url)
    exec(compile(_blocks()[index], f"{PAGE}:block {index}", "exec"), {})
    printed = capsys.readouterr().out
    for pattern in EXPECTED[index]:
        assert re.search(pattern, printed, flags=re.M), f"{pattern!r} not in:\n{printed}"
