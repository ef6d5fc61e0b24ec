"""The spec's constraints as straight-line Python: the checks every generated method runs before a request.

:class:`CheckWriter` turns a JSON Schema (of a parameter or a body field) into ``if`` statements that
raise the error of ``runcrate._validation`` naming the parameter, the value and what was expected.
Types, ``minLength``/``maxLength``, ``pattern``, ``minimum``/``maximum`` (and the exclusive forms),
closed ``enum``/``const``, ``minItems``/``maxItems``, required properties of nested objects and the
values of string maps are checked; an open enum (``anyOf`` of an ``enum`` and a plain string) is a
string. Items of an array are checked when they are scalars; items that are objects only have to be
mappings (their fields are the server's business, and checking them would cost on every call).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

__all__ = ["CheckWriter", "describe", "merged", "nullable"]

Resolve = Callable[[Any], Any]

_SCALARS = frozenset({"string", "integer", "number", "boolean"})


def merged(schema: Any, resolve: Resolve) -> dict[str, Any]:
    """``schema`` with its ``$ref`` followed and its ``allOf`` members merged into one object schema
    (properties and required lists combined; the first definition of a property wins)."""
    node = resolve(schema)
    if not isinstance(node, dict):
        return {}
    result: dict[str, Any] = {key: value for key, value in node.items() if key != "allOf"}
    properties: dict[str, Any] = dict(result.get("properties") or {})
    required: list[str] = list(result.get("required") or [])
    one_of: list[Any] = list(result.get("oneOf") or [])
    for member in node.get("allOf") or []:
        part = merged(member, resolve)
        for name, prop in (part.get("properties") or {}).items():
            properties.setdefault(name, prop)
        required += [name for name in part.get("required") or [] if name not in required]
        one_of += part.get("oneOf") or []
        for key in ("type", "minProperties", "additionalProperties", "not", "description"):
            if key in part and key not in result:
                result[key] = part[key]
    if properties:
        result["properties"] = properties
    if required:
        result["required"] = required
    if one_of:
        result["oneOf"] = one_of
    return result


def _types(schema: dict[str, Any]) -> list[str]:
    kind = schema.get("type")
    if isinstance(kind, list):
        return [str(k) for k in kind]
    if isinstance(kind, str):
        return [kind]
    if "properties" in schema or "additionalProperties" in schema:
        return ["object"]
    return []


def _alternatives(schema: dict[str, Any], resolve: Resolve) -> list[dict[str, Any]]:
    """The branches of a type union (``anyOf``/``oneOf``/a ``type`` list), ``null`` left out."""
    branches = schema.get("anyOf") or schema.get("oneOf")
    if branches and not schema.get("type"):
        found: list[dict[str, Any]] = []
        for branch in branches:
            node = merged(branch, resolve)
            found += _alternatives(node, resolve) if (node.get("anyOf") or node.get("oneOf")) else [node]
        return [node for node in found if _types(node) != ["null"]]
    kinds = [k for k in _types(schema) if k != "null"]
    if len(kinds) > 1:
        return [{**schema, "type": kind} for kind in kinds]
    return [schema]


def nullable(schema: Any, resolve: Resolve) -> bool:
    """The spec allows JSON null (``type: [X, "null"]`` or a ``null`` branch)."""
    node = resolve(schema)
    if not isinstance(node, dict):
        return False
    if "null" in _types(node):
        return True
    return any(nullable(branch, resolve) for branch in (node.get("anyOf") or node.get("oneOf") or []))


def _label(label: str) -> str:
    """The Python expression of an error label: an f-string when it has placeholders."""
    return f'f"{label}"' if "{" in label else repr(label)


def _quoted(values: list[Any]) -> str:
    return ", ".join(repr(v) for v in values)


def _range(schema: dict[str, Any]) -> str:
    low, high = schema.get("minimum"), schema.get("maximum")
    parts = []
    if low is not None and high is not None:
        return f" from {low} to {high}"
    if low is not None:
        parts.append(f">= {low}")
    if high is not None:
        parts.append(f"<= {high}")
    if "exclusiveMinimum" in schema:
        parts.append(f"> {schema['exclusiveMinimum']}")
    if "exclusiveMaximum" in schema:
        parts.append(f"< {schema['exclusiveMaximum']}")
    return (" " + " and ".join(parts)) if parts else ""


def describe(schema: Any, resolve: Resolve) -> str:
    """What a value of ``schema`` looks like, in words, for error messages."""
    node = merged(schema, resolve)
    alternatives = _alternatives(node, resolve)
    if len(alternatives) > 1:
        words = list(dict.fromkeys(describe(alt, resolve) for alt in alternatives))
        # An open enum (known values or any string) is simply a string.
        text = " or ".join(words) if "a string" not in words else "a string"
    else:
        text = _describe_one(alternatives[0] if alternatives else node, resolve)
    return text + (" or None" if nullable(schema, resolve) else "")


def _describe_one(node: dict[str, Any], resolve: Resolve) -> str:
    if "const" in node:
        return repr(node["const"])
    if "enum" in node:
        return f"one of {_quoted([v for v in node['enum'] if v is not None])}"
    kinds = [k for k in _types(node) if k != "null"]
    kind = kinds[0] if kinds else None
    if kind == "string" and node.get("format") == "date-time":
        return "an aware datetime or an ISO-8601 date-time with an offset"
    if kind == "string" and node.get("format") == "date":
        return "a date or an ISO-8601 date"
    if kind == "string" and node.get("pattern") == r"\S" and node.get("maxLength") is None:
        return "a non-blank string"
    if kind == "string":
        low, high = node.get("minLength"), node.get("maxLength")
        text = "a non-empty string" if low == 1 and high is None else "a string"
        if low is not None and low > 1:
            text += f" of at least {low} characters"
        if high is not None:
            text += f" of {low or 0} to {high} characters" if low else f" of at most {high} characters"
        if "pattern" in node:
            text += f" matching {node['pattern']!r}"
        return text
    if kind == "integer":
        return "a whole number" + _range(node)
    if kind == "number":
        return "a number" + _range(node)
    if kind == "boolean":
        return "True or False"
    if kind == "array":
        items = merged(node.get("items") or {}, resolve)
        text = "a list"
        if node.get("minItems") == 1:
            text = "a non-empty list"
        elif node.get("minItems"):
            text += f" of at least {node['minItems']} items"
        if _types(items) == ["string"] and "enum" not in items:
            text += " of strings"
        return text
    if kind == "object":
        values = node.get("additionalProperties")
        if isinstance(values, dict) and _types(merged(values, resolve)) == ["string"]:
            return "a mapping of strings to strings"
        return "a mapping"
    return "a value"


class CheckWriter:
    """Writes the checks of one generated module; regular expressions become module constants."""

    def __init__(self, resolve: Resolve) -> None:
        self.resolve = resolve
        self.patterns: dict[str, str] = {}
        """Pattern → the name of its compiled constant."""
        self.enums: dict[tuple[Any, ...], str] = {}
        """Closed enum values → the name of their frozenset constant."""
        self.uses_infinity = False

    def _pattern(self, pattern: str) -> str:
        re.compile(pattern)  # a broken pattern fails the generation, not a user's call
        return self.patterns.setdefault(pattern, f"_PATTERN_{len(self.patterns) + 1}")

    def _enum(self, values: list[Any]) -> str:
        key = tuple(values)
        return self.enums.setdefault(key, f"_ALLOWED_{len(self.enums) + 1}")

    # -- conditions: an expression that is true when the value is wrong ---------------------------

    def _wrong(self, node: dict[str, Any], var: str) -> str | None:
        """``None`` when nothing can be checked (an unconstrained value)."""
        alternatives = _alternatives(node, self.resolve)
        if len(alternatives) > 1:
            conditions = [self._wrong(alt, var) for alt in alternatives]
            if any(c is None for c in conditions):
                return None
            return "(" + " and ".join(f"({c})" for c in conditions) + ")"
        one = alternatives[0] if alternatives else node
        return self._wrong_one(one, var)

    def _wrong_one(self, node: dict[str, Any], var: str) -> str | None:
        if "const" in node:
            return f"{var} != {node['const']!r}"
        kinds = [k for k in _types(node) if k != "null"]
        kind = kinds[0] if kinds else None
        parts: list[str] = []
        if kind == "string" and node.get("format") in ("date", "date-time"):
            return f"not isinstance({var}, str | date)"  # a converter has made it a date or ISO text
        if kind == "string":
            parts.append(f"not isinstance({var}, str)")
            if "enum" in node:
                parts.append(f"{var} not in {self._enum([v for v in node['enum'] if v is not None])}")
            if node.get("minLength"):
                parts.append(f"len({var}) < {node['minLength']}")
            if "maxLength" in node:
                parts.append(f"len({var}) > {node['maxLength']}")
            if "pattern" in node:
                parts.append(f"{self._pattern(node['pattern'])}.search({var}) is None")
        elif kind in ("integer", "number"):
            parts.append(
                f"not isinstance({var}, int) or isinstance({var}, bool)"
                if kind == "integer"
                else f"not isinstance({var}, int | float) or isinstance({var}, bool)"
                f" or ({var} != {var}) or {var} in (_INF, -_INF)"
            )
            self.uses_infinity = self.uses_infinity or kind == "number"
            if "enum" in node:
                parts.append(f"{var} not in {self._enum(node['enum'])}")
            for key, op in (
                ("minimum", "<"),
                ("maximum", ">"),
                ("exclusiveMinimum", "<="),
                ("exclusiveMaximum", ">="),
            ):
                if key in node:
                    parts.append(f"{var} {op} {node[key]}")
        elif kind == "boolean":
            parts.append(f"not isinstance({var}, bool)")
        elif kind == "array":
            parts.append(f"not isinstance({var}, list | tuple)")
            if node.get("minItems"):
                parts.append(f"len({var}) < {node['minItems']}")
            if "maxItems" in node:
                parts.append(f"len({var}) > {node['maxItems']}")
        elif kind == "object":
            parts.append(f"not isinstance({var}, dict | Mapping)")
        else:
            return None
        return " or ".join(parts)

    # -- statements ---------------------------------------------------------------------------------

    def value(self, schema: Any, var: str, label: str, depth: int = 0) -> list[str]:
        """Statements checking ``var`` (known not to be ``None``) against ``schema``; ``label`` names it
        in errors (the body of an f-string: ``tags[{index0}]``)."""
        node = merged(schema, self.resolve)
        wrong = self._wrong(node, var)
        lines: list[str] = []
        if wrong is not None:
            expected = describe(schema, self.resolve).removesuffix(" or None")
            lines += [f"if {wrong}:", f"    raise invalid({_label(label)}, {var}, {expected!r})"]
        alternatives = _alternatives(node, self.resolve)
        if len(alternatives) > 1:
            # A union: inside the alternative the value turned out to be, check its items or fields too
            # (when only one alternative is a list, or a mapping, the value's type says which it is).
            kinds_of = [tuple(k for k in _types(alt) if k != "null") for alt in alternatives]
            for alt, kinds in zip(alternatives, kinds_of, strict=True):
                if kinds_of.count(kinds) > 1:
                    continue
                if kinds == ("array",):
                    inner, test = self._items(alt, var, label, depth), f"isinstance({var}, list | tuple)"
                elif kinds == ("object",):
                    inner, test = self._object(alt, var, label, depth), f"isinstance({var}, dict | Mapping)"
                else:
                    continue
                lines += [f"if {test}:", *(f"    {line}" for line in inner)] if inner else []
            return lines
        if not alternatives:
            return lines
        one = alternatives[0]
        kinds = [k for k in _types(one) if k != "null"]
        if kinds == ["array"]:
            lines += self._items(one, var, label, depth)
        elif kinds == ["object"]:
            lines += self._object(one, var, label, depth)
        return lines

    def _items(self, node: dict[str, Any], var: str, label: str, depth: int) -> list[str]:
        items = merged(node.get("items") or {}, self.resolve)
        alternatives = _alternatives(items, self.resolve)
        scalar = all(set(_types(alt)) - {"null"} <= _SCALARS and _types(alt) for alt in alternatives)
        item, index = f"item{depth}", f"index{depth}"
        item_label = f"{label}[{{{index}}}]"
        if scalar:
            inner = self.value(items, item, item_label, depth + 1)
        else:
            wrong = self._wrong(items, item)
            expected = describe(items, self.resolve)
            inner = (
                [f"if {wrong}:", f"    raise invalid({_label(item_label)}, {item}, {expected!r})"]
                if wrong
                else []
            )
        if not inner:
            return []
        return [f"for {index}, {item} in enumerate({var}):", *(f"    {line}" for line in inner)]

    def _object(self, node: dict[str, Any], var: str, label: str, depth: int) -> list[str]:
        lines: list[str] = []
        properties: dict[str, Any] = node.get("properties") or {}
        required = [name for name in node.get("required") or [] if name in properties]
        for name, prop in properties.items():
            child, child_label = f"field{depth}", f"{label}[{name!r}]"
            expected = describe(prop, self.resolve)
            checks = self.value(prop, child, child_label, depth + 1)
            if name in required:
                lines += [
                    f"{child} = {var}.get({name!r})",
                    f"if {child} is None:",
                    f"    raise missing({_label(child_label)}, {expected!r})",
                    *checks,
                ]
            elif checks:
                lines += [f"{child} = {var}.get({name!r})", f"if {child} is not None:"]
                lines += [f"    {line}" for line in checks]
        extra = node.get("additionalProperties")
        if not properties and isinstance(extra, dict) and extra:
            value, key = f"entry{depth}", f"key{depth}"
            checks = self.value(extra, value, f"{label}[{{{key}!r}}]", depth + 1)
            if checks:
                lines += [f"for {key}, {value} in {var}.items():", *(f"    {line}" for line in checks)]
        return lines

    def constants(self) -> list[str]:
        """The module constants the checks use."""
        lines = [f"{name} = re.compile({pattern!r})" for pattern, name in self.patterns.items()]
        lines += [f"{name} = frozenset({{{_quoted(list(values))}}})" for values, name in self.enums.items()]
        if self.uses_infinity:
            lines.append('_INF = float("inf")')
        return lines
