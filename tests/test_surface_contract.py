"""The contract between the spec and the clients: every operation is a method of both clients, and that
method takes every parameter of the operation.

The expected surface comes from the spec and ``overlays/python.yaml`` through the generator's own
rules (``generator/surface.py``), not from the generated code, so a hand-written method that stands in
for an operation (``chat.completions.create``, ``jobs.run_group``, ...) is held to the same list. A
parameter counts as taken when the method names it, or when its ``**keywords`` are typed with a
TypedDict that has it (``Unpack[JobRunParams]``).
"""

from __future__ import annotations

import inspect
import re
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Unpack, overload

import pytest
from openapi_python_client.parser import GeneratorData

from generator.generate import generator_config, load_python_spec, operation_metadata
from generator.surface import Method, Surface, build_surface
from runcrate import AsyncRuncrate, Runcrate
from runcrate.types import CallOptions

KEY = "rc_live_" + "c" * 32
_UNPACK = re.compile(r"^Unpack\[(\w+)\]$")


def surface_of(spec: dict[str, Any], shared: dict[str, Any] | None = None) -> Surface:
    """The surface the generator derives from ``spec`` (overlay applied) and ``shared`` (the spec
    before the overlay, where the whole-body rules are read)."""
    openapi = GeneratorData.from_dict(spec, config=generator_config(Path("unused")))
    assert isinstance(openapi, GeneratorData)
    return build_surface(spec, openapi, operation_metadata(spec), set(), shared)


@pytest.fixture(scope="module")
def surface() -> Surface:
    return surface_of(load_python_spec())


def _keywords_of(method: Any) -> set[str] | None:
    """The names ``method`` accepts, or None when it takes anything (untyped ``**kwargs``)."""
    names: set[str] = set()
    for parameter in inspect.signature(method).parameters.values():
        if parameter.kind is inspect.Parameter.VAR_KEYWORD:
            match = _UNPACK.match(str(parameter.annotation))
            if match and match.group(1) == "CallOptions":
                continue  # the per-call options, never an operation's parameter
            typed = getattr(method, "__globals__", {}).get(match.group(1)) if match else None
            if typed is None:
                return None
            names |= set(typing.get_type_hints(typed))
        elif parameter.kind is not inspect.Parameter.VAR_POSITIONAL:
            names.add(parameter.name)
    return names


def _resolve(client: object, method: Method) -> Any:
    target: Any = client
    for attribute in (*method.resource, method.name):
        target = getattr(target, attribute, None)
        if target is None:
            return None
    return target


def contract_problems(client: object, surface: Surface) -> Iterator[str]:
    """Every operation that ``client`` cannot reach, and every parameter its method does not take."""
    for method in surface.methods():
        bound = _resolve(client, method)
        if bound is None or not callable(bound):
            yield f"{method.operation_id}: no method {method.public_path} on {type(client).__name__}"
            continue
        wanted = [p.name for p in method.parameters] + (["idempotency_key"] if method.idempotency_key else [])
        where = f"{method.operation_id}: {type(client).__name__}.{method.public_path}"
        # An overloaded method's every overload is a signature the type checkers hold callers to.
        signatures = [(where, bound)] + [
            (f"{where} (overload {index})", overload)
            for index, overload in enumerate(typing.get_overloads(getattr(bound, "__func__", bound)), 1)
        ]
        for label, signature in signatures:
            taken = _keywords_of(signature)
            for name in wanted:
                if taken is not None and name not in taken:
                    yield f"{label} does not take the parameter {name!r}"
                elif taken is None and name not in {p.name for p in _explicit(signature)}:
                    yield f"{label} takes {name!r} only through untyped **keywords"


def _explicit(method: Any) -> list[inspect.Parameter]:
    return [
        p
        for p in inspect.signature(method).parameters.values()
        if p.kind not in (inspect.Parameter.VAR_KEYWORD, inspect.Parameter.VAR_POSITIONAL)
    ]


@pytest.mark.parametrize("client_class", [Runcrate, AsyncRuncrate])
def test_every_operation_is_a_method_that_takes_every_parameter(
    client_class: type[Runcrate] | type[AsyncRuncrate], surface: Surface
) -> None:
    client = client_class(api_key=KEY)
    assert len(surface.methods()) == len(list(_operations()))
    assert list(contract_problems(client, surface)) == []


def _operations() -> Iterator[str]:
    for item in load_python_spec()["paths"].values():
        for verb in ("get", "put", "post", "delete", "patch"):
            if verb in item:
                yield item[verb]["operationId"]


def test_the_contract_fails_on_a_hidden_parameter_and_an_unreachable_operation(surface: Surface) -> None:
    client = Runcrate(api_key=KEY)

    def list_without_search(**options: Unpack[CallOptions]) -> Any:
        raise AssertionError("never called")

    @overload
    def get_hiding_id(id: str, **options: Unpack[CallOptions]) -> int: ...
    @overload
    def get_hiding_id(**options: Unpack[CallOptions]) -> str: ...
    def get_hiding_id(id: str | None = None, **options: Unpack[CallOptions]) -> Any:
        raise AssertionError("never called")

    client.instances.list = list_without_search  # type: ignore[method-assign]
    client.instances.get = get_hiding_id  # type: ignore[method-assign,assignment]
    client.jobs.artifacts.url = None  # type: ignore[assignment,method-assign]
    assert list(contract_problems(client, surface)) == [
        "listInstances: Runcrate.instances.list does not take the parameter 'search'",
        "getInstance: Runcrate.instances.get (overload 2) does not take the parameter 'id'",
        "getJobArtifact: no method jobs.artifacts.url on Runcrate",
    ]
