"""A small applier for OpenAPI Overlay 1.0 documents.

An overlay is a list of actions; each selects nodes of the document with an RFC 9535 JSONPath
``target`` and either merges ``update`` into them or removes them. Actions apply in order, each to
the result of the previous one.
"""

from __future__ import annotations

import copy
from typing import Any

import jsonpath_rfc9535 as jsonpath


class OverlayError(ValueError):
    """The overlay document is malformed, or an action selects nothing."""


def apply_overlay(document: dict[str, Any], overlay: dict[str, Any]) -> dict[str, Any]:
    """Return a copy of ``document`` with every action of ``overlay`` applied."""
    version = str(overlay.get("overlay", ""))
    if not version.startswith("1."):
        raise OverlayError(f"overlay: expected an OpenAPI Overlay 1.x document, got version {version!r}")
    result = copy.deepcopy(document)
    for index, action in enumerate(overlay.get("actions") or []):
        _apply_action(result, action, index)
    return result


def _apply_action(document: dict[str, Any], action: dict[str, Any], index: int) -> None:
    target = action.get("target")
    if not isinstance(target, str):
        raise OverlayError(f"actions[{index}]: 'target' must be a JSONPath string")
    removing = action.get("remove", False) is True
    if removing == ("update" in action):
        raise OverlayError(f"actions[{index}] ({target}): give exactly one of 'update' or 'remove: true'")
    nodes = jsonpath.find(target, document)
    if not nodes:
        # A target that matches nothing is almost always a stale overlay: fail loudly.
        raise OverlayError(f"actions[{index}]: target {target} selects nothing")
    # Work from the last match backwards so removals do not shift the positions of later matches.
    for node in reversed(list(nodes)):
        if removing:
            _remove(node)
        else:
            _update(node, action["update"], target)


def _remove(node: jsonpath.JSONPathNode) -> None:
    parent = node.parent
    if parent is None:
        raise OverlayError("cannot remove the document root")
    del parent.value[node.location[-1]]


def _update(node: jsonpath.JSONPathNode, update: Any, target: str) -> None:
    value = node.value
    if isinstance(value, dict) and isinstance(update, dict):
        _merge(value, update)
    elif isinstance(value, list):
        value.extend(copy.deepcopy(update) if isinstance(update, list) else [copy.deepcopy(update)])
    else:
        raise OverlayError(f"target {target} selects a {type(value).__name__}, which cannot be updated")


def _merge(into: dict[str, Any], update: dict[str, Any]) -> None:
    """Recursive merge per the Overlay spec: objects merge, everything else is replaced."""
    for key, value in update.items():
        if isinstance(value, dict) and isinstance(into.get(key), dict):
            _merge(into[key], value)
        else:
            into[key] = copy.deepcopy(value)
