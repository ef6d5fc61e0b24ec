"""generator/surface.py: how operations are named, and "exactly one of" derived from the spec whichever
way the spec writes it."""

from __future__ import annotations

import copy
import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from generator.generate import SPEC, load_python_spec
from generator.surface import method_name, render_surface, snake
from tests.test_surface_contract import surface_of


@pytest.mark.parametrize(
    ("operation_id", "resource", "name"),
    [
        ("listInstances", ("instances",), "list"),
        ("getInstanceStatus", ("instances",), "get_status"),
        ("createInstanceSshCertificate", ("instances",), "create_ssh_certificate"),
        ("getInstanceMetrics", ("instances",), "get_metrics"),
        ("listSshKeys", ("ssh_keys",), "list"),
        ("cancelJobGroup", ("job_groups",), "cancel"),
        ("listJobArtifacts", ("jobs", "artifacts"), "list"),
        ("getBalance", ("billing",), "get_balance"),
        ("listStorageRegions", ("storage",), "list_regions"),
    ],
)
def test_a_method_is_named_from_its_operation_id_without_its_resource(
    operation_id: str, resource: tuple[str, ...], name: str
) -> None:
    assert method_name(operation_id, resource) == name


def test_tags_and_ids_become_snake_case() -> None:
    assert [snake(name) for name in ("SSH Keys", "Job Groups", "createInstanceSshCertificate")] == [
        "ssh_keys",
        "job_groups",
        "create_instance_ssh_certificate",
    ]


def _branches_as_whole_schemas(spec: dict[str, Any]) -> dict[str, Any]:
    """The launch body rewritten as a ``oneOf`` of two whole branches, each the shared fields plus the
    one it requires, instead of one object schema whose ``oneOf`` holds the alternatives."""
    changed = copy.deepcopy(spec)
    schemas = changed["components"]["schemas"]
    fields = {
        key: value for key, value in schemas["CreateInstanceRequest"].items() if key not in ("allOf", "oneOf")
    }
    schemas["CreateInstanceFields"] = fields
    schemas["CreateInstanceRequest"] = {
        "oneOf": [
            {
                "title": f"By{field}",
                "allOf": [
                    {"$ref": "#/components/schemas/CreateInstanceFields"},
                    {"type": "object", "required": [field]},
                ],
            }
            for field in ("gpu_type", "instance_type_id")
        ]
    }
    return changed


def _flattened(spec: dict[str, Any]) -> dict[str, Any]:
    """What an overlay for this generator may make of that union: one flat body, no rule left in it."""
    changed = copy.deepcopy(spec)
    body = changed["paths"]["/instances"]["post"]["requestBody"]["content"]["application/json"]
    body["schema"] = {"$ref": "#/components/schemas/CreateInstanceFields"}
    return changed


def _rendered_instances(spec: dict[str, Any], shared: dict[str, Any], directory: Path) -> ModuleType:
    render_surface(surface_of(spec, shared), directory, "# generated for a test")
    location = directory / "instances.py"
    module_spec = importlib.util.spec_from_file_location(f"instances_{directory.name}", location)
    assert module_spec is not None and module_spec.loader is not None
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    "form",
    [
        "oneOf whose branches require one field and make the other Absent",
        "allOf with a oneOf of required lists",
        "oneOf of whole branches",
    ],
)
def test_exactly_one_of_is_derived_from_the_shared_spec_in_any_form(form: str, tmp_path: Path) -> None:
    shared = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    spec = load_python_spec()
    if form == "allOf with a oneOf of required lists":
        shared = copy.deepcopy(spec)  # the shape the Python overlay gives the body
    elif form == "oneOf of whole branches":
        shared = _branches_as_whole_schemas(shared)
        spec = _flattened(_branches_as_whole_schemas(spec))
    instances = _rendered_instances(spec, shared, tmp_path)
    arguments = instances.create_instance_arguments
    assert arguments({"name": "a", "gpu_type": "H100"}) == {"body": {"name": "a", "gpu_type": "H100"}}
    with pytest.raises(
        ValueError, match=r"give exactly one of gpu_type or instance_type_id \(got gpu_type, "
    ):
        arguments({"name": "a", "gpu_type": "H100", "instance_type_id": "t1"})
    with pytest.raises(ValueError, match=r"\(got none of them\)"):
        arguments({"name": "a"})
    with pytest.raises(ValueError, match="name is required"):
        arguments({"gpu_type": "H100"})
    create = instances.Instances.create
    assert create.__code__.co_varnames[:2] == ("self", "name")
    assert (
        create.__defaults__ is None or "name" not in create.__code__.co_varnames[-len(create.__defaults__) :]
    )
