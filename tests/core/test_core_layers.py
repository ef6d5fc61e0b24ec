"""The layers import only downwards: generated code, then the engine and core, then resources, then
the clients. Every import counts, ``TYPE_CHECKING`` ones included."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "runcrate"

# What each part of the package must never import (a module name or any module below it). From the
# bottom: generated endpoints and models, the core and its engine, the generated plain methods, the
# hand-written resources, the clients.
CLIENTS = ("runcrate._client", "runcrate._client_resources")
FORBIDDEN = {
    "_generated": ("runcrate._engine", "runcrate._generated.resources", "runcrate.resources", *CLIENTS),
    "_engine": ("runcrate._generated.resources", "runcrate.resources", *CLIENTS),
    "core": ("runcrate._generated.resources", "runcrate.resources", *CLIENTS),
    "_generated.resources": ("runcrate.resources", *CLIENTS),
    "resources": CLIENTS,
}


def _part(path: Path) -> str | None:
    relative = path.relative_to(PACKAGE)
    top = relative.parts[0]
    if relative.parts[:2] == ("_generated", "resources"):
        return "_generated.resources"
    if top in ("_generated", "_engine", "resources"):
        return top
    if top == "testing" or relative.name in ("__init__.py", "_client.py", "_client_resources.py"):
        return None
    return "core" if len(relative.parts) == 1 else None


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


MODULES = sorted(path for path in PACKAGE.rglob("*.py") if _part(path) is not None)


@pytest.mark.parametrize("part", sorted(FORBIDDEN))
def test_a_layer_imports_nothing_from_the_layers_above_it(part: str) -> None:
    wrong = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in MODULES
        if _part(path) == part
        for name in _imports(path)
        if any(name == forbidden or name.startswith(forbidden + ".") for forbidden in FORBIDDEN[part])
    ]
    assert not wrong, wrong


def test_the_layer_check_sees_every_part_and_type_checking_imports(tmp_path: Path) -> None:
    assert {_part(path) for path in MODULES} == set(FORBIDDEN)
    module = tmp_path / "m.py"
    module.write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from runcrate._client import Runcrate\n"
    )
    assert "runcrate._client" in _imports(module)
