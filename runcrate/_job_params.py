"""The keywords of job submits: a job spec (or group spec, or overrides), then the per-call options.

``max_retries`` belongs to the job spec (the job's own retry count), so these options leave it out;
set HTTP retries with ``client.with_options(max_retries=...)``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from runcrate._generated.params import JobGroupSpec as JobGroupSpecParams
from runcrate._generated.params import JobOverrides as JobOverridesParams
from runcrate._generated.params import JobSpec as JobSpecParams
from runcrate._types import TimeoutValue

__all__ = ["JobGroupRunParams", "JobRerunParams", "JobRunParams", "SubmitOptions"]


class SubmitOptions(TypedDict, total=False):
    """The per-call options of job submits: :class:`CallOptions` without ``max_retries``, which in a
    job spec is the job's own retry count (set HTTP retries with ``client.with_options(max_retries=...)``)."""

    timeout: TimeoutValue
    extra_headers: Mapping[str, str | None]
    extra_query: Mapping[str, Any]
    extra_body: Mapping[str, Any]


class JobRunParams(JobSpecParams, SubmitOptions):
    """``jobs.run`` keywords: a job spec, then the per-call options."""


class JobGroupRunParams(JobGroupSpecParams, SubmitOptions):
    """``jobs.run_group`` keywords: a job spec with ``count`` or ``params``, then the per-call options."""


class JobRerunParams(JobOverridesParams, SubmitOptions):
    """``jobs.rerun`` keywords: the fields to override (``None`` clears one), then the per-call options."""
