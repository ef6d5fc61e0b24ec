"""The per-server bundles (`make bundle`): each a valid, self-contained spec of one server."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import validate

from tools.spec_bundle import SERVERS, bundle, load_spec, write_bundles

SPEC = load_spec()
BUNDLES = {server: bundle(SPEC, server) for server in SERVERS}


def _refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        found = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return found + [ref for value in node.values() for ref in _refs(value)]
    if isinstance(node, list):
        return [ref for value in node for ref in _refs(value)]
    return []


@pytest.mark.parametrize("server", SERVERS)
def test_a_bundle_is_a_valid_spec_with_a_single_server(server: str) -> None:
    document = BUNDLES[server]
    validate(document)
    assert document["servers"] == [{"url": SERVERS[server], "description": f"The {server} API"}]
    for item in document["paths"].values():
        assert "servers" not in item
        assert all("servers" not in op for op in item.values() if isinstance(op, dict))


@pytest.mark.parametrize("server", SERVERS)
def test_a_bundle_is_self_contained_and_holds_only_what_its_paths_use(server: str) -> None:
    document = BUNDLES[server]
    refs = _refs(document)
    assert all(ref.startswith("#/components/") for ref in refs)
    for ref in refs:
        node: Any = document
        for token in ref.removeprefix("#/").split("/"):
            node = node[token]  # a KeyError is a dangling reference
    used = {ref.removeprefix("#/components/") for ref in refs}
    listed = {
        f"{section}/{name}"
        for section, entries in document["components"].items()
        if section != "securitySchemes"
        for name in entries
    }
    assert listed == used
    operations = [op for item in document["paths"].values() for op in item.values() if isinstance(op, dict)]
    tags = {tag for op in operations for tag in op.get("tags", [])}
    assert {tag["name"] for tag in document["tags"]} == tags


def test_every_path_is_in_the_bundle_of_its_server_unchanged() -> None:
    inference, infrastructure = BUNDLES["inference"]["paths"], BUNDLES["infrastructure"]["paths"]
    assert not inference.keys() & infrastructure.keys()
    assert inference.keys() | infrastructure.keys() == SPEC["paths"].keys()
    assert "/chat/completions" in inference and "/instances" in infrastructure
    for template, item in {**inference, **infrastructure}.items():
        original = {key: value for key, value in SPEC["paths"][template].items() if key != "servers"}
        assert item == original, template


def test_make_bundle_writes_one_file_per_server(tmp_path: Path) -> None:
    written = write_bundles(tmp_path, SPEC)
    assert sorted(path.name for path in written) == ["inference.yaml", "infrastructure.yaml"]
    assert all(path.read_text(encoding="utf-8").startswith("# Generated from") for path in written)
