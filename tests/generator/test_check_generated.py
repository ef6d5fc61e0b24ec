"""`make check-generated` reports hand edits, stray files and missing files."""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.generate import TARGET, _differences


def _copy(tmp_path: Path) -> tuple[Path, Path]:
    fresh = tmp_path / "fresh"
    committed = tmp_path / "committed"
    shutil.copytree(TARGET, fresh, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(TARGET, committed, ignore=shutil.ignore_patterns("__pycache__"))
    return fresh, committed


def test_identical_trees_have_no_differences(tmp_path: Path) -> None:
    fresh, committed = _copy(tmp_path)
    assert _differences(fresh, committed) == []


def test_a_hand_edit_is_reported_with_a_diff(tmp_path: Path) -> None:
    fresh, committed = _copy(tmp_path)
    edited = committed / "types.py"
    edited.write_text(edited.read_text() + "# tweak\n")
    differences = "".join(_differences(fresh, committed))
    assert "committed/types.py" in differences
    assert "-# tweak" in differences


def test_stray_and_missing_files_are_reported(tmp_path: Path) -> None:
    fresh, committed = _copy(tmp_path)
    (committed / "extra.py").write_text("")
    (committed / "errors.py").unlink()
    differences = _differences(fresh, committed)
    assert "not generated (remove it): extra.py" in differences
    assert "missing: errors.py" in differences
