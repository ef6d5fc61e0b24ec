"""The OpenAPI document compiled into per-operation rules, with validators built once.

Schemas keep their ``$ref: '#/components/...'`` references: the whole document is registered as
one resource in a ``referencing`` registry and every validator starts from a ``$ref`` into it,
so references resolve exactly as in the document. ``contentSchema`` with ``contentMediaType:
application/json`` is enforced (the SSE per-event schemas depend on it), and ``date-time``,
``date`` and ``uri`` formats are checked without optional dependencies.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import yaml
from jsonschema import Draft202012Validator, FormatChecker, ValidationError, validators
from referencing import Registry
from referencing.jsonschema import DRAFT202012

SPEC_URI = "urn:runcrate:openapi"
DEFAULT_SERVER_PREFIX = "/api/v1"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
_RFC3339 = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)\Z", re.IGNORECASE)


def _content_schema(
    validator: Any, content_schema: Any, instance: Any, schema: dict[str, Any]
) -> Iterator[ValidationError]:
    """Validate a JSON-encoded string against ``contentSchema`` (an annotation in 2020-12)."""
    if schema.get("contentMediaType") != "application/json" or not isinstance(instance, str):
        return
    try:
        decoded = json.loads(instance)
    except ValueError:
        yield ValidationError(f"{instance[:80]!r} is not valid JSON (contentMediaType application/json)")
        return
    yield from validator.descend(decoded, content_schema)


@functools.lru_cache(maxsize=256)
def _ecma_regex(pattern: str) -> re.Pattern[str]:
    """JSON Schema patterns are ECMA-262, where ``$`` is the end of the input; Python's ``$`` also
    matches before a final newline, so a trailing ``$`` becomes ``\\Z``."""
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        pattern = pattern[:-1] + r"\Z"
    return re.compile(pattern)


def _pattern(
    validator: Any, pattern: str, instance: Any, schema: dict[str, Any]
) -> Iterator[ValidationError]:
    if isinstance(instance, str) and not _ecma_regex(pattern).search(instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


SpecValidatorClass: Any = validators.extend(  # pyright: ignore[reportUnknownMemberType, reportUnknownVariableType]
    Draft202012Validator, {"contentSchema": _content_schema, "pattern": _pattern}
)

FORMATS = FormatChecker(formats=())


def _is_datetime(value: object) -> bool:
    if not isinstance(value, str):
        return True  # formats constrain strings only
    if not _RFC3339.match(value):
        return False
    try:
        datetime.fromisoformat(value.replace("z", "Z"))
    except ValueError:
        return False
    return True


def _is_date(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if len(value) != 10:
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _is_uri(value: object) -> bool:
    return not isinstance(value, str) or bool(urlsplit(value).scheme)


FORMATS.checks("date-time")(_is_datetime)
FORMATS.checks("date")(_is_date)
FORMATS.checks("uri")(_is_uri)


class LazyValidator:
    """A jsonschema validator built on first use: a test run exercises a fraction of the spec's
    1,200 schemas, and building them all up front took a third of the spec's compile time."""

    def __init__(self, build: Callable[[], Any], locate: Callable[[Iterable[Any]], dict[str, Any]]) -> None:
        self._build = build
        self._validator: Any = None
        self.schema_at = locate
        """The schema an error's ``absolute_schema_path`` leads to, its ``$ref`` followed."""

    def iter_errors(self, instance: Any) -> Iterator[ValidationError]:
        if self._validator is None:
            self._validator = self._build()
        errors: Iterator[ValidationError] = self._validator.iter_errors(instance)
        return errors


def _get(node: Any, key: str) -> Any:
    """``node[key]`` of a YAML mapping without copying it (None for anything else)."""
    return node.get(key) if isinstance(node, dict) else None  # pyright: ignore[reportUnknownMemberType, reportUnknownVariableType]


def _mapping(value: Any) -> dict[str, Any]:
    """A YAML mapping with string keys (empty when absent)."""
    if not isinstance(value, dict):
        return {}
    return {str(key): item for key, item in value.items()}  # pyright: ignore[reportUnknownVariableType, reportUnknownArgumentType]


def _sequence(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list) else []  # pyright: ignore[reportUnknownArgumentType]


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def media_type(content_type: str | None) -> str | None:
    """``application/json; charset=utf-8`` → ``application/json``."""
    if not content_type:
        return None
    return content_type.split(";", 1)[0].strip().lower()


@dataclass
class Param:
    """One path, query or header parameter with its validator."""

    name: str
    location: str
    required: bool
    schema: dict[str, Any]
    validator: Any
    explode: bool = True


@dataclass
class Body:
    """Documented content of a request or response, keyed by media type."""

    contents: dict[str, Any]  # media type -> validator (None: no schema)
    schemas: dict[str, dict[str, Any]]
    headers: list[Param] = field(default_factory=list[Param])  # a response's documented headers

    def lookup(self, media: str | None) -> tuple[str, Any] | None:
        if media is None:
            return None
        for documented, validator in self.contents.items():
            if documented in (media, "*/*"):
                return documented, validator
            if documented.endswith("/*") and media.startswith(documented[:-1]):
                return documented, validator
        return None


@dataclass
class Operation:
    method: str
    template: str
    operation_id: str
    regex: re.Pattern[str]
    tail_regex: re.Pattern[str]
    path_names: list[str]
    params: list[Param]
    body_required: bool
    body: Body | None
    responses: dict[str, Body]

    @property
    def specificity(self) -> tuple[int, int]:
        """Literal paths before templated ones (``/instances/types`` before ``/instances/{id}``)."""
        return (self.template.count("{"), -len(re.sub(r"\{[^}]+\}", "", self.template)))

    def response(self, status: int) -> Body | None:
        for key in (str(status), f"{status // 100}XX", "default"):
            if key in self.responses:
                return self.responses[key]
        return None


class Spec:
    """The operations of one OpenAPI document, ready to match requests against."""

    def __init__(self, path: Path) -> None:
        self.path = path
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader is ~10x faster
        self.document: dict[str, Any] = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
        resource = DRAFT202012.create_resource(self.document)
        registry: Any = Registry()  # pyright: ignore[reportUnknownArgumentType, reportUnknownVariableType]
        self._registry: Any = registry.with_resource(SPEC_URI, resource)
        self.operations: list[Operation] = []
        top_prefix = self._server_prefix(self.document.get("servers"), DEFAULT_SERVER_PREFIX)
        for template, item in _mapping(self.document.get("paths")).items():
            self._compile_path(template, _mapping(item), top_prefix)
        self.operations.sort(key=lambda op: op.specificity)
        self._by_literal_length = sorted(self.operations, key=lambda op: op.specificity[1])

    def find(self, method: str, raw_path: str) -> tuple[Operation, dict[str, str]] | None:
        """The operation for a wire path (still percent-encoded) and its raw path parameters.

        Only the most specific matching template counts, as OpenAPI prescribes: None when it is
        documented for other methods only (the router answers 405), so ``DELETE /instances/types``
        is not ``terminateInstance``. A trailing parameter may span several segments (an artifact
        ``{path}``, whose segments are encoded one by one) when no template matches segment by
        segment: ``DELETE /jobs/x/artifacts/a/b`` is an undocumented method on an artifact, not
        ``deleteJob``.
        """
        candidates = [(op, m) for op in self.operations if (m := op.regex.match(raw_path))]
        if not candidates:
            candidates = [(op, m) for op in self._by_literal_length if (m := op.tail_regex.match(raw_path))]
        for op, match in candidates:
            if op.template != candidates[0][0].template:
                break
            if op.method == method:
                return op, dict(zip(op.path_names, match.groups(), strict=True))
        return None

    def resolve(self, node: Any) -> dict[str, Any]:
        """A schema with its local ``$ref`` chain followed."""
        return _mapping(self._deref(node, "")[0])

    # ----- compilation -----
    def _validator(self, pointer: str) -> LazyValidator:
        schema = {"$ref": f"{SPEC_URI}#{quote(pointer, safe='/~')}"}
        return LazyValidator(
            lambda: SpecValidatorClass(schema, registry=self._registry, format_checker=FORMATS),
            functools.partial(self._schema_at, pointer),
        )

    def _schema_at(self, pointer: str, path: Iterable[Any]) -> dict[str, Any]:
        """The schema a validation error's schema path leads to from ``pointer``. jsonschema leaves
        the ``$ref`` steps out of that path, so a reference is followed wherever the next step is
        not a key of the node itself."""
        node: Any = self._deref({"$ref": f"#{pointer}"}, "")[0]
        for step in path:
            if isinstance(node, dict) and step not in node:
                node = self._deref(node, "")[0]
            if isinstance(step, int):
                items = _sequence(node)
                node = items[step] if step < len(items) else None
            else:
                node = _get(node, str(step))
        return self.resolve(node)

    def _deref(self, node: Any, pointer: str) -> tuple[Any, str]:
        """Follow local ``$ref`` chains; returns the target and its JSON pointer."""
        current: Any = node
        while isinstance(ref := _get(current, "$ref"), str) and ref.startswith("#/"):
            pointer = ref[1:]
            current = self.document
            for token in pointer.strip("/").split("/"):
                current = _get(current, token.replace("~1", "/").replace("~0", "~"))
        return current, pointer

    @staticmethod
    def _server_prefix(servers: Any, default: str) -> str:
        if not servers:
            return default
        return urlsplit(str(servers[0]["url"])).path.rstrip("/")

    def _compile_path(self, template: str, item: dict[str, Any], top_prefix: str) -> None:
        base = f"/paths/{_escape(template)}"
        prefix = self._server_prefix(item.get("servers"), top_prefix)
        shared = _sequence(item.get("parameters"))
        for method in HTTP_METHODS:
            if method not in item:
                continue
            op_node = _mapping(item[method])
            op_pointer = f"{base}/{method}"
            op_prefix = self._server_prefix(op_node.get("servers"), prefix)
            params = self._params(shared, f"{base}/parameters")
            params.update(self._params(_sequence(op_node.get("parameters")), f"{op_pointer}/parameters"))
            raw_body, body_pointer = self._deref(op_node.get("requestBody"), f"{op_pointer}/requestBody")
            body_node = _mapping(raw_body)
            body = self._body(body_node, body_pointer) if body_node else None
            responses: dict[str, Body] = {}
            for status, response in _mapping(op_node.get("responses")).items():
                node, pointer = self._deref(response, f"{op_pointer}/responses/{_escape(status)}")
                responses[status.upper()] = self._body(_mapping(node), pointer)
                responses[status.upper()].headers = self._response_headers(_mapping(node), pointer)
            regex, tail_regex, names = self._path_regex(op_prefix + template)
            self.operations.append(
                Operation(
                    method=method.upper(),
                    template=op_prefix + template,
                    operation_id=str(op_node.get("operationId", f"{method} {template}")),
                    regex=regex,
                    tail_regex=tail_regex,
                    path_names=names,
                    params=list(params.values()),
                    body_required=bool(body_node and body_node.get("required")),
                    body=body,
                    responses=responses,
                )
            )

    def _params(self, nodes: list[Any], pointer: str) -> dict[tuple[str, str], Param]:
        params: dict[tuple[str, str], Param] = {}
        for index, raw in enumerate(nodes):
            found, node_pointer = self._deref(raw, f"{pointer}/{index}")
            node = _mapping(found)
            schema, _ = self._deref(node.get("schema", {}), f"{node_pointer}/schema")
            location = str(node["in"])
            name = str(node["name"]).lower() if location == "header" else str(node["name"])
            params[(location, name)] = Param(
                name=name,
                location=location,
                required=bool(node.get("required", location == "path")),
                schema=_mapping(schema),
                validator=self._validator(f"{node_pointer}/schema"),
                explode=bool(node.get("explode", node.get("style", "form") == "form")),
            )
        return params

    def _response_headers(self, node: dict[str, Any], pointer: str) -> list[Param]:
        """The headers a response documents (``Content-Type`` is the media type's, OpenAPI says)."""
        headers: list[Param] = []
        for name, raw in _mapping(node.get("headers")).items():
            if name.lower() == "content-type":
                continue
            found, header_pointer = self._deref(raw, f"{pointer}/headers/{_escape(name)}")
            header_node = _mapping(found)
            schema, _ = self._deref(header_node.get("schema", {}), f"{header_pointer}/schema")
            headers.append(
                Param(
                    name=name.lower(),
                    location="header",
                    required=bool(header_node.get("required", False)),
                    schema=_mapping(schema),
                    validator=self._validator(f"{header_pointer}/schema"),
                    explode=False,
                )
            )
        return headers

    def _body(self, node: dict[str, Any], pointer: str) -> Body:
        contents: dict[str, Any] = {}
        schemas: dict[str, dict[str, Any]] = {}
        for media, content in _mapping(node.get("content")).items():
            key = media.lower()
            if "schema" in _mapping(content):
                content_pointer = f"{pointer}/content/{_escape(media)}/schema"
                contents[key] = self._validator(content_pointer)
                schema, _ = self._deref(content["schema"], content_pointer)
                schemas[key] = _mapping(schema)
            else:
                contents[key] = None
                schemas[key] = {}
        return Body(contents, schemas)

    @staticmethod
    def _path_regex(template: str) -> tuple[re.Pattern[str], re.Pattern[str], list[str]]:
        """Segment-by-segment regex, the same with a multi-segment trailing parameter, names."""
        names: list[str] = []
        regex = ""
        for part in re.split(r"(\{[^}]+\})", template):
            if part.startswith("{") and part.endswith("}"):
                regex += f"(?P<p{len(names)}>[^/]+)"
                names.append(part[1:-1])
            else:
                regex += re.escape(part)
        tail = regex[: -len("[^/]+)")] + ".+)" if regex.endswith("[^/]+)") else regex
        return re.compile(regex + r"\Z"), re.compile(tail + r"\Z"), names


def default_spec_path() -> Path:
    """The repository's spec, or the copy packaged into the wheel."""
    package = Path(__file__).resolve().parents[1]  # runcrate/testing
    for candidate in (package.parents[1] / "openapi" / "runcrate.yaml", package / "runcrate.yaml"):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError("runcrate.yaml not found (neither in the repository nor packaged)")
