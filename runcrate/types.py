"""The types public signatures name: request TypedDicts, input shapes and the per-call options.

The request TypedDicts (``EnvVar``, ``JobSpec``, ``ChatMessage``, ``ChatTool``, ...) are generated
from the spec's request bodies; a dict literal passed to a method is checked against them by mypy and
pyright. Every name is imported on first use, so ``import runcrate.types`` costs nothing.
Response models live in :mod:`runcrate.models`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from runcrate._generated.params import *  # noqa: F403

_HAND_WRITTEN = {
    "MessageInput": "runcrate._chat_request",
    "ResponseFormatInput": "runcrate._chat_request",
    "StreamOptionsInput": "runcrate._chat_request",
    "ToolChoiceInput": "runcrate._chat_request",
    "ToolInput": "runcrate._chat_request",
    "UploadSource": "runcrate._files",
    "AudioInput": "runcrate._media",
    "ImageInput": "runcrate._media",
    "JobGroupRunParams": "runcrate._job_params",
    "JobRerunParams": "runcrate._job_params",
    "JobRunParams": "runcrate._job_params",
    "SubmitOptions": "runcrate._job_params",
    "CallOptions": "runcrate._types",
    "NOT_GIVEN": "runcrate._types",
    "NotGiven": "runcrate._types",
    "RequestOptions": "runcrate._types",
    "TimeoutValue": "runcrate._types",
    "UNCHANGED": "runcrate._types",
}


def __getattr__(name: str) -> Any:
    if name.startswith("__"):
        raise AttributeError(name)  # no __all__: dir() lists the names
    module = importlib.import_module(_HAND_WRITTEN.get(name, "runcrate._generated.params"))
    try:
        value = getattr(module, name)
    except AttributeError:
        raise AttributeError(f"module 'runcrate.types' has no attribute {name!r}") from None
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    params = importlib.import_module("runcrate._generated.params")
    return sorted({*params.__all__, *_HAND_WRITTEN})
