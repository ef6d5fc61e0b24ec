"""The public surface as griffe reads it (``tools.public_api``), for the tests that hold every public
signature and result to a rule: each annotation's names resolved to the objects they denote."""

from __future__ import annotations

import functools
import importlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import griffe

from tools.public_api import PUBLIC_MODULES, public_objects

ROOT = Path(__file__).resolve().parents[1]


@functools.cache
def surface() -> dict[str, griffe.Object]:
    """Every public function, class and attribute by its public path (``client.jobs.run``)."""
    return public_objects(ROOT)


@functools.cache
def exported() -> frozenset[int]:
    """The ids of everything the public modules export."""
    ids: set[int] = set()
    for name in PUBLIC_MODULES:
        module = importlib.import_module(name)
        for export in getattr(module, "__all__", None) or dir(module):
            if not export.startswith("_"):
                ids.add(id(getattr(module, export)))
    return frozenset(ids)


def annotations(obj: griffe.Object) -> Iterator[tuple[str, griffe.Expr | str | None]]:
    """Each annotation of a function (its parameters but ``self``/``cls``, then ``return``) or an
    attribute, with what it annotates."""
    if isinstance(obj, griffe.Function):
        for index, parameter in enumerate(obj.parameters):
            if not (index == 0 and parameter.name in ("self", "cls")):
                yield parameter.name, parameter.annotation
        yield "return", obj.returns
    elif isinstance(obj, griffe.Attribute):
        yield obj.name, obj.annotation


def names(annotation: griffe.Expr | str | None) -> Iterator[str]:
    """The canonical path of each name an annotation uses (``runcrate._generated.models.job.Job``)."""
    if isinstance(annotation, griffe.ExprName | griffe.ExprAttribute):
        yield annotation.canonical_path  # ``types.RequestFiles`` is one name, not ``types`` and another
    elif isinstance(annotation, griffe.Expr):
        for part in annotation.iterate(flat=False):
            if isinstance(part, griffe.Expr):
                yield from names(part)


def runtime(path: str) -> Any:
    """The object a canonical path names, imported (``None`` when nothing is there)."""
    parts = path.split(".")
    for end in range(len(parts), 0, -1):
        try:
            value: Any = importlib.import_module(".".join(parts[:end]))
        except ImportError:
            continue
        for part in parts[end:]:
            value = getattr(value, part, None)
        return value
    return None
