"""The API's data models (``Instance``, ``Job``, ``ChatCompletionChunk``, …), importable by name.

They are generated from the OpenAPI spec: attributes are snake_case, unknown fields are kept,
unknown enum values are accepted, and every model also reads like a mapping by its wire (JSON)
names. Each model is imported on first use, so ``import runcrate.models`` costs nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from runcrate._generated import models as _models

if TYPE_CHECKING:
    from runcrate._generated.models import *  # noqa: F403


def __getattr__(name: str) -> Any:
    return getattr(_models, name)


def __dir__() -> list[str]:
    return sorted(_models.__all__)
