"""What is imported on first use, so that building a client and reaching a resource stay cheap:
``LazyResource`` (a client's resource attribute) and ``LazyModules`` (a resource's endpoint modules,
each of which imports the models it parses)."""

from __future__ import annotations

import importlib
from typing import Any, Generic, Self, TypeVar, overload

__all__ = ["LazyModules", "LazyResource"]

_R = TypeVar("_R")


class LazyResource(Generic[_R]):
    """A resource attribute, imported and built on first access, then cached on the client.

    Keeps ``import runcrate`` and client construction cheap: no resource (and so no generated
    module) is imported until it is used. The resource is built with the client's engine.
    """

    def __init__(self, module: str, name: str) -> None:
        self._module = module
        self._name = name
        self._attribute = name

    def __set_name__(self, owner: type, attribute: str) -> None:
        self._attribute = attribute

    @overload
    def __get__(self, client: None, owner: type) -> Self: ...
    @overload
    def __get__(self, client: object, owner: type) -> _R: ...
    def __get__(self, client: object, owner: type) -> _R | Self:
        if client is None:
            return self
        engine: Any = client.__dict__["_engine"]
        resource: _R = getattr(importlib.import_module(self._module), self._name)(engine)
        client.__dict__[self._attribute] = resource
        return resource


class LazyModules:
    """The submodules of ``package`` as attributes, each imported on first access and then kept (a
    later access is a plain attribute read)."""

    def __init__(self, package: str) -> None:
        self._package = package

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # copy, pickle and the like probe for dunder methods
            raise AttributeError(name)
        module = importlib.import_module(f"{self._package}.{name}")
        setattr(self, name, module)
        return module

    def __repr__(self) -> str:
        return f"<LazyModules {self._package}>"
