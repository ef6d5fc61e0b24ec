"""Every model a user gets has the same model API: the generated models, and the results that wrap one
(images, ...). Whatever a public method returns is a model or one of the SDK's containers of them
(lists, pages, streams, raw and binary responses)."""

from __future__ import annotations

import importlib
import inspect

import griffe

from runcrate import (
    AsyncBinaryResponse,
    AsyncOpenedResponse,
    AsyncPage,
    AsyncPaginator,
    AsyncStream,
    BinaryResponse,
    OpenedResponse,
    RawResponse,
    ResultList,
    SpeechAudio,
    Stream,
    SyncPage,
)
from runcrate._generated.types import WireModel
from tests.public_surface import names, runtime, surface
from tools.public_api import PUBLIC_MODULES

MODEL_API = (
    "to_dict",
    "model_dump",
    "model_dump_json",
    "to_json",
    "__getitem__",
    "get",
    "__contains__",
    "keys",
    "items",
    "values",
    "__iter__",
    "_request_id",
)
# A class with any of these reads like a model, so it must have all of MODEL_API.
MODEL_LIKE = ("to_dict", "model_dump", "model_dump_json", "to_json", "keys")
CONTAINERS = (
    ResultList,
    SyncPage,
    AsyncPage,
    AsyncPaginator,
    Stream,
    AsyncStream,
    RawResponse,
    BinaryResponse,
    AsyncBinaryResponse,
    OpenedResponse,
    AsyncOpenedResponse,
    SpeechAudio,
)


def _missing(cls: type) -> list[str]:
    return [name for name in MODEL_API if not hasattr(cls, name)]


def _returned_classes() -> dict[str, type]:
    """Each ``runcrate`` class a method of a client returns (in its return annotation), by name."""
    found: dict[str, type] = {}
    for path, obj in surface().items():
        if path.startswith("client.") and isinstance(obj, griffe.Function):
            for name in names(obj.returns):
                value = runtime(name)
                if inspect.isclass(value) and value.__module__.startswith("runcrate"):
                    found[value.__name__] = value
    return found


def test_every_result_is_a_model_or_a_container_of_models() -> None:
    returned = _returned_classes()
    assert {"Instance", "ImagesResponse", "ChatCompletionStream", "SyncPage"} <= set(returned)
    problems = {
        name: _missing(cls)
        for name, cls in returned.items()
        if not issubclass(cls, CONTAINERS) and _missing(cls)
    }
    assert problems == {}


def test_whatever_reads_like_a_model_has_the_whole_model_api() -> None:
    checked, problems = 0, {}
    for module_name in PUBLIC_MODULES:
        module = importlib.import_module(module_name)
        for name in getattr(module, "__all__", None) or dir(module):
            value = getattr(module, name)
            if (
                inspect.isclass(value)
                and not issubclass(value, dict)  # TypedDicts: request shapes, not results
                and any(hasattr(value, method) for method in MODEL_LIKE)
            ):
                checked += 1
                if _missing(value):
                    problems[f"{module_name}.{name}"] = _missing(value)
    assert checked > 100  # the generated models, and the results wrapping one
    assert problems == {}


def test_the_models_share_one_model_api() -> None:
    assert _missing(WireModel) == []
