"""A resource's endpoint modules, each imported on first use: every endpoint module imports the
models it parses, so reaching a resource stays cheap until one of its methods is called."""

from __future__ import annotations

import importlib
from typing import Any

__all__ = ["LazyModules"]


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
