"""The OpenAPI Overlay 1.0 applier used on overlays/python.yaml."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from generator.generate import OVERLAY, SPEC, load_python_spec
from generator.overlay import OverlayError, apply_overlay


def _spec() -> dict[str, Any]:
    return {
        "paths": {"/a": {"get": {"operationId": "getA", "tags": ["A"]}}},
        "components": {
            "schemas": {"S": {"properties": {"x": {"type": "string"}, "x_y": {"type": "string"}}}}
        },
    }


def _overlay(*actions: dict[str, Any]) -> dict[str, Any]:
    return {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": list(actions)}


def test_update_merges_objects_recursively_and_leaves_the_input_alone() -> None:
    spec = _spec()
    result = apply_overlay(
        spec, _overlay({"target": "$.components.schemas.S.properties.x", "update": {"x-a": 1}})
    )
    assert result["components"]["schemas"]["S"]["properties"]["x"] == {"type": "string", "x-a": 1}
    assert "x-a" not in spec["components"]["schemas"]["S"]["properties"]["x"]


def test_update_appends_to_arrays() -> None:
    result = apply_overlay(_spec(), _overlay({"target": "$.paths['/a'].get.tags", "update": "B"}))
    assert result["paths"]["/a"]["get"]["tags"] == ["A", "B"]


def test_remove_deletes_every_selected_node() -> None:
    result = apply_overlay(
        _spec(), _overlay({"target": "$.components.schemas.S.properties.*", "remove": True})
    )
    assert result["components"]["schemas"]["S"]["properties"] == {}


def test_filter_expressions_select_by_value() -> None:
    target = "$.paths.*[?@.operationId == 'getA']"
    result = apply_overlay(_spec(), _overlay({"target": target, "update": {"x-b": True}}))
    assert result["paths"]["/a"]["get"]["x-b"] is True


@pytest.mark.parametrize(
    ("overlay", "message"),
    [
        ({"overlay": "2.0.0", "actions": []}, "Overlay 1.x"),
        (_overlay({"target": "$.nothing", "update": {}}), "selects nothing"),
        (_overlay({"target": "$.paths", "update": {}, "remove": True}), "exactly one"),
        (_overlay({"target": "$.paths", "update": {}}) | {"actions": [{"update": {}}]}, "JSONPath"),
        (_overlay({"target": "$.paths['/a'].get.operationId", "update": {"a": 1}}), "cannot be updated"),
    ],
)
def test_malformed_overlays_are_rejected_with_a_reason(overlay: dict[str, Any], message: str) -> None:
    with pytest.raises(OverlayError, match=message):
        apply_overlay(_spec(), overlay)


def test_the_project_overlay_applies_to_the_project_spec() -> None:
    spec = yaml.safe_load(SPEC.read_text())
    overlay = yaml.safe_load(OVERLAY.read_text())
    assert load_python_spec() == apply_overlay(spec, overlay)
