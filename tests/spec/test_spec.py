"""The shared spec: every operation of the API, well-formed, with examples that match their schemas."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi" / "runcrate.yaml"
OPERATIONS_TABLE = ROOT / "openapi" / "operations.tsv"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
SERVERS = {"inference": "https://api.runcrate.ai/v1", "infrastructure": "https://www.runcrate.ai/api/v1"}
SPEC_URI = "urn:runcrate-spec"


@cache
def spec() -> dict[str, Any]:
    return yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))


def operations() -> Iterator[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    for path, item in spec()["paths"].items():
        for method in METHODS:
            if method in item:
                yield path, method, item, item[method]


def _pointer(*parts: str) -> str:
    return "/".join(part.replace("~", "~0").replace("/", "~1") for part in parts)


@cache
def _registry() -> Registry:
    return Registry().with_resource(
        SPEC_URI, Resource.from_contents(spec(), default_specification=DRAFT202012)
    )


def validator_at(*parts: str) -> Draft202012Validator:
    """A validator for the schema at this location of the spec, resolving its ``$ref``s in the spec."""
    return Draft202012Validator({"$ref": f"{SPEC_URI}#/{_pointer(*parts)}"}, registry=_registry())


def _resolve(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec()
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _table() -> list[list[str]]:
    lines = OPERATIONS_TABLE.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


def test_the_spec_is_valid_openapi_3_1() -> None:
    assert spec()["openapi"] == "3.1.0"
    validate(spec())


def test_the_operation_table_holds_the_58_operations_of_the_api() -> None:
    table = _table()
    assert len(table) == 58
    assert len({row[0] for row in table}) == 58


@pytest.mark.parametrize("row", _table(), ids=lambda row: row[0])
def test_every_operation_of_the_table_is_in_the_spec(row: list[str]) -> None:
    operation_id, server, method, path, success = row
    assert path in spec()["paths"], f"{operation_id}: no path {path}"
    item = spec()["paths"][path]
    operation = item.get(method.lower())
    assert operation is not None, f"{operation_id}: no {method} {path}"
    assert operation["operationId"] == operation_id
    servers = operation.get("servers") or item.get("servers") or spec()["servers"]
    assert [s["url"] for s in servers] == [SERVERS[server]]
    statuses = sorted(int(code) for code in operation["responses"] if code.isdigit())
    assert next(code for code in statuses if 200 <= code < 400) == int(success)


def test_the_spec_has_no_operation_outside_the_table() -> None:
    assert sorted(op["operationId"] for *_, op in operations()) == sorted(row[0] for row in _table())


@pytest.mark.parametrize(("path", "method"), [(p, m) for p, m, *_ in operations()])
def test_each_operation_is_documented_and_classified(path: str, method: str) -> None:
    item = spec()["paths"][path]
    operation = item[method]
    assert re.fullmatch(r"[a-z][A-Za-z0-9]+", operation["operationId"])
    assert len(operation["tags"]) == 1
    assert operation["tags"][0] in {tag["name"] for tag in spec()["tags"]}
    assert operation["summary"].strip()
    assert operation["description"].strip()
    responses = operation["responses"]
    assert {"400", "401", "429", "500"} <= set(responses), "every operation documents the common errors"
    is_inference = (item.get("servers") or [{}])[0].get("url") == SERVERS["inference"]
    parameters = [_resolve(p) for p in operation.get("parameters", [])]
    takes_environment = any(p["in"] == "query" and p["name"] == "environment" for p in parameters)
    assert takes_environment is not is_inference, "environment goes on infrastructure calls only"
    envelope = "InferenceErrorEnvelope" if is_inference else "ErrorEnvelope"
    for code, response in responses.items():
        if code.startswith(("4", "5")):
            schema = _resolve(response)["content"]["application/json"]["schema"]
            assert schema == {"$ref": f"#/components/schemas/{envelope}"}, f"{code} uses the {envelope}"


def test_the_spec_is_language_neutral() -> None:
    text = SPEC_PATH.read_text(encoding="utf-8")
    assert "x-python" not in text
    assert "nullable:" not in text, "OpenAPI 3.1 spells nullability as a type union"


def _examples() -> Iterator[tuple[str, tuple[str, ...], Any, str]]:
    """(where, location of the schema, example, media type) for every body and parameter example."""
    for path, method, _, operation in operations():
        where = f"{method.upper()} {path}"
        body = operation.get("requestBody")
        if body:
            body = _resolve(body)
            for media, content in body["content"].items():
                yield (
                    f"{where} request {media}",
                    ("paths", path, method, "requestBody", "content", media, "schema"),
                    content.get("example"),
                    media,
                )
        for code, response in operation["responses"].items():
            resolved = _resolve(response)
            base = ("paths", path, method, "responses", code)
            if "$ref" in response:
                base = ("components", "responses", response["$ref"].rsplit("/", 1)[1])
            for media, content in (resolved.get("content") or {}).items():
                if "example" in content or code.startswith(("2", "3")):
                    yield (
                        f"{where} {code} {media}",
                        (*base, "content", media, "schema"),
                        content.get("example"),
                        media,
                    )


@pytest.mark.parametrize(
    ("where", "location", "example", "media"),
    list(_examples()),
    ids=lambda v: v if isinstance(v, str) and " " in v else "",
)
def test_every_body_has_an_example_that_matches_its_schema(
    where: str, location: tuple[str, ...], example: Any, media: str
) -> None:
    assert example is not None, f"{where}: no example"
    validator = validator_at(*location)
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(example)]
    assert errors == [], f"{where}: example does not match its schema"
    if media == "text/event-stream" and isinstance(example.get("data"), str) and example["data"] != "[DONE]":
        chunk = validator_at("components", "schemas", "ChatCompletionChunk")
        assert list(chunk.iter_errors(json.loads(example["data"]))) == []
