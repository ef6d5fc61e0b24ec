"""Every type a public signature names can be imported from a public module (``runcrate``,
``runcrate.models``, ``runcrate.types``): a user never has to reach into ``runcrate._generated`` or
another private module to annotate their own code.

The signatures are those of both clients and of every method reachable from them
(``client.instances.create``, ``client.jobs.artifacts.download`` ...), parameters and return types.
"""

from __future__ import annotations

import builtins
import collections.abc
import datetime
import importlib
import inspect
import os
import pathlib
import re
import types
import typing
from collections.abc import Iterator
from typing import Any

import griffe
import httpx
import pytest

from runcrate import AsyncRuncrate, Runcrate, _transport
from runcrate._engine._sync import SyncEngine
from tests.public_surface import annotations, exported, names, runtime, surface
from tools.public_api import PUBLIC_MODULES, namespaces

KEY = "rc_live_" + "s" * 32


def _exports() -> dict[str, Any]:
    """Every name the public modules export (later modules do not shadow earlier ones)."""
    found: dict[str, Any] = {}
    for module_name in PUBLIC_MODULES:
        module = importlib.import_module(module_name)
        for name in getattr(module, "__all__", None) or dir(module):
            if not name.startswith("_"):
                found.setdefault(name, getattr(module, name))
    return found


EXPORTS = _exports()
PUBLIC = {id(value) for value in EXPORTS.values()}
_STANDARD = {
    **vars(builtins),
    **{name: getattr(typing, name) for name in typing.__all__},
    **{name: getattr(collections.abc, name) for name in collections.abc.__all__},
    "datetime": datetime.datetime,
    "date": datetime.date,
    "os": os,
    "Path": pathlib.Path,
    "httpx": httpx,
    "builtins": builtins,
}


def _signatures(client: Runcrate | AsyncRuncrate) -> Iterator[tuple[str, Any]]:
    for name, member in inspect.getmembers(type(client), callable):
        if not name.startswith("_") or name == "__init__":
            yield f"{type(client).__name__}.{name}", member
    for path, resource in namespaces(client):
        for name in dir(resource):
            member = getattr(resource, name)
            if not name.startswith("_") and callable(member) and inspect.ismethod(member):
                yield f"{path}.{name}", member


def _annotations(function: Any) -> Iterator[str]:
    signature = inspect.signature(function)
    for parameter in signature.parameters.values():
        if parameter.annotation is not inspect.Parameter.empty:
            yield str(parameter.annotation)
    if signature.return_annotation is not inspect.Signature.empty:
        yield str(signature.return_annotation)


_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*")
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")


def _private_types(function: Any) -> Iterator[str]:
    """Each name an annotation of ``function`` uses that a user could not import from a public module
    (a dotted name is looked up by its first part: ``httpx.Timeout``, ``os.PathLike``)."""
    scope = {**_STANDARD, **getattr(function, "__globals__", {})}
    for annotation in _annotations(function):
        for dotted in _NAME.findall(_QUOTED.sub("", annotation)):
            name = dotted.split(".")[0]
            if name in EXPORTS or name in _STANDARD:
                continue
            value = scope.get(name)
            module = (
                getattr(value, "__name__", "")
                if inspect.ismodule(value)
                else getattr(value, "__module__", "")
            )
            if value is None:
                yield f"{annotation!r}: {name} is not exported by a public module"
            elif module.startswith("runcrate") and (inspect.ismodule(value) or id(value) not in PUBLIC):
                yield f"{annotation!r}: {module}.{getattr(value, '__qualname__', name)} is not public"


@pytest.mark.parametrize("client_class", [Runcrate, AsyncRuncrate])
def test_public_signatures_name_only_public_types(client_class: type[Runcrate] | type[AsyncRuncrate]) -> None:
    client = client_class(api_key=KEY)
    checked, problems = 0, []
    for path, function in _signatures(client):
        checked += 1
        problems += [f"{path}: {problem}" for problem in _private_types(function)]
    assert checked >= 80
    assert problems == []


def test_the_check_sees_a_private_type() -> None:
    def leaky(job: types.SimpleNamespace) -> Runcrate:  # types: a module of the standard library
        raise NotImplementedError

    def private(engine: SyncEngine, transport: _transport.SyncTransport) -> None:
        raise NotImplementedError

    assert list(_private_types(leaky)) == []
    assert list(_private_types(private)) == [
        "'SyncEngine': runcrate._engine._sync.SyncEngine is not public",
        "'_transport.SyncTransport': runcrate._transport._transport is not public",
    ]


# -- the whole public surface, read statically --------------------------------------------------


def _private_names(objects: dict[str, griffe.Object]) -> dict[str, list[str]]:
    """Each private ``runcrate`` object an annotation of ``objects`` names, with where."""
    found: dict[str, list[str]] = {}
    for path, obj in objects.items():
        for role, annotation in annotations(obj):
            for name in names(annotation):
                if not name.startswith("runcrate."):
                    continue
                value = runtime(name)
                if isinstance(value, typing.TypeVar) or id(value) in exported():
                    continue
                found.setdefault(name, []).append(f"{path} ({role})")
    return found


def test_the_whole_public_surface_names_only_public_types() -> None:
    """Constructors included: a class the SDK builds around private state (a resource, a page, a
    generated image) takes none in a public signature."""
    assert _private_names(surface()) == {}


def test_the_static_check_sees_a_private_type() -> None:
    code = (
        "from runcrate._engine._sync import SyncEngine\n"
        "from runcrate._pagination import Paging\n"
        "from runcrate.resources import Instances\n"
        "class Page:\n"
        "    def __init__(self, paging: Paging, engine: 'SyncEngine', instances: Instances) -> None: ...\n"
    )
    with griffe.temporary_visited_module(code) as module:
        init = module["Page.__init__"]
        assert _private_names({"Page.__init__": init}) == {
            "runcrate._pagination.Paging": ["Page.__init__ (paging)"],
            "runcrate._engine._sync.SyncEngine": ["Page.__init__ (engine)"],
        }
