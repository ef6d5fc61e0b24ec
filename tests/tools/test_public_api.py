"""The public-API snapshot, and griffe's breaking-change check between two snapshots."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from tools import api_gate, public_api
from tools.public_api import Breakage

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def snapshot() -> dict[str, Any]:
    return api_gate.snapshot(ROOT)


def parameters(entry: dict[str, Any]) -> dict[str, tuple[str, str | None]]:
    return {name: (kind, default) for name, kind, _annotation, default in entry["parameters"]}


def test_the_snapshot_holds_what_users_reach(snapshot: dict[str, Any]) -> None:
    objects = snapshot["objects"]
    for path in (
        "runcrate.Runcrate.__init__",
        "runcrate.AsyncRuncrate.with_options",
        "runcrate.NotFoundError",
        "runcrate.models.Instance",
        "runcrate.testing.FakeRuncrate",
        "client.jobs.artifacts.download",
        "client.chat.completions.create",
        "client.models.chat_completion",  # an alias of the OpenAI-style method
    ):
        assert path in objects, path
    assert objects["client.models.chat_completion"]["kind"] == "function"
    assert not [path for path in objects if "._" in path.replace(".__", ".")], "private names leaked"
    assert "client.instances.__init__" not in objects  # resources are built by their client


def test_unpacked_typed_dict_keys_are_keyword_parameters(snapshot: dict[str, Any]) -> None:
    run = parameters(snapshot["objects"]["client.jobs.run"])
    assert run["command"] == ("keyword-only", None)  # required key
    assert run["name"] == ("keyword-only", "...")  # optional key
    assert run["timeout"] == ("keyword-only", "...")  # from the options TypedDict it also unpacks
    assert "spec" not in run and "options" not in run  # the **kwargs itself is gone


def test_the_snapshot_round_trips_through_its_file_format(snapshot: dict[str, Any]) -> None:
    text = public_api.dumps(snapshot)
    assert json.loads(text) == snapshot
    assert text.count("\n") == len(snapshot["objects"]) + 4  # one object per line


def test_a_snapshot_has_no_breakage_against_itself(snapshot: dict[str, Any]) -> None:
    assert public_api.breakages(snapshot["objects"], snapshot["objects"]) == []


def _changed(snapshot: dict[str, Any], path: str, edit: Any) -> list[Breakage]:
    old = snapshot["objects"]
    new = copy.deepcopy(old)
    edit(new, new.get(path))
    return public_api.breakages(old, new)


def _rename(entry: dict[str, Any], name: str, new_name: str) -> None:
    for parameter in entry["parameters"]:
        if parameter[0] == name:
            parameter[0] = new_name


def _set(entry: dict[str, Any], name: str, index: int, value: str | None) -> None:
    for parameter in entry["parameters"]:
        if parameter[0] == name:
            parameter[index] = value


@pytest.mark.parametrize(
    ("path", "edit", "expected"),
    [
        (
            "client.instances.get_status",
            lambda objects, _entry: objects.pop("client.instances.get_status"),
            "Public object was removed",
        ),
        (
            "client.instances.create",
            lambda _objects, entry: _rename(entry, "region", "zone"),
            "Parameter was removed: `region`",
        ),
        (
            "client.jobs.run",
            lambda _objects, entry: _set(entry, "name", 3, None),
            "Parameter is now required: `name`",
        ),
        (
            "runcrate.Runcrate.__init__",
            lambda _objects, entry: _set(entry, "api_key", 1, "keyword-only"),
            "Parameter kind was changed: `api_key` (positional or keyword -> keyword-only)",
        ),
        (
            "runcrate.models.Instance.ip",
            lambda objects, _entry: objects.pop("runcrate.models.Instance.ip"),
            "Public object was removed",
        ),
        (
            "client.instances.wait_until_running",
            lambda objects, _entry: objects["client.instances.wait_until_running"].update(
                kind="attribute", annotation=None
            ),
            "Public object points to a different kind of object (function -> attribute)",
        ),
    ],
)
def test_breaking_changes_are_found(snapshot: dict[str, Any], path: str, edit: Any, expected: str) -> None:
    assert _changed(snapshot, path, edit) == [Breakage(path, expected)]


def test_changed_defaults_and_removed_bases_are_found(snapshot: dict[str, Any]) -> None:
    init = parameters(snapshot["objects"]["runcrate.Runcrate.__init__"])
    assert _changed(
        snapshot, "", lambda objects, _: _set(objects["runcrate.Runcrate.__init__"], "max_retries", 3, "5")
    ) == [
        Breakage(
            "runcrate.Runcrate.__init__",
            f"Parameter default was changed: `max_retries` (default {init['max_retries'][1]} -> 5)",
        )
    ]
    bases = ", ".join(snapshot["objects"]["runcrate.NotFoundError"]["bases"])
    assert _changed(snapshot, "", lambda objects, _: objects["runcrate.NotFoundError"].update(bases=[])) == [
        Breakage("runcrate.NotFoundError", f"Base class was removed ({bases} -> none)")
    ]


def test_new_names_and_optional_parameters_break_nothing(snapshot: dict[str, Any]) -> None:
    def add(objects: dict[str, Any], entry: dict[str, Any]) -> None:
        entry["parameters"].append(["brand_new", "keyword-only", "int | None", "None"])
        objects["client.instances.brand_new"] = {
            "kind": "function",
            "parameters": [],
            "returns": None,
            "labels": [],
        }

    old = snapshot["objects"]
    new = copy.deepcopy(old)
    add(new, new["client.instances.create"])
    assert public_api.breakages(old, new) == []
    assert public_api.additions(old, new) == ["client.instances.brand_new"]


def test_the_stored_last_release_is_a_snapshot_of_that_version() -> None:
    stored = json.loads((ROOT / api_gate.BASELINE_PYTHON).read_text(encoding="utf-8"))
    assert public_api.dumps(stored) == (ROOT / api_gate.BASELINE_PYTHON).read_text(encoding="utf-8")
    assert {"client.instances.create", "runcrate.Runcrate.__init__"} <= stored["objects"].keys()
