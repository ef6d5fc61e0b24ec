"""What is imported on first use, so that importing ``runcrate`` and reaching a resource stay cheap:
the names a public module exports (``export``, for its PEP 562 ``__getattr__``) and a resource's
endpoint modules (``LazyModules``; each imports the models it parses)."""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Any

__all__ = ["LazyModules", "export"]


def export(name: str, homes: Mapping[str, str], namespace: dict[str, Any]) -> Any:
    """``name``, imported from the module ``homes`` gives for it and kept in ``namespace`` (the
    exporting module's globals), so that the next access is a plain lookup."""
    home = homes.get(name)
    if home is None:
        raise AttributeError(f"module {namespace['__name__']!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    namespace[name] = value
    return value


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
