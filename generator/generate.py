"""Generate ``runcrate/_generated`` from the spec: apply the Python overlay, then openapi-python-client.

    python -m generator.generate            # regenerate runcrate/_generated
    python -m generator.generate --check    # fail if runcrate/_generated differs from a fresh run

The generator runs in-process so that per-operation metadata read from the spec (server, retry
safety, streaming, long timeouts...) reaches the templates, which emit it as ``OPERATION``.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError

from generator.overlay import apply_overlay
from generator.public_resources import render_public_resources
from generator.surface import (
    build_surface,
    render_client_resources,
    render_public_types,
    render_surface,
    resolver,
)
from generator.sync_twins import generate_sync_engine, generate_sync_resources

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "runcrate.yaml"
OVERLAY = ROOT / "overlays" / "python.yaml"
CONFIG = ROOT / "generator" / "config.yaml"
TEMPLATES = ROOT / "generator" / "templates"
TARGET = ROOT / "runcrate" / "_generated"
SYNC_RESOURCES = ROOT / "runcrate" / "resources" / "_sync"
SYNC_ENGINE = ROOT / "runcrate" / "_engine" / "_sync.py"
CLIENT_RESOURCES = ROOT / "runcrate" / "_client_resources.py"
PUBLIC_TYPES = ROOT / "runcrate" / "types.py"
PUBLIC_RESOURCES = ROOT / "runcrate" / "resources" / "__init__.py"
ASYNC_RESOURCES = ROOT / "runcrate" / "resources" / "_async"

HEADER = (
    "# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1"
    " (generator/). Do not edit: change the spec or a template and run `make generate`."
)
SYNC_HEADER = (
    "# Generated from runcrate/resources/_async by unasync (generator/sync_twins.py)."
    " Do not edit: change the async resource and run `make generate`."
)
CLIENT_RESOURCES_HEADER = (
    "# Generated from openapi/runcrate.yaml + overlays/python.yaml (generator/surface.py)."
    " Do not edit: change the spec or the overlay and run `make generate`."
)
PUBLIC_RESOURCES_HEADER = (
    "# Generated from the resource modules (generator/public_resources.py). Do not edit: run `make generate`."
)
SYNC_ENGINE_HEADER = (
    "# Generated from runcrate/_engine/_async.py by unasync (generator/sync_twins.py)."
    " Do not edit: change the async engine and run `make generate`."
)
# The spec's two server URLs, by the name the overlay's configuration uses for each.
SERVER_NAMES = {
    "https://api.runcrate.ai/v1": "inference",
    "https://www.runcrate.ai/api/v1": "infrastructure",
}
# Wire names the generator suffixes with "_" because they are builtins; as attributes they shadow
# nothing the generated classes use, and the official SDK spells them plainly (`key.type`).
PLAIN_ATTRIBUTES = frozenset({"type", "object", "bytes", "input", "format"})
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SAFE_METHODS = {"get", "head", "options", "put", "patch", "delete"}


def load_python_spec() -> dict[str, Any]:
    """The shared spec with the Python overlay applied."""
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    overlay = yaml.safe_load(OVERLAY.read_text(encoding="utf-8"))
    return apply_overlay(spec, overlay)


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow local ``$ref``s (``#/components/...``) until a concrete node."""
    return resolver(spec)(node)


def iter_operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    for path, path_item in spec["paths"].items():
        for method in HTTP_METHODS:
            if method in path_item:
                yield path, method, path_item, path_item[method]


def operation_metadata(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """What each endpoint module's ``OPERATION`` says, keyed by ``"<method> <path>"``."""
    metadata = {}
    for path, method, path_item, operation in iter_operations(spec):
        servers = operation.get("servers") or path_item.get("servers") or spec["servers"]
        server_url = servers[0]["url"]
        statuses = sorted(int(code) for code in operation["responses"] if code.isdigit())
        success = [code for code in statuses if 200 <= code < 300] or [c for c in statuses if 300 <= c < 400]
        success_status = success[0]
        success_response = resolve(spec, operation["responses"][str(success_status)])
        success_types = set((success_response.get("content") or {}).keys())
        parameters = [
            resolve(spec, p) for p in path_item.get("parameters", []) + operation.get("parameters", [])
        ]
        body_types = set((resolve(spec, operation.get("requestBody", {})).get("content") or {}).keys())
        min_timeout = operation.get("x-min-client-timeout")
        metadata[f"{method} {path}"] = {
            "id": operation["operationId"],
            "server": SERVER_NAMES[server_url],
            "server_url": server_url,
            "idempotent": method in SAFE_METHODS or operation.get("x-idempotent") is True,
            "takes_idempotency_key": any(
                p["in"] == "header" and p["name"].lower() == "idempotency-key" for p in parameters
            ),
            "streaming": "text/event-stream" in success_types,
            "binary": bool(success_types) and all(_is_binary(t) for t in success_types),
            "multipart": "multipart/form-data" in body_types,
            "redirect": 300 <= success_status < 400,
            "success_status": success_status,
            "min_timeout": float(min_timeout) if min_timeout is not None else None,
        }
    return metadata


def _is_binary(content_type: str) -> bool:
    return (
        content_type.split("/", maxsplit=1)[0] in {"audio", "video", "image"}
        or content_type == "application/octet-stream"
    )


def _attribute_name(python_name: str) -> str:
    """The model attribute for a field: the generator's name, without the "_" of PLAIN_ATTRIBUTES."""
    plain = python_name.removesuffix("_")
    return plain if plain in PLAIN_ATTRIBUTES else python_name


def _attribute_type(prop: Any) -> str:
    """A model attribute's type: the spec's type, ``| None`` when the payload may leave it out.

    openapi-python-client types an optional field ``X | Unset``; models here read an absent field as
    ``None`` instead, so no generator sentinel reaches users.
    """
    text = str(prop.get_type_string(no_optional=True).as_unembedded_code())
    if prop.required or "None" in text.split(" | "):
        return text
    return f"{text} | None"


def _in_spec_order(model: Any) -> list[Any]:
    """A model's properties in the spec's order (the generator lists the required ones first), so that
    dumps, mapping keys and reprs read like the API's own objects."""
    declared = [str(name) for name in (model.data.properties or {})]
    position = {name: index for index, name in enumerate(declared)}
    properties = model.required_properties + model.optional_properties
    return sorted(properties, key=lambda prop: position.get(str(prop.name), len(declared)))


def path_parameter_extensions(spec: dict[str, Any], extension: str) -> dict[str, Any]:
    """``"<operationId>.<name>" -> value`` of an overlay extension on path parameters.

    ``x-python-keep-slashes`` marks a parameter whose slashes separate segments; ``x-python-name``
    is the parameter's name in the public Python methods, used in error messages.
    """
    found = {}
    for _, _, path_item, operation in iter_operations(spec):
        for node in path_item.get("parameters", []) + operation.get("parameters", []):
            parameter = resolve(spec, node)
            if parameter.get("in") == "path" and extension in parameter:
                found[f"{operation['operationId']}.{parameter['name']}"] = parameter[extension]
    return found


def property_aliases(spec: dict[str, Any]) -> dict[str, str]:
    """``"<Schema>.<wire name>" -> other wire name`` for fields the API sends in two casings."""
    aliases = {}
    for name, schema in spec["components"]["schemas"].items():
        for prop_name, prop in (schema.get("properties") or {}).items():
            if isinstance(prop, dict) and "x-python-alias" in prop:
                aliases[f"{name}.{prop_name}"] = str(prop["x-python-alias"])
    return aliases


def request_schemas(spec: dict[str, Any]) -> dict[str, Any]:
    """A JSON Schema document of every component schema that a request body uses, directly or not."""
    schemas = spec["components"]["schemas"]
    names: set[str] = set()

    def visit(node: Any) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
                name = ref.rsplit("/", 1)[1]
                if name not in names:
                    names.add(name)
                    visit(schemas[name])
            for value in node.values():
                visit(value)
        elif isinstance(node, list):
            for value in node:
                visit(value)

    for _, _, _, operation in iter_operations(spec):
        body = resolve(spec, operation.get("requestBody", {}))
        for content in (body.get("content") or {}).values():
            visit(content["schema"])
    text = json.dumps({"$defs": {name: schemas[name] for name in sorted(names)}})
    return dict(json.loads(text.replace('"#/components/schemas/', '"#/$defs/')))


def generate_params(output: Path, spec: dict[str, Any]) -> None:
    """Write ``params.py``: TypedDicts of the request bodies, for ``**params: Unpack[...]`` signatures."""
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "request-schemas.json"
        source.write_text(json.dumps(request_schemas(spec), indent=1), encoding="utf-8")
        command = [
            str(Path(sys.executable).with_name("datamodel-codegen")),
            *("--input", str(source), "--input-file-type", "jsonschema", "--output", str(output)),
            *("--output-model-type", "typing.TypedDict", "--target-python-version", "3.11"),
            *("--formatters", "builtin", "--disable-timestamp", "--use-schema-description"),
            "--use-field-description",
        ]
        subprocess.run(command, check=True, capture_output=True)
    body = output.read_text(encoding="utf-8").split("\n", 2)[2]  # drop the tool's own two-line banner
    docstring = '"""TypedDicts of the request bodies, generated by datamodel-code-generator."""'
    output.write_text(f"{HEADER}\n{docstring}\n{body}", encoding="utf-8")
    names = sorted(_type_names(output) - {"Model"})  # Model: the tool's name for the document's root
    with output.open("a", encoding="utf-8") as file:
        file.write(f"\n__all__ = {names!r}\n")


def generator_config(output: Path) -> Config:
    """openapi-python-client's configuration (``generator/config.yaml``), writing into ``output``."""
    return Config.from_sources(
        ConfigFile.load_from_path(CONFIG),
        MetaType.NONE,
        document_source=SPEC,
        file_encoding="utf-8",
        overwrite=True,
        output_path=output,
    )


def generate(
    output: Path,
    *,
    spec: dict[str, Any] | None = None,
    templates: Path | None = TEMPLATES,
    client_resources_file: Path | None = None,
    public_types_file: Path | None = None,
) -> None:
    """Write the generated package into ``output`` (replacing it).

    ``spec`` defaults to the project's spec with the Python overlay applied; ``templates=None``
    renders with openapi-python-client's stock templates (the template regression tests use both).
    With our templates the package also gets ``params.py`` (request TypedDicts) and ``resources/``
    (the plain methods of every resource); ``client_resources_file`` receives the clients' resource
    attributes and ``public_types_file`` the public types module (``runcrate/types.py``).
    """
    spec = spec if spec is not None else load_python_spec()
    config = generator_config(output)
    openapi = GeneratorData.from_dict(spec, config=config)
    if isinstance(openapi, GeneratorError):
        sys.exit(f"generator: {openapi.header}: {openapi.detail}")
    project = Project(openapi=openapi, config=config, custom_template_path=templates)
    metadata = operation_metadata(spec)
    aliases = property_aliases(spec)
    segmented = path_parameter_extensions(spec, "x-python-keep-slashes")
    public_names = path_parameter_extensions(spec, "x-python-name")
    project.env.globals.update(
        generated_header=HEADER,
        operation_meta=lambda endpoint: metadata[f"{endpoint.method} {endpoint.path.get_untrusted_value()}"],
        keeps_slashes=lambda operation_id, parameter: bool(
            segmented.get(f"{operation_id}.{parameter.name.get_untrusted_value()}")
        ),
        public_name=lambda operation_id, parameter: public_names.get(
            f"{operation_id}.{parameter.name.get_untrusted_value()}", parameter.python_name
        ),
        attribute_name=_attribute_name,
        attribute_type=_attribute_type,
        in_spec_order=_in_spec_order,
        property_alias=lambda model, prop: aliases.get(f"{model}.{prop.name.get_untrusted_value()}"),
    )
    problems = project.build()
    if problems:
        for problem in problems:
            print(f"generator: {problem.header}: {problem.detail}", file=sys.stderr)
        sys.exit("generator: the spec did not generate cleanly (see above)")
    if templates is not None:
        generate_params(output / "params.py", spec)
        shared = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
        surface = build_surface(spec, openapi, metadata, _type_names(output / "params.py"), shared)
        render_surface(surface, output / "resources", HEADER)
        if client_resources_file is not None:
            render_client_resources(surface, client_resources_file, CLIENT_RESOURCES_HEADER)
            _format(client_resources_file)
        if public_types_file is not None:
            type_names = _type_names(output / "params.py") - {"Model"}
            render_public_types(type_names, public_types_file, CLIENT_RESOURCES_HEADER)
            _format(public_types_file)
    _format(output)


def _type_names(params: Path) -> set[str]:
    """The TypedDicts and type aliases ``params.py`` defines (public as ``runcrate.types``)."""
    text = params.read_text(encoding="utf-8")
    return set(re.findall(r"^class (\w+)\(", text, re.M)) | set(re.findall(r"^(\w+): TypeAlias", text, re.M))


def _format(output: Path) -> None:
    ruff = [sys.executable, "-m", "ruff"]
    settings = ["--config", str(ROOT / "pyproject.toml"), "--quiet"]
    subprocess.run([*ruff, "check", "--fix-only", "--exit-zero", *settings, str(output)], check=True)
    subprocess.run([*ruff, "format", *settings, str(output)], check=True)


def _python_files(root: Path) -> set[Path]:
    """The ``.py`` files under ``root`` relative to it (a single file is itself, as ``.``)."""
    if root.is_file():
        return {Path()}
    return {p.relative_to(root) for p in root.rglob("*.py")} if root.exists() else set()


def _differences(expected: Path, actual: Path) -> list[str]:
    expected_files, actual_files = _python_files(expected), _python_files(actual)
    lines = [f"missing: {p}" for p in sorted(expected_files - actual_files)]
    lines += [f"not generated (remove it): {p}" for p in sorted(actual_files - expected_files)]
    for relative in sorted(expected_files & actual_files):
        want = (expected / relative).read_text(encoding="utf-8").splitlines(keepends=True)
        have = (actual / relative).read_text(encoding="utf-8").splitlines(keepends=True)
        if want != have:
            lines.extend(difflib.unified_diff(have, want, f"committed/{relative}", f"generated/{relative}"))
    return lines


def generate_sync(output: Path) -> None:
    """Write the sync resources (unasync of the hand-written async ones) into ``output``."""
    generate_sync_resources(output, SYNC_HEADER)
    _format(output)


def generate_engine(output: Path) -> None:
    """Write the sync engine (unasync of the hand-written async one) into the file ``output``."""
    generate_sync_engine(output, SYNC_ENGINE_HEADER)
    _format(output)


def generate_public_resources(output: Path, generated: Path, sync_resources: Path) -> None:
    """Write ``runcrate.resources`` into the file ``output``, from the generated resource modules in
    ``generated`` and the sync twins in ``sync_resources`` (both fresh from this run)."""
    hand_written = {
        "runcrate.resources._sync": sync_resources,
        "runcrate.resources._async": ASYNC_RESOURCES,
    }
    render_public_resources(output, PUBLIC_RESOURCES_HEADER, generated, hand_written)
    _format(output)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        attached, public_types = Path(tmp) / CLIENT_RESOURCES.name, Path(tmp) / PUBLIC_TYPES.name
        outputs = (
            (
                TARGET,
                lambda fresh: generate(fresh, client_resources_file=attached, public_types_file=public_types),
            ),
            (CLIENT_RESOURCES, lambda fresh: None),  # written with the generated package
            (PUBLIC_TYPES, lambda fresh: None),  # written with the generated package
            (SYNC_RESOURCES, generate_sync),
            (SYNC_ENGINE, generate_engine),
            (
                PUBLIC_RESOURCES,  # read from the fresh resource modules above
                lambda fresh: generate_public_resources(
                    fresh, Path(tmp) / TARGET.name / "resources", Path(tmp) / SYNC_RESOURCES.name
                ),
            ),
        )
        differences = []
        for target, produce in outputs:
            fresh = Path(tmp) / target.name
            produce(fresh)
            if args.check:
                found = _differences(fresh, target)
                differences += [f"== {target.relative_to(ROOT)}", *found] if found else []
            else:
                if fresh.is_file():
                    shutil.copyfile(fresh, target)
                else:
                    shutil.rmtree(target, ignore_errors=True)
                    shutil.copytree(
                        fresh, target, ignore=shutil.ignore_patterns("__pycache__", ".ruff_cache")
                    )
                print(f"generated {target.relative_to(ROOT)}")
    if args.check:
        if differences:
            sys.stdout.writelines(line if line.endswith("\n") else line + "\n" for line in differences)
            sys.exit("generated code is out of date or was edited by hand: run `make generate`")
        print("generated code matches the spec and the async resources")


if __name__ == "__main__":
    main()
