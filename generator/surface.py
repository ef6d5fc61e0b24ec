"""The public surface from the spec: one module of plain typed methods per resource, for both clients.

Each operation of the spec becomes a method of the resource its tag names (``x-python-method`` in
``overlays/python.yaml`` can move or rename it, or hand it to a hand-written method). A generated
method has the operation's parameters and body fields as typed keywords, its docstring from the
spec, and one call into the engine; its ``<operation>_arguments`` function applies the overlay's
value conversions and the spec's checks (``generator/checks.py``), and hand-written methods that
stand in for an operation call the same function. ``runcrate/_client_resources.py`` attaches the
resources to the clients: the hand-written class when ``runcrate/resources/_async`` has one, the
generated class otherwise. ``docs/regenerating.md`` describes the rules.
"""

from __future__ import annotations

import importlib
import inspect
import keyword
import re
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2

from generator.checks import CheckWriter, describe, merged, nullable

__all__ = [
    "Surface",
    "build_surface",
    "method_name",
    "render_client_resources",
    "render_public_types",
    "render_surface",
    "snake",
]

TEMPLATES = Path(__file__).resolve().parent / "templates" / "surface"
RUNCRATE = Path(__file__).resolve().parent.parent / "runcrate"
HAND_WRITTEN = RUNCRATE / "resources" / "_async"

IDEMPOTENCY_HEADER = "idempotency-key"
# The conversion of a date-time when the overlay names none: endpoints take query date-times as
# ``datetime`` (they format them), and a JSON body takes text.
DATE_TIME_CONVERSIONS = {"query": "aware_datetime", "body": "iso_datetime"}
PAGING = ("cursor", "offset", "page")
OPTION_NAMES = ("timeout", "max_retries", "extra_headers", "extra_query", "extra_body")
# Where the names an annotation may use come from (annotations are only evaluated by type checkers).
ANNOTATION_IMPORTS = {
    "Any": "typing",
    "Literal": "typing",
    "Sequence": "collections.abc",
    "date": "datetime",
    "datetime": "datetime",
    "NotGiven": "runcrate",
    "BinaryResponse": "runcrate",
    "AsyncBinaryResponse": "runcrate",
    "SyncPage": "runcrate",
    "AsyncPaginator": "runcrate",
    "ResultList": "runcrate",
}


class SurfaceError(ValueError):
    """The spec and the overlay do not describe a surface the generator can write."""


def snake(name: str) -> str:
    """``createInstanceSshCertificate`` → ``create_instance_ssh_certificate``; ``SSH Keys`` → ``ssh_keys``."""
    spaced = re.sub(r"[^0-9A-Za-z]+", " ", name)
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", spaced)
    spaced = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1 \2", spaced)
    return "_".join(spaced.lower().split())


def _camel(path: tuple[str, ...]) -> str:
    return "".join(word.capitalize() for part in path for word in part.split("_"))


def method_name(operation_id: str, resource: tuple[str, ...]) -> str:
    """The default method name: the operationId in snake_case without the words of the resource path
    (singular or plural), e.g. ``getInstanceStatus`` on ``instances`` → ``get_status``."""
    words = snake(operation_id).split("_")
    for part in resource:
        part_words = part.split("_")
        for variant in (part_words, [*part_words[:-1], part_words[-1].removesuffix("s")]):
            size = len(variant)
            found = next((i for i in range(len(words) - size + 1) if words[i : i + size] == variant), None)
            if found is not None:
                del words[found : found + size]
                break
    return "_".join(words) or snake(operation_id)


def _identifier(name: str) -> str:
    python = snake(name) if not name.isidentifier() else name
    return python + "_" if keyword.iskeyword(python) else python


@dataclass
class Parameter:
    """One keyword (or positional argument) of a generated method."""

    name: str
    wire: str
    location: str
    target: str
    """The keyword of the endpoint's ``build_request`` (path and query), or the body field."""
    annotation: str
    required: bool
    default: str | None
    positional: bool
    description: str
    convert: str | None
    schema: Any


@dataclass
class Method:
    operation_id: str
    endpoint: str
    endpoint_package: str
    resource: tuple[str, ...]
    name: str
    summary: str
    description: str
    parameters: list[Parameter]
    call: str
    paging: str | None
    returns: str
    idempotency_key: bool
    hand_written: bool
    arguments_function: str
    body_schema: Any
    """The request body's schema (``None`` without a body)."""
    body_rules: dict[str, Any]
    """The body schema the whole-body rules are read from (the shared spec's, branches resolved)."""
    passes_extra_fields: bool
    """An inference body: fields beyond the spec's are model parameters, sent as given."""

    @property
    def public_path(self) -> str:
        return ".".join((*self.resource, self.name))

    @property
    def keywords(self) -> list[Parameter]:
        return [p for p in self.parameters if p.location != "path"]


@dataclass
class Resource:
    path: tuple[str, ...]
    description: str
    methods: list[Method] = field(default_factory=list)
    children: list[Resource] = field(default_factory=list)

    @property
    def attribute(self) -> str:
        return self.path[-1]

    @property
    def class_name(self) -> str:
        return _camel(self.path)

    def walk(self) -> list[Resource]:
        return [self, *(r for child in self.children for r in child.walk())]


@dataclass
class Surface:
    resources: list[Resource]
    """Top-level resources, one generated module each."""
    reader: _Reader

    def methods(self) -> list[Method]:
        return [m for top in self.resources for r in top.walk() for m in r.methods]


# -- reading the spec --------------------------------------------------------------------------------


class _Reader:
    def __init__(
        self, spec: dict[str, Any], openapi: Any, model_names: set[str], type_names: set[str]
    ) -> None:
        self.spec = spec
        self.openapi = openapi
        self.model_names = model_names
        self.type_names = type_names
        self.endpoints = {
            f"{e.method} {e.path.get_untrusted_value()}": e
            for collection in openapi.endpoint_collections_by_tag.values()
            for e in collection.endpoints
        }

    def resolve(self, node: Any) -> Any:
        return resolver(self.spec)(node)

    # -- annotations ---------------------------------------------------------------------------------

    def annotation(self, schema: Any) -> str:
        """The Python type a caller passes for ``schema`` (request side: ``Sequence``, ``Mapping``)."""
        if isinstance(schema, dict) and "$ref" in schema:
            name = str(schema["$ref"]).rsplit("/", 1)[1]
            if name in self.type_names:
                return name
            return self.annotation(self.resolve(schema))
        node = schema if isinstance(schema, dict) else {}
        if node.get("allOf") and len(node["allOf"]) == 1 and not node.get("properties"):
            return self.annotation(node["allOf"][0])
        branches = node.get("anyOf") or node.get("oneOf")
        if branches and not node.get("type") and not node.get("properties"):
            return " | ".join(dict.fromkeys(self.annotation(branch) for branch in branches))
        kinds = node.get("type")
        if isinstance(kinds, list):
            return " | ".join(self.annotation({**node, "type": kind}) for kind in kinds)
        if node.get("format") == "binary":
            return "Any"
        if "const" in node:
            return f"Literal[{node['const']!r}]"
        if "enum" in node:
            return f"Literal[{', '.join(repr(v) for v in node['enum'] if v is not None)}]"
        simple = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "None"}
        if kinds in simple:
            return simple[kinds]
        if kinds == "array":
            return f"Sequence[{self.annotation(node.get('items') or {})}]"
        if kinds == "object" or "properties" in node or "additionalProperties" in node:
            values = node.get("additionalProperties")
            if isinstance(values, dict) and values and not node.get("properties"):
                return f"Mapping[str, {self.annotation(values)}]"
            return "Mapping[str, Any]"
        return "Any"

    def return_types(self, method: str, path: str, success: int) -> tuple[str, str | None]:
        """The endpoint's parsed type, and the type of its ``data`` field when it has one."""
        endpoint = self.endpoints[f"{method} {path}"]
        primary = next((r for r in endpoint.responses.patterns if r.status_code.range[0] == success), None)
        if primary is None:
            return "None", None
        parsed = primary.prop.get_type_string().as_unembedded_code()
        data = None
        for prop in [
            *(getattr(primary.prop, "required_properties", None) or []),
            *(getattr(primary.prop, "optional_properties", None) or []),
        ]:
            if prop.name == "data":
                data = prop.get_type_string(no_optional=True).as_unembedded_code()
        return ("None" if parsed == "Any" else parsed), data

    def build_names(self, method: str, path: str) -> dict[str, str]:
        """Wire name → the keyword ``build_request`` takes it as, for path and query parameters."""
        endpoint = self.endpoints[f"{method} {path}"]
        return {
            p.name.get_untrusted_value(): p.python_name
            for p in [*endpoint.path_parameters, *endpoint.query_parameters]
        }


def resolver(spec: dict[str, Any]) -> Callable[[Any], Any]:
    """Follows local ``$ref``s of ``spec`` until a concrete node."""

    def resolve(node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            target: Any = spec
            for part in str(node["$ref"]).removeprefix("#/").split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        return node

    return resolve


def _description(*nodes: Any) -> str:
    for node in nodes:
        if isinstance(node, dict) and node.get("description"):
            return " ".join(str(node["description"]).split())
    return ""


def _converter_annotation(function: str) -> str | None:
    """The type a conversion takes (its first parameter's annotation), or None for ``object``."""
    module = importlib.import_module("runcrate._conversions")
    convert = getattr(module, function, None)
    if convert is None or not callable(convert):
        raise SurfaceError(f"x-python-method.convert names {function!r}, which runcrate._conversions lacks")
    first = next(iter(inspect.signature(convert).parameters.values()))
    annotation = str(first.annotation)
    return None if annotation == "object" else annotation


def build_surface(
    spec: dict[str, Any],
    openapi: Any,
    metadata: dict[str, dict[str, Any]],
    type_names: set[str],
    shared: dict[str, Any] | None = None,
) -> Surface:
    """Every operation of ``spec`` (overlay applied) as a method of its resource.

    The whole-body rules (exactly one of, at least one, not together) are read from ``shared``, the
    spec before the overlay: an overlay may reshape a body for this generator's sake (flatten a
    union of branches), but the rule stays what the shared spec says.
    """
    model_names = {m.class_info.name for m in openapi.models}
    reader = _Reader(spec, openapi, model_names, type_names)
    tags = {tag["name"]: tag for tag in spec.get("tags", [])}
    roots: dict[str, Resource] = {}
    seen: dict[str, str] = {}
    rules = _body_rules_by_operation(shared if shared is not None else spec)
    for path, verb, path_item, operation in _operations(spec):
        method = _method(
            reader,
            meta=metadata[f"{verb} {path}"],
            path=path,
            verb=verb,
            path_item=path_item,
            operation=operation,
            rules=rules.get(str(operation["operationId"]), {}),
        )
        if method.public_path in seen:
            raise SurfaceError(
                f"{method.operation_id} and {seen[method.public_path]} are both {method.public_path}"
            )
        seen[method.public_path] = method.operation_id
        tag = (operation.get("tags") or ["default"])[0]
        resource = _resource(roots, method.resource, _description(tags.get(tag)))
        resource.methods.append(method)
    return Surface(sorted(roots.values(), key=lambda r: r.path), reader)


def _operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    verbs = ("get", "put", "post", "delete", "patch")
    return [
        (path, verb, item, item[verb])
        for path, item in spec["paths"].items()
        for verb in verbs
        if verb in item
    ]


def _resource(roots: dict[str, Resource], path: tuple[str, ...], description: str) -> Resource:
    top = roots.setdefault(path[0], Resource((path[0],), description if len(path) == 1 else ""))
    if len(path) == 1 and not top.description:
        top.description = description
    node = top
    for depth in range(2, len(path) + 1):
        child = next((c for c in node.children if c.path == path[:depth]), None)
        if child is None:
            child = Resource(path[:depth], "")
            node.children.append(child)
        node = child
    return node


def _body_rules_by_operation(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """operationId → its body schema, merged, with the branches of its ``oneOf`` resolved and merged."""
    resolve = resolver(spec)
    found = {}
    for _, _, _, operation in _operations(spec):
        body = resolve(operation.get("requestBody") or {})
        schema = next(iter((body.get("content") or {}).values()), {}).get("schema")
        if schema is not None:
            rules = merged(schema, resolve)
            rules["oneOf"] = [merged(branch, resolve) for branch in rules.get("oneOf") or []]
            found[str(operation["operationId"])] = rules
    return found


def _method(
    reader: _Reader,
    *,
    meta: dict[str, Any],
    path: str,
    verb: str,
    path_item: dict[str, Any],
    operation: dict[str, Any],
    rules: dict[str, Any],
) -> Method:
    overlay: dict[str, Any] = operation.get("x-python-method") or {}
    operation_id = str(operation["operationId"])
    tag = (operation.get("tags") or ["default"])[0]
    resource = tuple(str(overlay.get("resource") or snake(tag)).split("."))
    name = str(overlay.get("name") or method_name(operation_id, resource))
    converts: dict[str, str] = dict(overlay.get("convert") or {})
    positional: list[str] = list(overlay.get("positional") or [])
    parameters = _parameters(
        reader,
        verb=verb,
        path=path,
        path_item=path_item,
        operation=operation,
        overlay=overlay,
        converts=converts,
        positional=positional,
    )
    known = {p.name for p in parameters}
    for listed in [*converts, *positional]:
        if listed not in known:
            raise SurfaceError(f"{operation_id}: x-python-method names {listed!r}, which is not a parameter")
    parsed, data = reader.return_types(verb, path, meta["success_status"])
    paging = overlay.get("paginate")
    if paging is not None and paging not in PAGING:
        raise SurfaceError(f"{operation_id}: paginate must be one of {', '.join(PAGING)}, got {paging!r}")
    call, returns = _call(meta, parsed, data, paging)
    # A stream or an upload needs a hand-written method; until one exists, the contract test names the
    # operation as unreachable.
    hand_written = bool(overlay.get("hand_written")) or meta["streaming"] or meta["multipart"]
    body = reader.resolve(operation.get("requestBody") or {})
    body_schema = next(iter((body.get("content") or {}).values()), {}).get("schema")
    passes_extra = (
        meta["server"] == "inference"
        and body_schema is not None
        and merged(body_schema, reader.resolve).get("additionalProperties") is not False
    )
    return Method(
        operation_id=operation_id,
        endpoint=snake(operation_id),
        endpoint_package=f"runcrate._generated.api.{snake(tag)}",
        resource=resource,
        name=name,
        summary=" ".join(str(operation.get("summary") or operation_id).split()),
        description=str(operation.get("description") or "").strip(),
        parameters=parameters,
        call=call,
        paging=paging,
        returns=returns,
        idempotency_key=meta["takes_idempotency_key"],
        hand_written=hand_written,
        arguments_function=f"{snake(operation_id)}_arguments",
        body_schema=body_schema,
        body_rules=rules,
        passes_extra_fields=passes_extra,
    )


def _call(meta: dict[str, Any], parsed: str, data: str | None, paging: str | None) -> tuple[str, str]:
    """The engine entry point and the (sync) return type (``builtins.list``: resources have a ``list``
    method, which a bare ``list`` in their class body would name)."""
    parsed = parsed.replace("list[", "builtins.list[")
    data = None if data is None else data.replace("list[", "builtins.list[")
    if meta["redirect"]:
        return "request_redirect", "str"
    if meta["binary"]:
        return "request_binary", "BinaryResponse"
    if paging is not None:
        if data is None or not data.startswith("builtins.list["):
            raise SurfaceError(f"{meta['id']}: a paginated operation must answer with a data list")
        return "paginate", f"SyncPage[{data.removeprefix('builtins.list[')[:-1]}]"
    if meta["server"] == "infrastructure" and data is not None:
        # A list comes back as a ResultList: a list that also carries the request id.
        return "request_data", data.replace("builtins.list[", "ResultList[")
    return "request", parsed


def _parameters(
    reader: _Reader,
    *,
    verb: str,
    path: str,
    path_item: dict[str, Any],
    operation: dict[str, Any],
    overlay: dict[str, Any],
    converts: dict[str, str],
    positional: list[str],
) -> list[Parameter]:
    build_names = reader.build_names(verb, path)
    unchanged_fields = bool(overlay.get("unchanged"))
    found: list[Parameter] = []
    for node in [*path_item.get("parameters", []), *operation.get("parameters", [])]:
        parameter = reader.resolve(node)
        location = parameter["in"]
        if parameter.get("x-python-client-option") or location == "cookie":
            continue
        if location == "header" and parameter["name"].lower() == IDEMPOTENCY_HEADER:
            continue  # the idempotency_key keyword: the engine sends it (or a new key)
        wire = parameter["name"]
        name = str(parameter.get("x-python-name") or _identifier(wire))
        schema = parameter.get("schema") or {}
        required = bool(parameter.get("required")) or location == "path"
        found.append(
            _parameter(
                reader,
                name=name,
                wire=wire,
                location=location,
                target=build_names.get(wire, _identifier(wire)),
                schema=schema,
                required=required,
                description=_description(parameter, reader.resolve(schema)),
                convert=converts.get(name),
                positional=location == "path" or name in positional,
                unchanged=False,
            )
        )
    body = reader.resolve(operation.get("requestBody") or {})
    for media, content in (body.get("content") or {}).items():
        schema = merged(content.get("schema") or {}, reader.resolve)
        required = set(schema.get("required") or [])
        # Alternatives written as whole branches (oneOf): every field of any branch is a keyword, and
        # a field every branch requires is required.
        branches = [merged(branch, reader.resolve) for branch in schema.get("oneOf") or []]
        for branch in branches:
            for prop_name, prop in (branch.get("properties") or {}).items():
                schema.setdefault("properties", {}).setdefault(prop_name, prop)
        if branches:
            required |= set.intersection(*(set(branch.get("required") or []) for branch in branches))
        for wire, prop in (schema.get("properties") or {}).items():
            name = str(reader.resolve(prop).get("x-python-name") or _identifier(wire))
            found.append(
                _parameter(
                    reader,
                    name=name,
                    wire=wire,
                    location="body" if media != "multipart/form-data" else "form",
                    target=wire,
                    schema=prop,
                    required=wire in required,
                    description=_description(prop, reader.resolve(prop)),
                    convert=converts.get(name),
                    positional=name in positional,
                    unchanged=unchanged_fields or nullable(prop, reader.resolve),
                )
            )
        break
    order = {name: index for index, name in enumerate(positional)}
    path_params = [p for p in found if p.location == "path"]
    listed = sorted((p for p in found if p.location != "path" and p.positional), key=lambda p: order[p.name])
    rest = [p for p in found if p.location != "path" and not p.positional]
    return [*path_params, *listed, *rest]


def _parameter(
    reader: _Reader,
    *,
    name: str,
    wire: str,
    location: str,
    target: str,
    schema: Any,
    required: bool,
    description: str,
    convert: str | None,
    positional: bool,
    unchanged: bool,
) -> Parameter:
    annotation = reader.annotation(schema)
    if convert is None and reader.resolve(schema).get("format") == "date-time":
        convert = DATE_TIME_CONVERSIONS.get(location)
    if convert is not None:
        annotation = _converter_annotation(convert) or annotation
    if required:
        default = None
    elif unchanged:
        annotation = f"{annotation} | NotGiven"
        default = "UNCHANGED"
    else:
        default = "None"
        if not annotation.endswith("| None") and annotation != "None":
            annotation = f"{annotation} | None"
    return Parameter(
        name=name,
        wire=wire,
        location=location,
        target=target,
        annotation=annotation,
        required=required,
        default=default,
        positional=positional,
        description=description,
        convert=convert,
        schema=schema,
    )


# -- the arguments functions --------------------------------------------------------------------------


def arguments_function(method: Method, writer: CheckWriter) -> list[str]:
    """``<operation>_arguments(fields)``: the endpoint's ``build_request`` keywords for a method's
    arguments (public names), converted and checked. Path parameters are not in it (the endpoint
    encodes and checks them)."""
    lines = [
        f"def {method.arguments_function}(fields: Mapping[str, Any]) -> dict[str, Any]:",
        f'    """``{method.operation_id}``: the keywords of its request, converted and checked."""',
        "    arguments: dict[str, Any] = {}",
    ]
    if method.hand_written and not method.passes_extra_fields:
        # A hand-written stand-in may pass what a caller typed (``**spec``): refuse what is unknown.
        known = known_fields(method)
        lines += [
            f"    unknown = fields.keys() - {known}",
            "    if unknown:",
            f"        raise unexpected_keywords(sorted(unknown), {known})",
        ]
    if method.body_schema is not None:
        lines.append("    body: dict[str, Any] = {}")
    for parameter in method.keywords:
        lines += [f"    {line}" for line in _field_lines(parameter, writer)]
    if method.body_schema is not None:
        lines += [f"    {line}" for line in _body_rules(method)]
        if method.passes_extra_fields:
            known = known_fields(method)
            lines += [
                "    for key, value in fields.items():",
                f"        if value is not None and key not in {known}:",
                f"            if near_miss(key, {known}) is not None:",
                f"                raise unexpected_keywords([key], {known})",
                "            body[key] = value",
            ]
        lines.append('    arguments["body"] = body')
    lines.append("    return arguments")
    return lines


def takes_arguments(method: Method) -> bool:
    """The method has keywords or a body for an ``<operation>_arguments`` function to build."""
    return bool(method.keywords) or method.body_schema is not None


def known_fields(method: Method) -> str:
    """The constant naming every keyword an inference method knows (for the near-miss rule)."""
    return f"{snake(method.operation_id).upper()}_FIELDS"


def known_fields_constant(method: Method) -> str:
    names = tuple(dict.fromkeys([*(p.name for p in method.keywords), *OPTION_NAMES]))
    return f"{known_fields(method)} = frozenset({names!r})"


def _field_lines(parameter: Parameter, writer: CheckWriter) -> list[str]:
    name, store = parameter.name, _store(parameter)
    label = repr(name)
    expected = describe(parameter.schema, writer.resolve).removesuffix(" or None")
    checks = _checks(parameter, writer, name)
    convert = [f"value = {parameter.convert}(value, {label})"] if parameter.convert is not None else []
    if parameter.default == "UNCHANGED":
        lines = [f"value = fields.get({name!r}, UNCHANGED)", "if value is not UNCHANGED:"]
        inner = [*convert]
        if nullable(parameter.schema, writer.resolve):
            inner += ["if value is not None:", *(f"    {c}" for c in checks)] if checks else []
        else:
            inner += checks
        inner.append(store)
        return lines + [f"    {line}" for line in inner]
    lines = [f"value = fields.get({name!r})"]
    if parameter.required:
        lines += ["if value is None:", f"    raise missing({label}, {expected!r})", *convert, *checks, store]
        return lines
    if convert:
        lines += ["if value is not None:", *(f"    {line}" for line in convert)]
    lines += ["if value is not None:", *(f"    {line}" for line in [*checks, store])]
    return lines


def _checks(parameter: Parameter, writer: CheckWriter, label: str) -> list[str]:
    node = writer.resolve(parameter.schema)
    if isinstance(node, dict) and (node.get("format") == "binary" or "contentMediaType" in node):
        return []
    return writer.value(parameter.schema, "value", label)


def _store(parameter: Parameter) -> str:
    if parameter.location in ("body", "form"):
        return f"body[{parameter.wire!r}] = value"
    return f"arguments[{parameter.target!r}] = value"


def _body_rules(method: Method) -> list[str]:
    """Whole-body rules: exactly one of alternatives (a ``oneOf`` whose branches differ by which fields
    they require), at least one field of a partial update (``minProperties``), fields that exclude
    each other (``not: {required: [...]}``)."""
    public = {p.wire: p.name for p in method.keywords if p.location in ("body", "form")}
    order = {wire: index for index, wire in enumerate(public)}
    lines: list[str] = []
    schema = method.body_rules
    branches: list[dict[str, Any]] = schema.get("oneOf") or []
    if len(branches) > 1 and all(_is_object(branch) for branch in branches):
        required_sets = [set(branch.get("required") or []) for branch in branches]
        common = set.intersection(*required_sets)
        choices = [
            sorted(names - common, key=lambda wire: order.get(wire, len(order))) for names in required_sets
        ]
        if all(choices):
            tests = [" and ".join(f"{wire!r} in body" for wire in names) for names in choices]
            labels = tuple(" and ".join(public.get(w, w) for w in names) for names in choices)
            given = tuple(dict.fromkeys(public.get(w, w) for names in choices for w in names))
            lines += [
                "if " + " + ".join(f"({test})" for test in tests) + " != 1:",
                f"    raise exactly_one({labels!r}, [n for n in {given!r} if fields.get(n) is not None])",
            ]
    if schema.get("minProperties"):
        lines += ["if not body:", f"    raise none_of({tuple(public.values())!r})"]
    together = (schema.get("not") or {}).get("required") or []
    if len(together) > 1:
        test = " and ".join(f"{wire!r} in body" for wire in together)
        names = tuple(public.get(wire, wire) for wire in together)
        lines += [f"if {test}:", f"    raise not_together({names!r})"]
    return lines


def _is_object(branch: dict[str, Any]) -> bool:
    kinds = branch.get("type")
    return (kinds in (None, "object")) and bool(branch.get("required"))


# -- rendering ----------------------------------------------------------------------------------------


def _docstring(method: Method, width: int = 96) -> str:
    parts = [method.summary.rstrip(".") + "."]
    if method.description:
        paragraphs = [" ".join(p.split()) for p in method.description.split("\n\n") if p.strip()]
        parts += [textwrap.fill(p, width) for p in paragraphs]
    if method.paging is not None:
        parts.append(
            "Returns the first page (``.data``, ``.has_more``); iterating it walks every item of it and of "
            "the pages after it, fetched lazily."
        )
    documented = [p for p in method.parameters if p.description]
    if documented:
        args = ["Args:"]
        for parameter in documented:
            text = textwrap.fill(
                f"{parameter.name}: {parameter.description}", width - 4, subsequent_indent="    "
            )
            args += [f"    {line}" for line in text.splitlines()]
        parts.append("\n".join(args))
    text = "\n\n".join(parts)
    return text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')


def _annotation_names(text: str) -> set[str]:
    return set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", re.sub(r"'[^']*'", "", text)))


def _templates() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )


def render_surface(surface: Surface, output: Path, header: str) -> None:
    """Write ``output/<resource>.py`` for every top-level resource, and ``output/__init__.py``."""
    env = _templates()
    output.mkdir(parents=True, exist_ok=True)
    reader = surface.reader
    for top in surface.resources:
        writer = CheckWriter(reader.resolve)
        methods = [m for resource in top.walk() for m in resource.methods]
        functions = [arguments_function(method, writer) for method in methods if takes_arguments(method)]
        names: set[str] = set()
        for method in methods:
            if not method.hand_written:
                names |= _annotation_names(method.returns)
                for parameter in method.parameters:
                    names |= _annotation_names(parameter.annotation)
        text = env.get_template("resource.py.jinja").render(
            header=header,
            top=top,
            resources=top.walk(),
            functions=functions,
            constants=[
                *writer.constants(),
                *(known_fields_constant(m) for m in methods if m.hand_written or m.passes_extra_fields),
            ],
            uses_re=bool(writer.patterns),
            converters=sorted({p.convert for m in methods for p in m.parameters if p.convert}),
            annotation_imports=_imports(names, reader),
            docstring=_docstring,
            async_returns=_async_returns,
        )
        (output / f"{top.attribute}.py").write_text(text, encoding="utf-8")
    (output / "__init__.py").write_text(
        env.get_template("package_init.py.jinja").render(header=header, resources=surface.resources),
        encoding="utf-8",
    )


def _async_returns(method: Method) -> str:
    return method.returns.replace("SyncPage[", "AsyncPaginator[").replace(
        "BinaryResponse", "AsyncBinaryResponse"
    )


def _imports(names: set[str], reader: _Reader) -> dict[str, list[str]]:
    """Modules → names to import for annotations (under ``TYPE_CHECKING``)."""
    found: dict[str, set[str]] = {}
    for name in sorted(names):
        if name in ANNOTATION_IMPORTS:
            found.setdefault(ANNOTATION_IMPORTS[name], set()).add(name)
        elif name in reader.model_names:
            found.setdefault("runcrate.models", set()).add(name)
        elif name in reader.type_names:
            found.setdefault("runcrate.types", set()).add(name)
    if "SyncPage" in names:
        found["runcrate"].add("AsyncPaginator")
    if "BinaryResponse" in names:
        found["runcrate"].add("AsyncBinaryResponse")
    return {module: sorted(values) for module, values in sorted(found.items())}


def render_client_resources(surface: Surface, output: Path, header: str) -> None:
    """Write the clients' resource attributes: the hand-written class of a resource where
    ``runcrate/resources/_async`` has a module for it, the generated class otherwise."""
    attached = []
    for top in surface.resources:
        hand_written = (HAND_WRITTEN / f"{top.attribute}.py").exists()
        generated = f"runcrate._generated.resources.{top.attribute}"
        attached.append(
            {
                "attribute": top.attribute,
                "sync_module": f"runcrate.resources._sync.{top.attribute}" if hand_written else generated,
                "async_module": f"runcrate.resources._async.{top.attribute}" if hand_written else generated,
                "sync_class": top.class_name,
                "async_class": f"Async{top.class_name}",
                "description": top.description or f"The ``{top.attribute}`` methods.",
            }
        )
    text = _templates().get_template("client_resources.py.jinja").render(header=header, resources=attached)
    output.write_text(text, encoding="utf-8")


# The hand-written types public signatures name, by module; the request TypedDicts join them.
HAND_WRITTEN_TYPES = {
    "runcrate._chat_request": [
        "MessageInput",
        "ResponseFormatInput",
        "StreamOptionsInput",
        "ToolChoiceInput",
        "ToolInput",
    ],
    "runcrate._engine._any_path": ["Server"],
    "runcrate._files": ["UploadSource"],
    "runcrate._generated.types": ["File", "FileTypes", "RequestFiles"],
    "runcrate._job_params": ["JobGroupRunParams", "JobRerunParams", "JobRunParams", "SubmitOptions"],
    "runcrate._media": ["AudioInput", "ImageInput"],
    "runcrate._types": [
        "NOT_GIVEN",
        "UNCHANGED",
        "CallOptions",
        "NotGiven",
        "RequestOptions",
        "TimeoutValue",
    ],
}


TYPES_DOCSTRING = """\
The types public signatures name: request TypedDicts, input shapes and the per-call options.

The request TypedDicts (``EnvVar``, ``JobSpec``, ``ChatMessage``, ``ChatTool``, ...) are generated
from the spec's request bodies; a dict literal passed to a method is checked against them by mypy and
pyright. Every name is imported on first use, so ``import runcrate.types`` costs nothing.
Response models live in :mod:`runcrate.models`.
"""


def render_public_types(type_names: set[str], output: Path, header: str) -> None:
    """Write ``runcrate/types.py``: the request TypedDicts of ``params.py`` and the hand-written types,
    each imported on first use."""
    imports = {"runcrate._generated.params": sorted(type_names), **HAND_WRITTEN_TYPES}
    render_lazy_exports(output, header, TYPES_DOCSTRING, imports)


def render_lazy_exports(output: Path, header: str, docstring: str, imports: dict[str, list[str]]) -> None:
    """Write a public module that exports ``imports`` (defining module → names), each imported on
    first use (PEP 562) and seen by type checkers through ``TYPE_CHECKING`` imports."""
    all_names = sorted({name for names in imports.values() for name in names})
    template = _templates().get_template("lazy_exports.py.jinja")
    text = template.render(header=header, docstring=docstring, imports=imports, all_names=all_names)
    output.write_text(text, encoding="utf-8")
