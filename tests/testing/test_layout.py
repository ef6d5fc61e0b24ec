"""The fake server's package layout: grouped by what it serves, routes apart from state, no loops.

``runcrate/testing`` has a server shell (``_server``) and three areas (``_inference``, ``_infra``,
``_jobs``), composed by ``_fake``; beside it, the control API over HTTP (``_control``, which drives
the fake through a protocol and sees only the shell), the command line, and for pytest suites
the fixtures (``pytest_plugin``) and clients on the fake's time (``_linked_time``). These tests read
every module's imports (with ``ast``, so nothing is executed) and hold the layout to its rules.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "runcrate" / "testing"
ROOT = "runcrate.testing"
AREAS = ("_inference", "_infra", "_jobs")
# which packages each group may import from (besides itself)
ALLOWED = {
    "_server": set[str](),
    "_inference": {"_server"},
    "_infra": {"_server"},
    "_jobs": {"_server", "_infra"},
}
TOP_LEVEL = ["__main__", "_control", "_fake", "_linked_time", "pytest_plugin"]
HTTP_MODULES = ("starlette.requests", "starlette.responses", "starlette.routing")
HTTP_ALLOWED = ("routes", "requests")  # the modules of an area that see requests and answers


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> Iterator[str]:
    """Every module this file imports, also under ``TYPE_CHECKING`` and inside functions."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = _module_name(path) if path.name == "__init__.py" else _module_name(path).rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            yield base
            yield from (f"{base}.{alias.name}" for alias in node.names)


def _graph() -> dict[str, set[str]]:
    modules = {_module_name(path): path for path in PACKAGE.rglob("*.py")}
    return {
        name: {imported for imported in _imports(path) if imported in modules and imported != name}
        for name, path in modules.items()
    }


def _group(module: str) -> str | None:
    parts = module.split(".")
    return parts[2] if len(parts) >= 3 and parts[2] in ALLOWED else None


GRAPH = _graph()


def test_the_package_is_grouped_into_a_shell_and_three_areas() -> None:
    groups = {_group(module) for module in GRAPH} - {None}
    assert groups == {"_server", *AREAS}
    top_level = sorted(m.removeprefix(ROOT + ".") for m in GRAPH if _group(m) is None and m != ROOT)
    assert top_level == TOP_LEVEL


def test_the_control_api_sees_only_the_server_shell() -> None:
    imported = {m for m in GRAPH[f"{ROOT}._control"] if m.startswith(ROOT + ".")}
    assert imported and all(_group(m) == "_server" for m in imported), sorted(imported)


def test_no_module_imports_itself_through_others() -> None:
    visiting: list[str] = []
    done: set[str] = set()

    def visit(module: str) -> None:
        if module in done:
            return
        if module in visiting:
            cycle = [*visiting[visiting.index(module) :], module]
            pytest.fail("import loop: " + " -> ".join(cycle))
        visiting.append(module)
        for imported in sorted(GRAPH[module]):
            visit(imported)
        visiting.pop()
        done.add(module)

    for module in sorted(GRAPH):
        visit(module)


@pytest.mark.parametrize("module", sorted(m for m in GRAPH if _group(m)))
def test_groups_import_only_what_they_build_on(module: str) -> None:
    group = _group(module)
    assert group is not None
    foreign = {
        imported
        for imported in GRAPH[module]
        if _group(imported) not in {group, *ALLOWED[group]} and imported.startswith(ROOT + ".")
    }
    assert not foreign, f"{module} imports {sorted(foreign)}"


@pytest.mark.parametrize("module", sorted(m for m in GRAPH if _group(m) in AREAS))
def test_only_routes_and_request_readers_see_http(module: str) -> None:
    path = PACKAGE.joinpath(*module.split(".")[2:]).with_suffix(".py")
    if not path.exists():
        path = path.with_suffix("") / "__init__.py"
    http = sorted(set(_imports(path)) & set(HTTP_MODULES))
    if module.rpartition(".")[2] in HTTP_ALLOWED:
        return
    assert not http, f"{module} is state, yet imports {http}"


def test_every_area_has_one_routes_module_that_registers_its_state() -> None:
    for area in AREAS:
        source = (PACKAGE / area / "routes.py").read_text(encoding="utf-8")
        assert "def routes(world: World) -> list[BaseRoute]:" in source
        assert "world.register(" in source
