"""The code users read type-checks the way most teams run the checkers: ``mypy --strict`` and pyright strict.

The Python blocks of README.md, docs/models.md and the site's guides (each written to a module of
its own) and every script in examples/ are checked with none of this project's settings, as a
user's project would check them, so the SDK must need no cast and no ``Any`` from its users. Two
control modules must be rejected by both checkers: one reads an optional field without a check
(optional fields are really typed ``X | None``), one leaves a function unannotated (the checkers
really are strict).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = [
    ROOT / "README.md",
    ROOT / "docs" / "models.md",
    ROOT / "docs" / "index.md",
    *sorted((ROOT / "docs" / "guides").glob("*.md")),
]
EXAMPLES = ROOT / "examples"
CONTROLS = {
    "control_optional.py": (
        "from runcrate import Runcrate\n\n"
        "job = Runcrate().jobs.get('job_1')\n"
        "print(job.ended_at.isoformat())  # ended_at is datetime | None\n"
    ),
    "control_strict.py": "def describe(job):\n    return job.id\n",
}
# `path:line: error:` (mypy) and `path:line:column - error:` (pyright).
_ERROR = re.compile(r"^\s*(?P<path>/\S+?\.py):\d+(?::\d+)?:? -? ?error:", re.M)


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """The documents' blocks as modules, the examples, and the control modules last."""
    directory = tmp_path_factory.mktemp("user-code")
    modules = []
    for document in DOCUMENTS:
        text = document.read_text(encoding="utf-8")
        for index, block in enumerate(re.findall(r"```python\n(.*?)```", text, flags=re.S)):
            module = directory / f"{document.stem.lower()}_block_{index}.py"
            module.write_text(block, encoding="utf-8")
            modules.append(module)
    assert len(modules) >= 5, "the documents' Python blocks were not found"
    controls = [directory / name for name in CONTROLS]
    for control in controls:
        control.write_text(CONTROLS[control.name], encoding="utf-8")
    return [*modules, *sorted(EXAMPLES.glob("*.py")), *controls]


def _errors_by_file(output: str) -> dict[str, int]:
    found: dict[str, int] = {}
    for match in _ERROR.finditer(output):
        name = Path(match["path"]).name
        found[name] = found.get(name, 0) + 1
    return found


def _assert_only_the_controls_fail(output: str) -> None:
    errors = _errors_by_file(output)
    for control in CONTROLS:
        assert errors.pop(control, 0) >= 1, f"{control} was not rejected:\n{output}"
    assert errors == {}, output


def test_mypy_strict(checked: list[Path], tmp_path: Path) -> None:
    config = tmp_path / "mypy.ini"
    config.write_text("[mypy]\npython_version = 3.11\n", encoding="utf-8")
    command = [sys.executable, "-m", "mypy", "--strict", "--config-file", str(config)]
    command += ["--cache-dir", str(ROOT / ".mypy_cache" / "user-code"), "--show-absolute-path"]
    result = subprocess.run(
        [*command, *map(str, checked)], capture_output=True, text=True, check=False, cwd=tmp_path
    )
    _assert_only_the_controls_fail(result.stdout + result.stderr)


def test_pyright_strict(checked: list[Path], tmp_path: Path) -> None:
    config = {
        "typeCheckingMode": "strict",
        "pythonVersion": "3.11",
        "extraPaths": [str(EXAMPLES)],
    }
    (tmp_path / "pyrightconfig.json").write_text(json.dumps(config), encoding="utf-8")
    pyright = Path(sys.executable).with_name("pyright")
    result = subprocess.run(
        [str(pyright), "--pythonpath", sys.executable, "-p", str(tmp_path), *map(str, checked)],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    _assert_only_the_controls_fail(result.stdout + result.stderr)
