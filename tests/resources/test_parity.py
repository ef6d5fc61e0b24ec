"""``Runcrate`` and ``AsyncRuncrate`` expose the same resources, methods and signatures."""

from __future__ import annotations

import inspect
import re
from functools import cached_property
from typing import Any

import pytest

from runcrate import AsyncRuncrate, Runcrate
from runcrate._engine._async import AsyncResource
from runcrate._engine._sync import SyncResource

KEY = "rc_live_" + "p" * 32
VIEWS = ("with_raw_response", "with_streaming_response")
_ASYNC_NAME = re.compile(r"\bAsync(?=[A-Z])|\bAsyncPaginator\b")


def _resource_names(cls: type) -> list[str]:
    return sorted(name for name in dir(cls) if isinstance(inspect.getattr_static(cls, name), cached_property))


def _public_methods(resource: object) -> dict[str, Any]:
    return {
        name: getattr(resource, name)
        for name in dir(resource)
        if not name.startswith("_") and name not in VIEWS and callable(getattr(resource, name))
    }


def _sub_resources(resource: object) -> dict[str, Any]:
    names = [name for name in dir(resource) if not name.startswith("_") and name not in VIEWS]
    return {
        name: getattr(resource, name)
        for name in names
        if isinstance(getattr(resource, name), SyncResource | AsyncResource)
    }


def _shape(method: Any) -> list[tuple[str, Any, Any, str]]:
    """Each parameter's name, kind, default and annotation, with async type names made sync."""
    signature = inspect.signature(method)
    shape = []
    for parameter in signature.parameters.values():
        annotation = _ASYNC_NAME.sub("", str(parameter.annotation)).replace("Paginator", "SyncPage")
        shape.append((parameter.name, parameter.kind, parameter.default, annotation))
    return shape


def test_both_clients_declare_the_same_resources() -> None:
    assert _resource_names(Runcrate) == _resource_names(AsyncRuncrate)
    assert len(_resource_names(Runcrate)) == 15


def _pairs() -> list[tuple[str, object, object]]:
    sync_client, async_client = Runcrate(api_key=KEY), AsyncRuncrate(api_key=KEY)
    pending = [
        (name, getattr(sync_client, name), getattr(async_client, name)) for name in _resource_names(Runcrate)
    ]
    pairs = []
    while pending:
        path, sync_resource, async_resource = pending.pop()
        pairs.append((path, sync_resource, async_resource))
        sync_subs, async_subs = _sub_resources(sync_resource), _sub_resources(async_resource)
        assert sorted(sync_subs) == sorted(async_subs), path
        pending += [(f"{path}.{name}", sync_subs[name], async_subs[name]) for name in sync_subs]
    return pairs


@pytest.mark.parametrize(
    ("path", "sync_resource", "async_resource"), _pairs(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_each_resource_has_the_same_methods_and_signatures(
    path: str, sync_resource: object, async_resource: object
) -> None:
    sync_methods, async_methods = _public_methods(sync_resource), _public_methods(async_resource)
    assert sorted(sync_methods) == sorted(async_methods), path
    for name, sync_method in sync_methods.items():
        async_method = async_methods[name]
        assert _shape(sync_method) == _shape(async_method), f"{path}.{name}"
        assert not inspect.iscoroutinefunction(sync_method), f"{path}.{name} is async on the sync client"
        assert (sync_method.__doc__ or "").strip(), f"{path}.{name} has no docstring"
        assert sync_method.__doc__ == async_method.__doc__, f"{path}.{name} docstrings differ"


@pytest.mark.parametrize(
    ("path", "sync_resource", "async_resource"), _pairs(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_no_public_signature_names_the_generator_sentinel(
    path: str, sync_resource: object, async_resource: object
) -> None:
    for resource in (sync_resource, async_resource):
        for name, method in _public_methods(resource).items():
            assert "Unset" not in str(inspect.signature(method)), f"{path}.{name}"
