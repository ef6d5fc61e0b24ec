"""The benchmark harness itself: where its figures come from and how it judges them.

No timing here: these check that peak memory is read from the measured process, that peers run
round-robin, and that a verdict is only met or missed when every round agrees.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from benchmarks._peers import PEERS_DIR, Outcome, run_rounds, schedule
from benchmarks._report import DASH, TIMES, write
from benchmarks._results import Bar, Figures, NotMeasured, Row, Section
from benchmarks._venvs import PEERS, PeerEnv
from benchmarks.streaming import _same_content

SPAWNER = """
import subprocess, sys
block = bytearray({spawner_mib} * 1024 * 1024)
for offset in range(0, len(block), 4096):
    block[offset] = 1
del block
argv = [sys.executable, {script!r}, '{{"allocate_mib": {child_mib}}}']
done = subprocess.run(argv, capture_output=True, text=True, check=True)
print(done.stdout.strip().splitlines()[-1])
"""


def test_peak_memory_is_the_measured_process_own_not_the_spawners() -> None:
    """A big spawner and a small child: ``ru_maxrss`` reports the spawner's peak, ``VmHWM`` the child's."""
    code = SPAWNER.format(spawner_mib=256, child_mib=16, script=str(PEERS_DIR / "memory_httpx.py"))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    child = json.loads(done.stdout.strip().splitlines()[-1])
    assert child["ru_maxrss_mib"] >= 256  # the old reading: the spawner's peak
    assert 16 <= child["vmhwm_mib"] < 128  # the child's own: its 16 MiB plus an interpreter


def _row(ours: tuple[float, ...], httpx: tuple[float, ...]) -> Row:
    return Row("t", "row", "µs", "lower", cells={"ours": Figures(ours), "httpx": Figures(httpx)})


@pytest.mark.parametrize(
    ("ours", "httpx", "status"),
    [
        ((90.0, 95.0, 99.0), (100.0, 100.0, 100.0), "met"),
        ((101.0, 110.0, 120.0), (100.0, 100.0, 100.0), "missed"),
        ((95.0, 105.0, 99.0), (100.0, 100.0, 100.0), "inconclusive"),
    ],
)
def test_a_ratio_bar_is_decided_only_when_every_round_agrees(
    ours: tuple[float, ...], httpx: tuple[float, ...], status: str
) -> None:
    verdict = Bar("≤ 1.0x raw httpx", "<=", 1.0, "httpx").judge(_row(ours, httpx))
    assert verdict.status == status


def test_ratios_are_taken_round_by_round() -> None:
    """A burst of load that slows both peers in one round cancels out in that round's ratio."""
    row = _row((100.0, 200.0), (100.0, 200.0))
    verdict = Bar("≤ 1.0x raw httpx", "<=", 1.0, "httpx").judge(row)
    assert verdict.status == "met"
    assert verdict.figures == Figures((1.0, 1.0))


def test_an_absolute_bar_judges_the_subject_rounds() -> None:
    row = Row("t", "row", "MiB", "lower", cells={"ours": Figures((90.0, 101.0))})
    assert Bar("< 100 MiB", "<", 100).judge(row).status == "inconclusive"
    row.cells["ours"] = Figures((40.0, 41.0))
    assert Bar("< 100 MiB", "<", 100).judge(row).status == "met"


def test_a_subject_that_does_not_exist_yet_is_not_available() -> None:
    row = _row((1.0,), (3.0,))
    row.cells["ours_aiohttp"] = NotMeasured("not written yet", "not available")
    bar = Bar("≤ 0.33x raw httpx", "<=", 1 / 3, "httpx", "ours_aiohttp")
    assert bar.judge(row).status == "not available"
    row.cells["httpx"] = NotMeasured("exit 1")
    assert Bar("≤ 1.0x raw httpx", "<=", 1.0, "httpx").judge(row).status == "not measured"


def test_schedule_runs_every_peer_once_per_round_rotating_who_goes_first() -> None:
    assert list(schedule(["a", "b", "c"], 4)) == [*"abc", *"bca", *"cab", *"abc"]
    assert list(schedule([], 3)) == []


def test_run_rounds_gives_one_result_per_round_from_fresh_processes() -> None:
    envs = {"httpx": PeerEnv(PEERS["httpx"], Path(sys.executable))}
    outcome = run_rounds(envs, ["httpx"], "memory", {"allocate_mib": 1}, 3)["httpx"]
    figures = outcome.figures("vmhwm_mib")
    assert isinstance(figures, Figures)
    assert len(figures.values) == 3
    assert "memory_httpx.py" in outcome.command


def test_run_rounds_reports_a_pending_script_as_not_available_and_refuses_a_missing_one() -> None:
    envs = {"ours": PeerEnv(PEERS["ours"], Path(sys.executable))}
    outcomes = run_rounds(envs, ["ours_aiohttp"], "memory", {}, 2, pending={"ours_aiohttp": "later"})
    assert outcomes["ours_aiohttp"].figures("x") == NotMeasured("later", "not available")
    with pytest.raises(FileNotFoundError):
        run_rounds(envs, ["ours_aiohttp"], "memory", {}, 2)


def test_a_failing_peer_is_reported_with_its_error() -> None:
    envs = {"httpx": PeerEnv(PEERS["httpx"], Path(sys.executable))}
    outcome = run_rounds(envs, ["httpx"], "memory", {"allocate_mib": "many"}, 2)["httpx"]
    cell = outcome.figures("vmhwm_mib")
    assert isinstance(cell, NotMeasured)
    assert "TypeError" in cell.reason


def test_streaming_peers_must_read_the_same_content() -> None:
    same = {
        "chunks": 3,
        "characters": 10,
        "big_4_characters": 1,
        "big_16_characters": 2,
        "big_32_characters": 3,
    }
    outcomes = {"ours": Outcome("a", (same, same)), "httpx": Outcome("b", (same,))}
    assert _same_content(outcomes).startswith("Every peer read the same content: 3 chunks, 10 characters")
    outcomes["httpx"] = Outcome("b", ({**same, "characters": 0},))
    assert _same_content(outcomes).startswith("**The peers did not read the same content**")


def test_the_report_shows_load_spread_and_inconclusive_verdicts(tmp_path: Path) -> None:
    row = _row((95.0, 105.0), (100.0, 100.0))
    row.bars.append(Bar("≤ 1.0x raw httpx", "<=", 1.0, "httpx"))
    section = Section("t", "Title", "How.", rows=[row], load=((3.0, 2.0, 1.0), (3.5, 2.5, 1.5)))
    path = tmp_path / "report.md"
    loads = ((3.0, 2.0, 1.0), (3.5, 2.5, 1.5))
    write([section], {}, command="bench", started="now", loads=loads, quick=True, path=path)
    quiet = tmp_path / "quiet.md"
    write([section], {}, command="bench", started="now", loads=((0.0,) * 3,) * 2, quick=True, path=quiet)
    assert "Loaded machine" not in quiet.read_text()
    text = path.read_text()
    assert "when the run started: 3.00, 2.00, 1.00; when it ended: 3.50, 2.50, 1.50" in text
    assert "Load average during this section: 3.00, 2.00, 1.00 → 3.50, 2.50, 1.50." in text
    spread = f"1.00{TIMES} (0.95{TIMES}{DASH}1.05{TIMES})"
    assert f"| Title: row | ≤ 1.0x raw httpx | {spread} | **inconclusive** |" in text
    assert f"100 (95.0{DASH}105)" in text  # our figure with its spread
    assert "**Loaded machine**" in text  # a 1-minute load of 3 on this machine's cores


def test_a_dependency_added_to_the_project_rebuilds_our_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    from benchmarks import _venvs

    ours, raw = _venvs.PEERS["ours"], _venvs.PEERS["httpx"]
    before = _venvs._stamp(ours), _venvs._stamp(raw)
    real = _venvs._project_requirements

    def with_one_more(peer: _venvs.Peer) -> dict[str, Any]:
        found = real(peer)
        return {**found, "dependencies": [*found["dependencies"], "new-dependency>=1"]} if found else found

    monkeypatch.setattr(_venvs, "_project_requirements", with_one_more)
    assert _venvs._stamp(ours) != before[0]
    assert _venvs._stamp(raw) == before[1], "an environment without the working tree stays"
