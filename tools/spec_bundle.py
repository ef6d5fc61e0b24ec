"""One self-contained OpenAPI document per server, for generators in other languages.

    python -m tools.spec_bundle [--out build/openapi]

``openapi/runcrate.yaml`` binds each path to its server (inference paths carry their own
``servers``, the rest use the document's). Generators read only the document's ``servers`` and drop
per-path ones, so a client generated from the shared spec would send chat completions to the
infrastructure origin. Each bundle holds one server's paths under a single ``servers`` entry, with
the tags and components those paths use and nothing else.
"""

from __future__ import annotations

import argparse
import copy
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "openapi" / "runcrate.yaml"
OUT = ROOT / "build" / "openapi"
SERVERS = {
    "inference": "https://api.runcrate.ai/v1",
    "infrastructure": "https://www.runcrate.ai/api/v1",
}
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def load_spec(path: Path = SPEC) -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return document


def path_server(spec: dict[str, Any], item: dict[str, Any]) -> str:
    """The server a path belongs to: its own ``servers``, else the document's (one URL each)."""
    servers = item.get("servers") or spec["servers"]
    urls = {str(server["url"]) for server in servers}
    for method in HTTP_METHODS:
        operation = item.get(method)
        if isinstance(operation, dict) and "servers" in operation:
            urls |= {str(server["url"]) for server in operation["servers"]}
    if len(urls) != 1:
        raise ValueError(f"a path must belong to exactly one server, got {sorted(urls)}")
    return urls.pop()


def _refs(node: Any) -> Iterator[str]:
    """Every local ``$ref`` in ``node``, as ``(section, name)`` pointers like ``schemas/Job``."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/"):
            yield ref.removeprefix("#/components/")
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _used_components(spec: dict[str, Any], roots: Any) -> dict[str, dict[str, Any]]:
    """The components reachable from ``roots``, by section, in the spec's own order."""
    components = spec.get("components", {})
    seen: set[str] = set()
    pending = list(_refs(roots))
    while pending:
        pointer = pending.pop()
        if pointer in seen:
            continue
        seen.add(pointer)
        section, _, name = pointer.partition("/")
        pending.extend(_refs(components[section][name.split("/")[0]]))
    used: dict[str, dict[str, Any]] = {}
    for section, entries in components.items():
        kept = {
            name: entry
            for name, entry in entries.items()
            if f"{section}/{name}" in seen or section == "securitySchemes"
        }
        if kept:
            used[section] = kept
    return used


def bundle(spec: dict[str, Any], server: str) -> dict[str, Any]:
    """The part of ``spec`` served by ``server`` (one of ``SERVERS``) as a document of its own."""
    url = SERVERS[server]
    paths: dict[str, Any] = {}
    for template, item in spec["paths"].items():
        if path_server(spec, item) != url:
            continue
        kept = copy.deepcopy(item)
        kept.pop("servers", None)
        for method in HTTP_METHODS:
            if isinstance(kept.get(method), dict):
                kept[method].pop("servers", None)
        paths[template] = kept
    used_tags = {
        tag
        for item in paths.values()
        for op in item.values()
        if isinstance(op, dict)
        for tag in op.get("tags", [])
    }
    info = copy.deepcopy(spec["info"])
    info["title"] = f"{info['title']} ({server})"
    document: dict[str, Any] = {
        "openapi": spec["openapi"],
        "info": info,
        "servers": [{"url": url, "description": f"The {server} API"}],
    }
    for key in ("security",):
        if key in spec:
            document[key] = copy.deepcopy(spec[key])
    document["tags"] = [copy.deepcopy(tag) for tag in spec.get("tags", []) if tag["name"] in used_tags]
    document["paths"] = paths
    document["components"] = copy.deepcopy(_used_components(spec, paths))
    return document


def write_bundles(out: Path, spec: dict[str, Any] | None = None) -> list[Path]:
    spec = load_spec() if spec is None else spec
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for server in SERVERS:
        target = out / f"{server}.yaml"
        text = yaml.safe_dump(bundle(spec, server), sort_keys=False, allow_unicode=True, width=100)
        target.write_text(
            f"# Generated from openapi/runcrate.yaml by `make bundle`: do not edit.\n{text}", encoding="utf-8"
        )
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.spec_bundle", description=__doc__)
    parser.add_argument(
        "--out", type=Path, default=OUT, help=f"output folder (default {OUT.relative_to(ROOT)})"
    )
    args = parser.parse_args(argv)
    for path in write_bundles(args.out):
        print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
