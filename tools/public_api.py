"""The public Python API as a flat snapshot, and griffe's breaking-change check between two of them.

Public is what a user reaches without an underscore:

- the names each module of ``PUBLIC_MODULES`` exports (its ``__all__``, else what ``dir()`` lists);
- every public member of those classes, own or inherited, and their special methods
  (``__init__``, ``__iter__``, ``__enter__`` ...), but for the constructors of the classes in
  ``BUILT_BY_CLIENTS``;
- the namespaces and methods reachable from a client, recorded as the user writes them:
  ``client.instances.create``, ``client.jobs.artifacts.download``. They are found by walking a
  real ``Runcrate`` instance, so the snapshot follows a resource wherever its class is defined.
  ``AsyncRuncrate`` has the same namespaces with the same signatures (``tests/core`` asserts it),
  so they are recorded once.

Signatures come from griffe's static analysis of the source, as in the API reference: annotations
and defaults as written. A ``**params: Unpack[SomeTypedDict]`` parameter is recorded as one
keyword-only parameter per key of the TypedDict, so removing a key or making it required is a
breaking change like any other.

The snapshot is JSON: ``{"version": ..., "objects": {path: entry}}``, one entry per line.
"""

from __future__ import annotations

import importlib
import inspect
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import griffe

PUBLIC_MODULES = ("runcrate", "runcrate.models", "runcrate.types", "runcrate.resources", "runcrate.testing")
"""The modules whose exports are public. Any other module path is private, even without a ``_``."""

BUILT_BY_CLIENTS = frozenset({"runcrate.resources"})
"""Public modules of classes a client builds (resources and their views): public for annotations and
``isinstance``, while their constructors are not the user's to call and are left out."""

CLIENT = "client"
"""The root of the paths of methods reached from a client (``client.instances.create``)."""

_OPTIONAL = "..."
"""The default recorded for an optional TypedDict key: any value, the same in every snapshot."""

Entry = dict[str, Any]


def take(root: Path) -> dict[str, Any]:
    """The snapshot of the ``runcrate`` package under ``root`` (which must be the one imported)."""
    walker = _walk(root)
    return {"version": walker.version, "objects": dict(sorted(walker.objects.items()))}


def public_objects(root: Path) -> dict[str, griffe.Object]:
    """griffe's object behind each function, class and attribute the snapshot of ``root`` records,
    by the same public path (``runcrate.RawResponse.parse``, ``client.jobs.run``)."""
    return _walk(root).sources


def _walk(root: Path) -> _Walker:
    runcrate = importlib.import_module("runcrate")
    imported = Path(str(runcrate.__file__)).resolve().parent
    if imported != (root / "runcrate").resolve():
        raise RuntimeError(f"runcrate was imported from {imported}, not from {root}: fix sys.path")
    package = griffe.load(
        "runcrate",
        search_paths=[str(root)],
        try_relative_path=False,
        resolve_aliases=True,
        resolve_external=False,
    )
    if not isinstance(package, griffe.Module):
        raise TypeError(f"griffe loaded {package!r} for runcrate, not a module")
    walker = _Walker(package, runcrate.__version__)
    for module_name in PUBLIC_MODULES:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError:
            continue
        walker.module(module_name, module)
    client = runcrate.Runcrate(api_key="rc_live_" + "0" * 32, base_url="http://127.0.0.1:9")
    try:
        walker.namespace(CLIENT, client, members=False)
    finally:
        client.close()
    return walker


def dumps(snapshot: dict[str, Any]) -> str:
    """The snapshot as JSON with one object per line, so that its diff in git reads well."""
    lines = [
        json.dumps(path) + ": " + json.dumps(entry, sort_keys=True)
        for path, entry in snapshot["objects"].items()
    ]
    return (
        '{\n"version": '
        + json.dumps(snapshot["version"])
        + ',\n"objects": {\n'
        + ",\n".join(lines)
        + "\n}}\n"
    )


class _Walker:
    def __init__(self, package: griffe.Module, version: str) -> None:
        self.package = package
        self.version = version
        self.objects: dict[str, Entry] = {}
        self.sources: dict[str, griffe.Object] = {}

    def static(self, path: str) -> griffe.Object | None:
        """The griffe object at a canonical path inside the package (aliases followed)."""
        if not path.startswith("runcrate."):
            return None
        try:
            found = self.package[path.removeprefix("runcrate.")]
        except (KeyError, ValueError):
            return None
        return _resolved(found)

    def module(self, name: str, module: Any) -> None:
        self.objects[name] = {"kind": "module"}
        static_module = self.static(name) if name != "runcrate" else self.package
        for export in _exports(module):
            path = f"{name}.{export}"
            found = None
            if static_module is not None and export in static_module.all_members:
                found = _resolved(static_module.all_members[export])
            value = getattr(module, export)
            if found is None and (inspect.isclass(value) or inspect.isfunction(value)):
                found = self.static(f"{value.__module__}.{value.__qualname__}")
            if found is None:
                self.objects[path] = {"kind": "attribute", "annotation": None, "labels": []}
            else:
                self.record(path, found, constructor=name not in BUILT_BY_CLIENTS)

    def record(self, path: str, obj: griffe.Object, *, constructor: bool = True) -> None:
        """Record ``obj`` at ``path``; a class with its public members (``__init__`` only when
        ``constructor``)."""
        self.sources[path] = obj
        if isinstance(obj, griffe.Class):
            self.objects[path] = {"kind": "class", "bases": [str(base) for base in obj.bases]}
            for name, member in obj.all_members.items():
                target = _resolved(member)
                if name == "__init__" and not constructor:
                    continue
                if target is not None and _is_public_member(name, target):
                    self.record(f"{path}.{name}", target)
        elif isinstance(obj, griffe.Function):
            self.objects[path] = self.function(obj)
        elif isinstance(obj, griffe.Attribute) and (alias := self.aliased_function(obj)) is not None:
            self.sources[path] = alias
            self.objects[path] = self.function(alias)
        elif isinstance(obj, griffe.Attribute):
            annotation = None if obj.annotation is None else str(obj.annotation)
            self.objects[path] = {"kind": "attribute", "annotation": annotation, "labels": sorted(obj.labels)}
        else:
            self.objects[path] = {"kind": obj.kind.value}

    def namespace(self, path: str, value: Any, *, members: bool = True) -> None:
        """A client or resource: nested resources are walked, other public members recorded."""
        cls = type(value)
        static = self.static(f"{cls.__module__}.{cls.__qualname__}")
        if static is None or not static.is_class:
            raise RuntimeError(f"no source found for {cls.__module__}.{cls.__qualname__} ({path})")
        self.objects[path] = {"kind": "namespace"}
        for name, member in static.all_members.items():
            target = _resolved(member)
            # Resources are built by their client: their constructor is not the user's to call.
            if target is None or name == "__init__" or not _is_public_member(name, target):
                continue
            nested = namespace_member(value, name)
            if nested is not None:
                self.namespace(f"{path}.{name}", nested)
                continue
            if members:
                self.record(f"{path}.{name}", target)

    def aliased_function(self, attribute: griffe.Attribute) -> griffe.Function | None:
        """The function an attribute names (``chat_completion = ChatCompletions.create``)."""
        if not isinstance(attribute.value, griffe.ExprName | griffe.ExprAttribute):
            return None  # a call or any other expression: its result is a value, not the function
        target = self.static(attribute.value.canonical_path)
        return target if isinstance(target, griffe.Function) else None

    def function(self, function: griffe.Function) -> Entry:
        parameters: list[list[str | None]] = []
        for parameter in function.parameters:
            keys = self.unpacked_keys(parameter)
            if keys is None:
                parameters.append(
                    [
                        parameter.name,
                        parameter.kind.value,
                        None if parameter.annotation is None else str(parameter.annotation),
                        None if parameter.default is None else str(parameter.default),
                    ]
                )
            else:
                parameters.extend(keys)
        returns = None if function.returns is None else str(function.returns)
        return {
            "kind": "function",
            "parameters": parameters,
            "returns": returns,
            "labels": sorted(function.labels),
        }

    def unpacked_keys(self, parameter: griffe.Parameter) -> list[list[str | None]] | None:
        """``**params: Unpack[TD]`` as one keyword-only parameter per key of ``TD``."""
        annotation = parameter.annotation
        if parameter.kind is not griffe.ParameterKind.var_keyword or not isinstance(
            annotation, griffe.ExprSubscript
        ):
            return None
        if str(annotation.left).rpartition(".")[2] != "Unpack" or not isinstance(
            annotation.slice, griffe.ExprName
        ):
            return None
        typed_dict = self.static(annotation.slice.canonical_path)
        if not isinstance(typed_dict, griffe.Class):
            return None
        return [
            [name, griffe.ParameterKind.keyword_only.value, key_annotation, None if required else _OPTIONAL]
            for name, (key_annotation, required) in self.typed_dict_keys(typed_dict).items()
        ]

    def typed_dict_keys(self, cls: griffe.Class) -> dict[str, tuple[str, bool]]:
        """Each key's annotation and whether it is required, bases first (as Python merges them)."""
        keys: dict[str, tuple[str, bool]] = {}
        for base in cls.bases:
            resolved = self.static(base.canonical_path) if isinstance(base, griffe.Expr) else None
            if isinstance(resolved, griffe.Class):
                keys.update(self.typed_dict_keys(resolved))
        total = cls.keywords.get("total") != "False"
        for name, member in cls.members.items():
            if isinstance(member, griffe.Attribute) and member.annotation is not None:
                keys[name] = _key(str(member.annotation), total)
        return keys


def _key(annotation: str, total: bool) -> tuple[str, bool]:
    for wrapper, required in (("NotRequired[", False), ("Required[", True)):
        if annotation.startswith(wrapper) and annotation.endswith("]"):
            return annotation[len(wrapper) : -1], required
    return annotation, total


def _exports(module: Any) -> list[str]:
    names = getattr(module, "__all__", None)
    if names is None:
        names = [
            name
            for name in dir(module)
            if not name.startswith("_") and not inspect.ismodule(getattr(module, name, None))
        ]
    return sorted(set(names))


def _resolved(member: griffe.Object | griffe.Alias) -> griffe.Object | None:
    if not isinstance(member, griffe.Alias):
        return member
    try:
        target = member.final_target
    except (griffe.AliasResolutionError, griffe.CyclicAliasError):
        return None
    return target if isinstance(target, griffe.Object) else None


def _is_public_member(name: str, member: griffe.Object) -> bool:
    """Public names, and special methods (``__slots__`` and other special attributes are not API)."""
    if name.startswith("__") and name.endswith("__"):
        return member.is_function
    return not name.startswith("_")


def namespace_member(value: Any, name: str) -> Any | None:
    """The resource ``value.name`` holds, if it holds one: an instance of a public ``runcrate`` class
    that is not callable, reached through a property or attribute (never by calling a method)."""
    if callable(inspect.getattr_static(value, name, None)):
        return None
    member = getattr(value, name)
    cls = type(member)
    if cls.__module__.startswith("runcrate.") and not cls.__name__.startswith("_") and not callable(member):
        return member
    return None


def namespaces(value: Any, path: str = CLIENT) -> Iterator[tuple[str, Any]]:
    """Every resource reachable from ``value`` (a client), parents first: ``("client.jobs", jobs)``."""
    for name in dir(value):
        if name.startswith("_"):
            continue
        member = namespace_member(value, name)
        if member is not None:
            yield f"{path}.{name}", member
            yield from namespaces(member, f"{path}.{name}")


# --- comparing two snapshots ------------------------------------------------------------------


@dataclass(frozen=True)
class Breakage:
    """One breaking change: the object it is about (the changelog's identifier) and what broke."""

    path: str
    explanation: str


def breakages(old: dict[str, Entry], new: dict[str, Entry]) -> list[Breakage]:
    """griffe's breaking changes from the ``old`` objects to the ``new`` ones."""
    old_roots, new_roots = _tree(old), _tree(new)
    found: list[Breakage] = []
    for name, old_root in old_roots.items():
        new_root = new_roots.get(name)
        if new_root is None:
            found.append(Breakage(name, "Public object was removed"))
            continue
        found.extend(_explained(breakage) for breakage in griffe.find_breaking_changes(old_root, new_root))
    return sorted(set(found), key=lambda b: (b.path, b.explanation))


def additions(old: dict[str, Entry], new: dict[str, Entry]) -> list[str]:
    """Paths that are public now and were not before (new names; never breaking)."""
    return sorted(path for path in new if path not in old)


def _tree(objects: dict[str, Entry]) -> dict[str, griffe.Object]:
    nodes: dict[str, griffe.Object] = {}
    roots: dict[str, griffe.Object] = {}
    for path in sorted(objects, key=lambda p: p.count(".")):
        parent, _, name = path.rpartition(".")
        node = _node(name, objects[path])
        nodes[path] = node
        if not parent:
            roots[name] = node
        elif parent in nodes:
            nodes[parent].set_member(name, node)
    return roots


def _node(name: str, entry: Entry) -> griffe.Object:
    kind = entry["kind"]
    if kind == "module":
        return griffe.Module(name)
    if kind in {"class", "namespace"}:
        return griffe.Class(name, bases=entry.get("bases", []))
    if kind == "function":
        parameters = griffe.Parameters(
            *(
                griffe.Parameter(
                    pname, kind=griffe.ParameterKind(pkind), annotation=annotation, default=default
                )
                for pname, pkind, annotation, default in entry["parameters"]
            )
        )
        node: griffe.Object = griffe.Function(name, parameters=parameters, returns=entry["returns"])
    else:
        node = griffe.Attribute(name, annotation=entry.get("annotation"))
    node.labels |= set(entry.get("labels", []))
    return node


def _explained(breakage: griffe.Breakage) -> Breakage:
    kind = breakage.kind.value
    old, new = breakage.old_value, breakage.new_value
    if isinstance(old, griffe.Parameter) or isinstance(new, griffe.Parameter):
        parameter = old if isinstance(old, griffe.Parameter) else new
        detail = f"{kind}: `{parameter.name}`"
        if isinstance(old, griffe.Parameter) and isinstance(new, griffe.Parameter):
            if breakage.kind is griffe.BreakageKind.PARAMETER_CHANGED_DEFAULT:
                detail += f" (default {old.default} -> {new.default})"
            elif breakage.kind is griffe.BreakageKind.PARAMETER_CHANGED_KIND:
                detail += f" ({_kind(old)} -> {_kind(new)})"
            elif breakage.details:
                detail += f" ({breakage.details})"
    elif breakage.kind is griffe.BreakageKind.OBJECT_CHANGED_KIND:
        detail = f"{kind} ({old.value} -> {new.value})"
    elif breakage.kind is griffe.BreakageKind.CLASS_REMOVED_BASE:
        detail = f"{kind} ({', '.join(map(str, old))} -> {', '.join(map(str, new)) or 'none'})"
    else:
        detail = kind
    return Breakage(breakage.obj.path, detail)


def _kind(parameter: griffe.Parameter) -> str:
    return "unknown" if parameter.kind is None else parameter.kind.value


def main(argv: list[str] | None = None) -> int:
    """``python -m tools.public_api ROOT OUT``: write the snapshot of the tree at ROOT to OUT.

    Run it in a fresh process with ROOT first on ``sys.path`` to snapshot another revision.
    """
    args = sys.argv[1:] if argv is None else argv
    root, out = Path(args[0]).resolve(), Path(args[1])
    sys.path.insert(0, str(root))
    out.write_text(dumps(take(root)), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
