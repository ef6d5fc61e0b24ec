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


# The official SDK's model names, for code written against it: the same data under our names.
OFFICIAL_NAMES = {
    "EnvironmentCreate": "CreateEnvironmentRequest",
    "EnvironmentUpdate": "UpdateEnvironmentRequest",
    "ImageGeneration": "ImageResult",
    "InstanceCreate": "CreateInstanceRequest",
    "InstanceStatus": "InstanceStatusInfo",
    "JobStatus": "KnownJobStatus",
    "ScheduleCreate": "CreateScheduleRequest",
    "ScheduleCredential": "KnownScheduleCredential",
    "ScheduleKind": "KnownScheduleKind",
    "ScheduleOverlap": "KnownScheduleOverlap",
    "ScheduleRunStatus": "KnownScheduleRunStatus",
    "ScheduleUpdate": "UpdateScheduleRequest",
    "SSHKeyCreate": "CreateSshKeyRequest",
    "StopReason": "KnownStopReason",
    "TopUpStatus": "KnownTopUpStatus",
    "UsageSummary": "Usage",
}


def __getattr__(name: str) -> Any:
    return getattr(_models, OFFICIAL_NAMES.get(name, name))


def __dir__() -> list[str]:
    return sorted([*_models.__all__, *OFFICIAL_NAMES])
