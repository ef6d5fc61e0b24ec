"""The breaking-change gate on a temporary copy of the project with planted breaks.

A spec break (an operation removed, under a major bump of the spec's ``info.version``, which would
make Optic skip its checks by default) and a Python break (a parameter renamed in the source) are
caught while CHANGELOG.md does not record them, and pass once it does. A part of the spec that
Optic cannot read fails the gate too. Optic takes seconds per run, so each test compares once and
judges the comparison again after editing the changelog.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import griffe
import yaml

from tools import api_gate

ROOT = Path(__file__).resolve().parents[2]


def copy_project(into: Path) -> Path:
    root = into / "project"
    for name in ("runcrate", "openapi", "api"):
        shutil.copytree(ROOT / name, root / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copyfile(ROOT / "CHANGELOG.md", root / "CHANGELOG.md")
    return root


def plant_spec_break(root: Path) -> str:
    """Remove the first operation of the spec and raise the spec's major version; its identifier."""
    spec_path = root / api_gate.SPEC
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    path, operations = next(iter(spec["paths"].items()))
    method = next(m for m in operations if m in {"get", "post", "put", "patch", "delete"})
    del operations[method]
    major = int(str(spec["info"]["version"]).split(".")[0])
    spec["info"]["version"] = f"{major + 1}.0.0"
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return f"{method.upper()} {path}"


def plant_python_break(root: Path, snapshot: dict[str, Any]) -> str:
    """Rename the first positional parameter of a client method in its source; its identifier."""
    package = griffe.load(
        "runcrate", search_paths=[str(root)], try_relative_path=False, resolve_external=False
    )
    for path, entry in snapshot["objects"].items():
        if not path.startswith("client.") or entry["kind"] != "function":
            continue
        positional = [p[0] for p in entry["parameters"][1:] if p[1] == "positional or keyword"]
        if not positional:
            continue
        function = _source_of(package, path, root)
        if function is None:
            continue
        lines = function.filepath.read_text(encoding="utf-8").split("\n")  # type: ignore[union-attr]
        start, end = function.lineno - 1, (function.endlineno or function.lineno)
        signature = "\n".join(lines[start:end])
        renamed = re.sub(rf"\b{positional[0]}\b(?=\s*:)", f"{positional[0]}_renamed", signature, count=1)
        if renamed == signature:
            continue
        lines[start:end] = renamed.split("\n")
        function.filepath.write_text("\n".join(lines), encoding="utf-8")  # type: ignore[union-attr]
        return path
    raise AssertionError("found no client method to plant a break in")


def _source_of(package: griffe.Module, path: str, root: Path) -> griffe.Function | None:
    """The griffe function behind a ``client.…`` path, found as the snapshot finds it."""
    import runcrate  # the working tree's package: same layout as the copy
    from tools.public_api import namespaces

    *namespace_path, name = path.split(".")
    client = runcrate.Runcrate(api_key="rc_live_" + "0" * 32)
    try:
        resource = dict(namespaces(client)).get(".".join(namespace_path))
    finally:
        client.close()
    if resource is None:
        return None
    cls = type(resource)
    found = package[f"{cls.__module__}.{cls.__qualname__}".removeprefix("runcrate.")].all_members.get(name)
    target = found.final_target if found is not None and found.is_alias else found
    if isinstance(target, griffe.Function) and target.filepath and Path(target.filepath).is_relative_to(root):
        return target
    return None


def record(root: Path, identifiers: list[str]) -> None:
    changelog = root / "CHANGELOG.md"
    text = changelog.read_text(encoding="utf-8")
    names = ", ".join(f"`{identifier}`" for identifier in identifiers)
    entry = f"### Removed\n\n- **Breaking**: {names}: planted by the gate's test.\n\n"
    changelog.write_text(
        text.replace("## [Unreleased]\n\n", f"## [Unreleased]\n\n{entry}", 1), encoding="utf-8"
    )


def make_unreadable(root: Path) -> None:
    """Drop ``type: object`` from the job-group body's own allOf member: Optic then skips it (and
    the properties it holds), as it did before the spec was restructured."""
    spec_path = root / api_gate.SPEC
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    spec["components"]["schemas"]["JobGroupSpec"]["allOf"][1].pop("type")
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")


def test_planted_breaks_fail_the_gate_until_recorded(tmp_path: Path) -> None:
    root = copy_project(tmp_path)
    spec_break = plant_spec_break(root)
    last_release = json.loads((root / api_gate.BASELINE_PYTHON).read_text(encoding="utf-8"))
    python_break = plant_python_break(root, last_release)
    comparison = api_gate.compare(root)

    [unrecorded] = api_gate.problems(root, comparison)
    assert "2 breaking change(s) since the last release are not recorded" in unrecorded
    assert f"- **Breaking**: `{spec_break}`: <what changed; what to do instead>." in unrecorded
    assert f"- **Breaking**: `{python_break}`: <what changed; what to do instead>." in unrecorded
    assert "prevent operation removal" in unrecorded
    assert "Parameter was added as required" in unrecorded  # the renamed parameter (and 1 more)

    report = api_gate.report(comparison)  # what `make api-diff` prints
    assert "# Spec: the last release (api/last-release) -> working tree (Optic)" in report
    assert f"spec    `{spec_break}`  prevent operation removal" in report
    assert f"BREAKING {python_break}: Parameter was" in report

    record(root, [spec_break, python_break])
    assert api_gate.problems(root, comparison) == []


def test_a_spec_part_optic_cannot_read_fails_the_gate(tmp_path: Path) -> None:
    root = copy_project(tmp_path)
    make_unreadable(root)
    comparison = api_gate.compare(root)

    [unreadable] = api_gate.problems(root, comparison)
    assert unreadable.startswith("Optic cannot read part of openapi/runcrate.yaml")
    assert "invalid allOf variant" in unreadable
    assert "Optic could not read (changes there are not shown):" in api_gate.report(comparison)
