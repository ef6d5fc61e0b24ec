# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
# The checks run on whatever callers pass at run time, whatever the annotations say:
# pyright: reportUnnecessaryIsInstance=false, reportUnknownVariableType=false
# pyright: reportUnknownArgumentType=false, reportUnknownMemberType=false
"""The ``jobs`` resource's plain methods, generated from the spec."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack

from runcrate._conversions import aware_datetime, comma_joined, lower_case, tag_filters
from runcrate._engine._async import AsyncResource
from runcrate._engine._sync import SyncResource
from runcrate._lazy import LazyModules
from runcrate._pagination import Paging
from runcrate._response import (
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from runcrate._types import UNCHANGED, CallOptions, request_options
from runcrate._validation import (
    invalid,
    missing,
    unexpected_keywords,
)

if TYPE_CHECKING:
    from runcrate._generated.api import jobs as _jobs_api
else:
    _jobs_api = LazyModules("runcrate._generated.api.jobs")

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import datetime

    from runcrate import AsyncPaginator, ResultList, SyncPage
    from runcrate.models import Job, JobArtifact, JobEvent, JobMetricPoint, JobUpload

_PATTERN_1 = re.compile("^[^:]+:")
_PATTERN_2 = re.compile("^[^:\\s]+(:0*[1-8])?$")
_PATTERN_3 = re.compile("^https://")
_PATTERN_4 = re.compile("^[0-9a-f]{64}$")
_ALLOWED_1 = frozenset({"machine_failure", "nonzero_exit"})
_ALLOWED_2 = frozenset({"started", "finished"})
SUBMIT_JOB_FIELDS = frozenset(
    (
        "command",
        "gpu_type",
        "max_runtime_minutes",
        "gpu_count",
        "template",
        "image",
        "env",
        "storage_id",
        "name",
        "region",
        "capacity_wait_minutes",
        "max_retries",
        "retry_on",
        "retry_exit_codes",
        "tags",
        "webhook_url",
        "webhook_events",
        "code",
        "image_registry_auth",
        "allow_cpu_container",
        "count",
        "params",
        "max_parallel",
        "timeout",
        "extra_headers",
        "extra_query",
        "extra_body",
    )
)
RERUN_JOB_FIELDS = frozenset(
    (
        "command",
        "gpu_type",
        "max_runtime_minutes",
        "gpu_count",
        "template",
        "image",
        "env",
        "storage_id",
        "name",
        "region",
        "capacity_wait_minutes",
        "max_retries",
        "retry_on",
        "retry_exit_codes",
        "tags",
        "webhook_url",
        "webhook_events",
        "code",
        "image_registry_auth",
        "allow_cpu_container",
        "timeout",
        "extra_headers",
        "extra_query",
        "extra_body",
    )
)
GET_JOB_LOGS_FIELDS = frozenset(
    ("after", "limit", "follow", "timeout", "max_retries", "extra_headers", "extra_query", "extra_body")
)


def list_jobs_arguments(fields: Mapping[str, Any]) -> dict[str, Any]:
    """``listJobs``: the keywords of its request, converted and checked."""
    arguments: dict[str, Any] = {}
    value = fields.get("status")
    if value is not None:
        value = comma_joined(value, "status")
    if value is not None:
        if not isinstance(value, str) or len(value) < 1:
            raise invalid("status", value, "a non-empty string")
        arguments["status"] = value
    value = fields.get("tags")
    if value is not None:
        value = tag_filters(value, "tags")
    if value is not None:
        if not isinstance(value, list | tuple):
            raise invalid("tags", value, "a list of strings")
        for index0, item0 in enumerate(value):
            if not isinstance(item0, str) or _PATTERN_1.search(item0) is None:
                raise invalid(f"tags[{index0}]", item0, "a string matching '^[^:]+:'")
        arguments["tag"] = value
    value = fields.get("group_id")
    if value is not None:
        if not isinstance(value, str) or len(value) < 1:
            raise invalid("group_id", value, "a non-empty string")
        arguments["group_id"] = value
    value = fields.get("q")
    if value is not None:
        if not isinstance(value, str) or len(value) < 1:
            raise invalid("q", value, "a non-empty string")
        arguments["q"] = value
    value = fields.get("gpu_type")
    if value is not None:
        if not isinstance(value, str) or len(value) < 1:
            raise invalid("gpu_type", value, "a non-empty string")
        arguments["gpu_type"] = value
    value = fields.get("created_after")
    if value is not None:
        value = aware_datetime(value, "created_after")
    if value is not None:
        if not isinstance(value, str | date):
            raise invalid("created_after", value, "an aware datetime or an ISO-8601 date-time with an offset")
        arguments["created_after"] = value
    value = fields.get("limit")
    if value is not None:
        if not isinstance(value, int) or isinstance(value, bool) or value < 1 or value > 100:
            raise invalid("limit", value, "a whole number from 1 to 100")
        arguments["limit"] = value
    value = fields.get("cursor")
    if value is not None:
        if not isinstance(value, str) or len(value) < 1:
            raise invalid("cursor", value, "a non-empty string")
        arguments["cursor"] = value
    return arguments


def submit_job_arguments(fields: Mapping[str, Any]) -> dict[str, Any]:
    """``submitJob``: the keywords of its request, converted and checked."""
    arguments: dict[str, Any] = {}
    unknown = fields.keys() - SUBMIT_JOB_FIELDS
    if unknown:
        raise unexpected_keywords(sorted(unknown), SUBMIT_JOB_FIELDS)
    body: dict[str, Any] = {}
    value = fields.get("command")
    if value is None:
        raise missing("command", "a string of 1 to 65536 characters")
    if not isinstance(value, str) or len(value) < 1 or len(value) > 65536:
        raise invalid("command", value, "a string of 1 to 65536 characters")
    body["command"] = value
    value = fields.get("gpu_type")
    if value is None:
        raise missing(
            "gpu_type", "a string matching '^[^:\\\\s]+(:0*[1-8])?$' or a non-empty list of strings"
        )
    if (not isinstance(value, str) or _PATTERN_2.search(value) is None) and (
        not isinstance(value, list | tuple) or len(value) < 1
    ):
        raise invalid(
            "gpu_type", value, "a string matching '^[^:\\\\s]+(:0*[1-8])?$' or a non-empty list of strings"
        )
    if isinstance(value, list | tuple):
        for index0, item0 in enumerate(value):
            if not isinstance(item0, str) or _PATTERN_2.search(item0) is None:
                raise invalid(f"gpu_type[{index0}]", item0, "a string matching '^[^:\\\\s]+(:0*[1-8])?$'")
    body["gpu_type"] = value
    value = fields.get("max_runtime_minutes")
    if value is None:
        raise missing("max_runtime_minutes", "a whole number from 1 to 10080")
    if not isinstance(value, int) or isinstance(value, bool) or value < 1 or value > 10080:
        raise invalid("max_runtime_minutes", value, "a whole number from 1 to 10080")
    body["max_runtime_minutes"] = value
    value = fields.get("gpu_count")
    if value is not None:
        if not isinstance(value, int) or isinstance(value, bool) or value < 1 or value > 8:
            raise invalid("gpu_count", value, "a whole number from 1 to 8")
        body["gpu_count"] = value
    value = fields.get("template")
    if value is not None:
        if not isinstance(value, str) or len(value) < 1:
            raise invalid("template", value, "a non-empty string")
        body["template"] = value
    value = fields.get("image")
    if value is not None:
        if not isinstance(value, str) or len(value) < 1:
            raise invalid("image", value, "a non-empty string")
        body["image"] = value
    value = fields.get("env")
    if value is not None:
        if not isinstance(value, dict | Mapping):
            raise invalid("env", value, "a mapping of strings to strings")
        for key0, entry0 in value.items():
            if not isinstance(entry0, str):
                raise invalid(f"env[{key0!r}]", entry0, "a string")
        body["env"] = value
    value = fields.get("storage_id")
    if value is not None:
        if not isinstance(value, str) or len(value) < 1:
            raise invalid("storage_id", value, "a non-empty string")
        body["storage_id"] = value
    value = fields.get("name")
    if value is not None:
        if not isinstance(value, str) or len(value) < 1:
            raise invalid("name", value, "a non-empty string")
        body["name"] = value
    value = fields.get("region")
    if value is not None:
        if not isinstance(value, str) or len(value) < 1:
            raise invalid("region", value, "a non-empty string")
        body["region"] = value
    value = fields.get("capacity_wait_minutes")
    if value is not None:
        if not isinstance(value, int) or isinstance(value, bool) or value < 0 or value > 1440:
            raise invalid("capacity_wait_minutes", value, "a whole number from 0 to 1440")
        body["capacity_wait_minutes"] = value
    value = fields.get("max_retries")
    if value is not None:
        if not isinstance(value, int) or isinstance(value, bool) or value < 0 or value > 10:
            raise invalid("max_retries", value, "a whole number from 0 to 10")
        body["max_retries"] = value
    value = fields.get("retry_on")
    if value is not None:
        if not isinstance(value, list | tuple):
            raise invalid("retry_on", value, "a list")
        for index0, item0 in enumerate(value):
            if not isinstance(item0, str) or item0 not in _ALLOWED_1:
                raise invalid(f"retry_on[{index0}]", item0, "one of 'machine_failure', 'nonzero_exit'")
        body["retry_on"] = value
    value = fields.get("retry_exit_codes")
    if value is not None:
        if not isinstance(value, list | tuple):
            raise invalid("retry_exit_codes", value, "a list")
        for index0, item0 in enumerate(value):
            if not isinstance(item0, int) or isinstance(item0, bool):
                raise invalid(f"retry_exit_codes[{index0}]", item0, "a whole number")
        body["retry_exit_codes"] = value
    value = fields.get("tags")
    if value is not None:
        if not isinstance(value, dict | Mapping):
            raise invalid("tags", value, "a mapping of strings to strings")
        for key0, entry0 in value.items():
            if not isinstance(entry0, str):
                raise invalid(f"tags[{key0!r}]", entry0, "a string")
        body["tags"] = value
    value = fields.get("webhook_url", UNCHANGED)
    if value is not UNCHANGED:
        if value is not None:
            if not isinstance(value, str) or _PATTERN_3.search(value) is None:
                raise invalid("webhook_url", value, "a string matching '^https://'")
        body["webhook_url"] = value
    value = fields.get("webhook_events")
    if value is not None:
        if not isinstance(value, list | tuple):
            raise invalid("webhook_events", value, "a list")
        for index0, item0 in enumerate(value):
            if not isinstance(item0, str) or item0 not in _ALLOWED_2:
                raise invalid(f"webhook_events[{index0}]", item0, "one of 'started', 'finished'")
        body["webhook_events"] = value
    value = fields.get("code")
    if value is not None:
        if (not isinstance(value, dict | Mapping)) and (not isinstance(value, dict | Mapping)):
            raise invalid("code", value, "a mapping")
        body["code"] = value
    value = fields.get("image_registry_auth")
    if value is not None:
        if not isinstance(value, dict | Mapping):
            raise invalid("image_registry_auth", value, "a mapping")
        field0 = value.get("username_env")
        if field0 is None:
            raise missing("image_registry_auth['username_env']", "a non-empty string")
        if not isinstance(field0, str) or len(field0) < 1:
            raise invalid("image_registry_auth['username_env']", field0, "a non-empty string")
        field0 = value.get("password_env")
        if field0 is None:
            raise missing("image_registry_auth['password_env']", "a non-empty string")
        if not isinstance(field0, str) or len(field0) < 1:
            raise invalid("image_registry_auth['password_env']", field0, "a non-empty string")
        body["image_registry_auth"] = value
    value = fields.get("allow_cpu_container")
    if value is not None:
        if not isinstance(value, bool):
            raise invalid("allow_cpu_container", value, "True or False")
        body["allow_cpu_container"] = value
    value = fields.get("count")
    if value is not None:
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise invalid("count", value, "a whole number >= 1")
        body["count"] = value
    value = fields.get("params")
    if value is not None:
        if not isinstance(value, list | tuple) or len(value) < 1:
            raise invalid("params", value, "a non-empty list")
        for index0, item0 in enumerate(value):
            if not isinstance(item0, dict | Mapping):
                raise invalid(f"params[{index0}]", item0, "a mapping of strings to strings")
        body["params"] = value
    value = fields.get("max_parallel")
    if value is not None:
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise invalid("max_parallel", value, "a whole number >= 1")
        body["max_parallel"] = value
    arguments["body"] = body
    return arguments


def rerun_job_arguments(fields: Mapping[str, Any]) -> dict[str, Any]:
    """``rerunJob``: the keywords of its request, converted and checked."""
    arguments: dict[str, Any] = {}
    unknown = fields.keys() - RERUN_JOB_FIELDS
    if unknown:
        raise unexpected_keywords(sorted(unknown), RERUN_JOB_FIELDS)
    body: dict[str, Any] = {}
    value = fields.get("command", UNCHANGED)
    if value is not UNCHANGED:
        if not isinstance(value, str) or len(value) < 1 or len(value) > 65536:
            raise invalid("command", value, "a string of 1 to 65536 characters")
        body["command"] = value
    value = fields.get("gpu_type", UNCHANGED)
    if value is not UNCHANGED:
        if (not isinstance(value, str) or _PATTERN_2.search(value) is None) and (
            not isinstance(value, list | tuple) or len(value) < 1
        ):
            raise invalid(
                "gpu_type",
                value,
                "a string matching '^[^:\\\\s]+(:0*[1-8])?$' or a non-empty list of strings",
            )
        if isinstance(value, list | tuple):
            for index0, item0 in enumerate(value):
                if not isinstance(item0, str) or _PATTERN_2.search(item0) is None:
                    raise invalid(f"gpu_type[{index0}]", item0, "a string matching '^[^:\\\\s]+(:0*[1-8])?$'")
        body["gpu_type"] = value
    value = fields.get("max_runtime_minutes", UNCHANGED)
    if value is not UNCHANGED:
        if not isinstance(value, int) or isinstance(value, bool) or value < 1 or value > 10080:
            raise invalid("max_runtime_minutes", value, "a whole number from 1 to 10080")
        body["max_runtime_minutes"] = value
    value = fields.get("gpu_count", UNCHANGED)
    if value is not UNCHANGED:
        if value is not None:
            if not isinstance(value, int) or isinstance(value, bool) or value < 1 or value > 8:
                raise invalid("gpu_count", value, "a whole number from 1 to 8")
        body["gpu_count"] = value
    value = fields.get("template", UNCHANGED)
    if value is not UNCHANGED:
        if value is not None:
            if not isinstance(value, str):
                raise invalid("template", value, "a string")
        body["template"] = value
    value = fields.get("image", UNCHANGED)
    if value is not UNCHANGED:
        if value is not None:
            if not isinstance(value, str):
                raise invalid("image", value, "a string")
        body["image"] = value
    value = fields.get("env", UNCHANGED)
    if value is not UNCHANGED:
        if value is not None:
            if not isinstance(value, dict | Mapping):
                raise invalid("env", value, "a mapping of strings to strings")
            for key0, entry0 in value.items():
                if not isinstance(entry0, str):
                    raise invalid(f"env[{key0!r}]", entry0, "a string")
        body["env"] = value
    value = fields.get("storage_id", UNCHANGED)
    if value is not UNCHANGED:
        if value is not None:
            if not isinstance(value, str):
                raise invalid("storage_id", value, "a string")
        body["storage_id"] = value
    value = fields.get("name", UNCHANGED)
    if value is not UNCHANGED:
        if value is not None:
            if not isinstance(value, str):
                raise invalid("name", value, "a string")
        body["name"] = value
    value = fields.get("region", UNCHANGED)
    if value is not UNCHANGED:
        if value is not None:
            if not isinstance(value, str):
                raise invalid("region", value, "a string")
        body["region"] = value
    value = fields.get("capacity_wait_minutes", UNCHANGED)
    if value is not UNCHANGED:
        if value is not None:
            if not isinstance(value, int) or isinstance(value, bool) or value < 0 or value > 1440:
                raise invalid("capacity_wait_minutes", value, "a whole number from 0 to 1440")
        body["capacity_wait_minutes"] = value
    value = fields.get("max_retries", UNCHANGED)
    if value is not UNCHANGED:
        if value is not None:
            if not isinstance(value, int) or isinstance(value, bool) or value < 0 or value > 10:
                raise invalid("max_retries", value, "a whole number from 0 to 10")
        body["max_retries"] = value
    value = fields.get("retry_on", UNCHANGED)
    if value is not UNCHANGED:
        if value is not None:
            if not isinstance(value, list | tuple):
                raise invalid("retry_on", value, "a list")
            for index0, item0 in enumerate(value):
                if not isinstance(item0, str) or item0 not in _ALLOWED_1:
                    raise invalid(f"retry_on[{index0}]", item0, "one of 'machine_failure', 'nonzero_exit'")
        body["retry_on"] = value
    value = fields.get("retry_exit_codes", UNCHANGED)
    if value is not UNCHANGED:
        if value is not None:
            if not isinstance(value, list | tuple):
                raise invalid("retry_exit_codes", value, "a list")
            for index0, item0 in enumerate(value):
                if not isinstance(item0, int) or isinstance(item0, bool):
                    raise invalid(f"retry_exit_codes[{index0}]", item0, "a whole number")
        body["retry_exit_codes"] = value
    value = fields.get("tags", UNCHANGED)
    if value is not UNCHANGED:
        if value is not None:
            if not isinstance(value, dict | Mapping):
                raise invalid("tags", value, "a mapping of strings to strings")
            for key0, entry0 in value.items():
                if not isinstance(entry0, str):
                    raise invalid(f"tags[{key0!r}]", entry0, "a string")
        body["tags"] = value
    value = fields.get("webhook_url", UNCHANGED)
    if value is not UNCHANGED:
        if value is not None:
            if not isinstance(value, str) or _PATTERN_3.search(value) is None:
                raise invalid("webhook_url", value, "a string matching '^https://'")
        body["webhook_url"] = value
    value = fields.get("webhook_events", UNCHANGED)
    if value is not UNCHANGED:
        if value is not None:
            if not isinstance(value, list | tuple):
                raise invalid("webhook_events", value, "a list")
            for index0, item0 in enumerate(value):
                if not isinstance(item0, str) or item0 not in _ALLOWED_2:
                    raise invalid(f"webhook_events[{index0}]", item0, "one of 'started', 'finished'")
        body["webhook_events"] = value
    value = fields.get("code", UNCHANGED)
    if value is not UNCHANGED:
        if value is not None:
            if (not isinstance(value, dict | Mapping)) and (not isinstance(value, dict | Mapping)):
                raise invalid("code", value, "a mapping")
        body["code"] = value
    value = fields.get("image_registry_auth", UNCHANGED)
    if value is not UNCHANGED:
        if value is not None:
            if not isinstance(value, dict | Mapping):
                raise invalid("image_registry_auth", value, "a mapping")
            field0 = value.get("username_env")
            if field0 is None:
                raise missing("image_registry_auth['username_env']", "a non-empty string")
            if not isinstance(field0, str) or len(field0) < 1:
                raise invalid("image_registry_auth['username_env']", field0, "a non-empty string")
            field0 = value.get("password_env")
            if field0 is None:
                raise missing("image_registry_auth['password_env']", "a non-empty string")
            if not isinstance(field0, str) or len(field0) < 1:
                raise invalid("image_registry_auth['password_env']", field0, "a non-empty string")
        body["image_registry_auth"] = value
    value = fields.get("allow_cpu_container", UNCHANGED)
    if value is not UNCHANGED:
        if value is not None:
            if not isinstance(value, bool):
                raise invalid("allow_cpu_container", value, "True or False")
        body["allow_cpu_container"] = value
    arguments["body"] = body
    return arguments


def get_job_logs_arguments(fields: Mapping[str, Any]) -> dict[str, Any]:
    """``getJobLogs``: the keywords of its request, converted and checked."""
    arguments: dict[str, Any] = {}
    unknown = fields.keys() - GET_JOB_LOGS_FIELDS
    if unknown:
        raise unexpected_keywords(sorted(unknown), GET_JOB_LOGS_FIELDS)
    value = fields.get("after")
    if value is not None:
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise invalid("after", value, "a whole number >= 0")
        arguments["after"] = value
    value = fields.get("limit")
    if value is not None:
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise invalid("limit", value, "a whole number >= 1")
        arguments["limit"] = value
    value = fields.get("follow")
    if value is not None:
        if not isinstance(value, bool):
            raise invalid("follow", value, "True or False")
        arguments["follow"] = value
    return arguments


def get_job_metrics_arguments(fields: Mapping[str, Any]) -> dict[str, Any]:
    """``getJobMetrics``: the keywords of its request, converted and checked."""
    arguments: dict[str, Any] = {}
    value = fields.get("step")
    if value is not None:
        if not isinstance(value, int) or isinstance(value, bool) or value < 60 or value > 86400:
            raise invalid("step", value, "a whole number from 60 to 86400")
        arguments["step"] = value
    return arguments


def create_job_upload_arguments(fields: Mapping[str, Any]) -> dict[str, Any]:
    """``createJobUpload``: the keywords of its request, converted and checked."""
    arguments: dict[str, Any] = {}
    body: dict[str, Any] = {}
    value = fields.get("bytes")
    if value is None:
        raise missing("bytes", "a whole number from 1 to 1073741824")
    if not isinstance(value, int) or isinstance(value, bool) or value < 1 or value > 1073741824:
        raise invalid("bytes", value, "a whole number from 1 to 1073741824")
    body["bytes"] = value
    value = fields.get("sha256")
    if value is not None:
        value = lower_case(value, "sha256")
    if value is not None:
        if not isinstance(value, str) or _PATTERN_4.search(value) is None:
            raise invalid("sha256", value, "a string matching '^[0-9a-f]{64}$'")
        body["sha256"] = value
    arguments["body"] = body
    return arguments


class JobsArtifacts(SyncResource):
    """The ``jobs.artifacts`` methods."""

    @cached_property
    def with_raw_response(self) -> JobsArtifactsWithRawResponse:
        """The methods that make one HTTP call, each returning a ``RawResponse`` (status, headers, request
        id) whose ``parse()`` gives what the method returns."""
        return JobsArtifactsWithRawResponse(self)

    def list(
        self: SyncResource,
        job_id: str,
        **options: Unpack[CallOptions],
    ) -> ResultList[JobArtifact]:
        """List a job's artifacts.

        Lists the files the job wrote to `$RUNCRATE_OUTPUT_DIR`. They are kept for 30 days after the job
        ends. The list is not paginated; fetch a file with `getJobArtifact`.

        Args:
            job_id: The job id (percent-encoded).
        """
        return self._engine.request_data(
            _jobs_api.list_job_artifacts,
            id=job_id,
            options=request_options(
                options,
            ),
        )

    def url(
        self: SyncResource,
        job_id: str,
        path: str,
        **options: Unpack[CallOptions],
    ) -> str:
        """Get a download link for an artifact.

        Answers with a redirect whose `Location` is a signed URL for the file, valid for about an hour.
        The signed URL needs no API key: fetch it with a plain GET, without `Authorization` and without
        the `environment` parameter, and do not follow the redirect with credentials attached.
        `Location` may be relative; resolve it against the request URL. The redirect status is
        documented as 302; treat any 3xx with a `Location` the same way. Compare the downloaded bytes
        with the artifact's `sha256`.

        Args:
            job_id: The job id (percent-encoded).
            path: The artifact's `path` as listed by `listJobArtifacts`. It may span several segments:
                percent-encode each segment on its own and keep the `/` separators as they are
                (`checkpoints/epoch-3/model%20final.bin`), so this one parameter fills the rest of the
                URL path.
        """
        return self._engine.request_redirect(
            _jobs_api.get_job_artifact,
            id=job_id,
            path=path,
            options=request_options(
                options,
            ),
        )


class JobsArtifactsWithRawResponse:
    """``jobs.artifacts.with_raw_response``: each method returns a ``RawResponse`` whose ``parse()`` gives
    the method's own result."""

    def __init__(self, resource: JobsArtifacts) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.url = to_raw_response_wrapper(resource.url)


class AsyncJobsArtifacts(AsyncResource):
    """The ``jobs.artifacts`` methods."""

    @cached_property
    def with_raw_response(self) -> AsyncJobsArtifactsWithRawResponse:
        """The methods that make one HTTP call, each returning a ``RawResponse`` (status, headers, request
        id) whose ``parse()`` gives what the method returns."""
        return AsyncJobsArtifactsWithRawResponse(self)

    async def list(
        self: AsyncResource,
        job_id: str,
        **options: Unpack[CallOptions],
    ) -> ResultList[JobArtifact]:
        """List a job's artifacts.

        Lists the files the job wrote to `$RUNCRATE_OUTPUT_DIR`. They are kept for 30 days after the job
        ends. The list is not paginated; fetch a file with `getJobArtifact`.

        Args:
            job_id: The job id (percent-encoded).
        """
        return await self._engine.request_data(
            _jobs_api.list_job_artifacts,
            id=job_id,
            options=request_options(
                options,
            ),
        )

    async def url(
        self: AsyncResource,
        job_id: str,
        path: str,
        **options: Unpack[CallOptions],
    ) -> str:
        """Get a download link for an artifact.

        Answers with a redirect whose `Location` is a signed URL for the file, valid for about an hour.
        The signed URL needs no API key: fetch it with a plain GET, without `Authorization` and without
        the `environment` parameter, and do not follow the redirect with credentials attached.
        `Location` may be relative; resolve it against the request URL. The redirect status is
        documented as 302; treat any 3xx with a `Location` the same way. Compare the downloaded bytes
        with the artifact's `sha256`.

        Args:
            job_id: The job id (percent-encoded).
            path: The artifact's `path` as listed by `listJobArtifacts`. It may span several segments:
                percent-encode each segment on its own and keep the `/` separators as they are
                (`checkpoints/epoch-3/model%20final.bin`), so this one parameter fills the rest of the
                URL path.
        """
        return await self._engine.request_redirect(
            _jobs_api.get_job_artifact,
            id=job_id,
            path=path,
            options=request_options(
                options,
            ),
        )


class AsyncJobsArtifactsWithRawResponse:
    """``jobs.artifacts.with_raw_response``: each method returns a ``RawResponse`` whose ``parse()`` gives
    the method's own result."""

    def __init__(self, resource: AsyncJobsArtifacts) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.url = async_to_raw_response_wrapper(resource.url)


class JobsUploads(SyncResource):
    """The ``jobs.uploads`` methods."""

    @cached_property
    def with_raw_response(self) -> JobsUploadsWithRawResponse:
        """The methods that make one HTTP call, each returning a ``RawResponse`` (status, headers, request
        id) whose ``parse()`` gives what the method returns."""
        return JobsUploadsWithRawResponse(self)

    def create(
        self: SyncResource,
        bytes: int,
        sha256: str | None = None,
        **options: Unpack[CallOptions],
    ) -> JobUpload:
        """Reserve a code upload.

        Reserves an upload for a `.tar.gz` code archive, to be used as `code.upload_id` in a job spec
        before `expires_at` (about 24 hours). With `sha256`, the same hash returns the same upload, so
        the call is safe to repeat.

        When the response's `url` is null there is nothing to send: a job already uses an upload with
        this hash. Otherwise PUT the raw archive bytes to `url` before `url_expires_at`: a plain HTTP
        PUT with the archive as the body, sent without `Authorization` and without the `environment`
        parameter (the URL is signed and points at object storage). Any 2xx answer means the upload
        succeeded. The archive may not be larger than `max_bytes` (at most 1 GiB).

        Args:
            bytes: Size of the `.tar.gz` archive in bytes (at most 1 GiB).
            sha256: Lowercase hex SHA-256 of the archive. With it the same hash returns the same upload,
                which makes the call safe to repeat and skips re-sending code a job already uses.
        """
        return self._engine.request_data(
            _jobs_api.create_job_upload,
            options=request_options(
                options,
                parameters=(
                    "bytes",
                    "sha256",
                ),
            ),
            **create_job_upload_arguments(
                {
                    "bytes": bytes,
                    "sha256": sha256,
                }
            ),
        )


class JobsUploadsWithRawResponse:
    """``jobs.uploads.with_raw_response``: each method returns a ``RawResponse`` whose ``parse()`` gives
    the method's own result."""

    def __init__(self, resource: JobsUploads) -> None:
        self.create = to_raw_response_wrapper(resource.create)


class AsyncJobsUploads(AsyncResource):
    """The ``jobs.uploads`` methods."""

    @cached_property
    def with_raw_response(self) -> AsyncJobsUploadsWithRawResponse:
        """The methods that make one HTTP call, each returning a ``RawResponse`` (status, headers, request
        id) whose ``parse()`` gives what the method returns."""
        return AsyncJobsUploadsWithRawResponse(self)

    async def create(
        self: AsyncResource,
        bytes: int,
        sha256: str | None = None,
        **options: Unpack[CallOptions],
    ) -> JobUpload:
        """Reserve a code upload.

        Reserves an upload for a `.tar.gz` code archive, to be used as `code.upload_id` in a job spec
        before `expires_at` (about 24 hours). With `sha256`, the same hash returns the same upload, so
        the call is safe to repeat.

        When the response's `url` is null there is nothing to send: a job already uses an upload with
        this hash. Otherwise PUT the raw archive bytes to `url` before `url_expires_at`: a plain HTTP
        PUT with the archive as the body, sent without `Authorization` and without the `environment`
        parameter (the URL is signed and points at object storage). Any 2xx answer means the upload
        succeeded. The archive may not be larger than `max_bytes` (at most 1 GiB).

        Args:
            bytes: Size of the `.tar.gz` archive in bytes (at most 1 GiB).
            sha256: Lowercase hex SHA-256 of the archive. With it the same hash returns the same upload,
                which makes the call safe to repeat and skips re-sending code a job already uses.
        """
        return await self._engine.request_data(
            _jobs_api.create_job_upload,
            options=request_options(
                options,
                parameters=(
                    "bytes",
                    "sha256",
                ),
            ),
            **create_job_upload_arguments(
                {
                    "bytes": bytes,
                    "sha256": sha256,
                }
            ),
        )


class AsyncJobsUploadsWithRawResponse:
    """``jobs.uploads.with_raw_response``: each method returns a ``RawResponse`` whose ``parse()`` gives
    the method's own result."""

    def __init__(self, resource: AsyncJobsUploads) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)


class Jobs(SyncResource):
    """Batch jobs: one command on a fresh GPU machine of its own, stopped when the command ends. A job
    waits in `queued` for capacity (up to `capacity_wait_minutes`), moves through `starting` and
    `running`, and ends as `succeeded`, `failed`, `cancelled` or `timed_out`, with optional retries
    recorded as attempts. Code comes from an uploaded archive or a Git repository; files written to
    `$RUNCRATE_OUTPUT_DIR` become artifacts kept for 30 days. Logs, lifecycle events and GPU metrics
    are readable while the job runs and afterwards."""

    @cached_property
    def uploads(self) -> JobsUploads:
        """The ``jobs.uploads`` methods."""
        return JobsUploads._bound(self._engine)

    @cached_property
    def artifacts(self) -> JobsArtifacts:
        """The ``jobs.artifacts`` methods."""
        return JobsArtifacts._bound(self._engine)

    @cached_property
    def with_raw_response(self) -> JobsWithRawResponse:
        """The methods that make one HTTP call, each returning a ``RawResponse`` (status, headers, request
        id) whose ``parse()`` gives what the method returns."""
        return JobsWithRawResponse(self)

    def list(
        self: SyncResource,
        *,
        status: str | Sequence[str] | None = None,
        tags: Mapping[str, str] | Sequence[str] | None = None,
        group_id: str | None = None,
        q: str | None = None,
        gpu_type: str | None = None,
        created_after: datetime | str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        **options: Unpack[CallOptions],
    ) -> SyncPage[Job]:
        """List jobs.

        Lists jobs, newest first, one page at a time. To read further, send `meta.cursor` back as
        `cursor` while `meta.has_more` (or `meta.hasMore`) is true; stop when it is false or missing, or
        when the cursor is empty. Filters combine.

        Returns the first page (``.data``, ``.has_more``); iterating it walks every item of it and of the pages after it, fetched lazily.

        Args:
            status: One job status, or several joined by commas (`queued,running`).
            tags: Only jobs carrying this tag, as `key:value`; repeat the parameter for several tags
                (`tag=project:llama&tag=stage:sweep`). The key ends at the first `:`, so a key must not
                contain one.
            group_id: Only the jobs of this job group.
            q: Text search.
            gpu_type: Only jobs on this GPU type.
            created_after: Only jobs created after this instant (ISO-8601 with an offset).
            limit: Page size, 1-100. The server's default is 20.
            cursor: The opaque `meta.cursor` of the previous page (sent as a string even if it arrived
                as a number).
        """
        return self._engine.paginate(
            _jobs_api.list_jobs,
            paging=Paging.cursor(),
            options=request_options(
                options,
                parameters=(
                    "status",
                    "tags",
                    "group_id",
                    "q",
                    "gpu_type",
                    "created_after",
                    "limit",
                    "cursor",
                ),
            ),
            **list_jobs_arguments(
                {
                    "status": status,
                    "tags": tags,
                    "group_id": group_id,
                    "q": q,
                    "gpu_type": gpu_type,
                    "created_after": created_after,
                    "limit": limit,
                    "cursor": cursor,
                }
            ),
        )

    def get(
        self: SyncResource,
        id: str,
        **options: Unpack[CallOptions],
    ) -> Job:
        """Get a job.

        Returns one job with its current status and attempts. To wait for a job, poll this until the
        status is no longer `queued`, `starting` or `running`.

        Args:
            id: The job id (percent-encoded).
        """
        return self._engine.request_data(
            _jobs_api.get_job,
            id=id,
            options=request_options(
                options,
            ),
        )

    def delete(
        self: SyncResource,
        id: str,
        **options: Unpack[CallOptions],
    ) -> None:
        """Delete a job.

        Deletes a finished job together with its logs and artifacts. A live job (`queued`, `starting` or
        `running`) cannot be deleted: the server answers 409; cancel it first.

        Args:
            id: The job id (percent-encoded).
        """
        self._engine.request(
            _jobs_api.delete_job,
            id=id,
            options=request_options(
                options,
            ),
        )

    def cancel(
        self: SyncResource,
        id: str,
        **options: Unpack[CallOptions],
    ) -> Job:
        """Cancel a job.

        Cancels a live job and stops its machine. Takes no body and returns the job with status
        `cancelled`. Cancelling a job that is already cancelled returns it unchanged, so the call is
        safe to repeat; a job that already ended some other way (succeeded, failed, timed out) gets 409.
        The route can take up to 120 seconds, so allow a client timeout of at least 135 seconds.

        Args:
            id: The job id (percent-encoded).
        """
        return self._engine.request_data(
            _jobs_api.cancel_job,
            id=id,
            options=request_options(
                options,
            ),
        )

    def events(
        self: SyncResource,
        id: str,
        **options: Unpack[CallOptions],
    ) -> ResultList[JobEvent]:
        """List a job's events.

        Returns the job's lifecycle events, oldest first. The list is not paginated.

        Args:
            id: The job id (percent-encoded).
        """
        return self._engine.request_data(
            _jobs_api.list_job_events,
            id=id,
            options=request_options(
                options,
            ),
        )

    def metrics(
        self: SyncResource,
        id: str,
        step: int | None = None,
        **options: Unpack[CallOptions],
    ) -> ResultList[JobMetricPoint]:
        """Get a job's GPU metrics.

        Returns the GPU use recorded while the command ran, one point per interval with one sample per
        GPU. The list is not paginated.

        Args:
            id: The job id (percent-encoded).
            step: Interval between points, in seconds (60-86400).
        """
        return self._engine.request_data(
            _jobs_api.get_job_metrics,
            id=id,
            options=request_options(
                options,
                parameters=("step",),
            ),
            **get_job_metrics_arguments(
                {
                    "step": step,
                }
            ),
        )


class JobsWithRawResponse:
    """``jobs.with_raw_response``: each method returns a ``RawResponse`` whose ``parse()`` gives
    the method's own result."""

    def __init__(self, resource: Jobs) -> None:
        self.uploads = resource.uploads.with_raw_response
        self.artifacts = resource.artifacts.with_raw_response
        self.list = to_raw_response_wrapper(resource.list)
        self.get = to_raw_response_wrapper(resource.get)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.cancel = to_raw_response_wrapper(resource.cancel)
        self.events = to_raw_response_wrapper(resource.events)
        self.metrics = to_raw_response_wrapper(resource.metrics)


class AsyncJobs(AsyncResource):
    """Batch jobs: one command on a fresh GPU machine of its own, stopped when the command ends. A job
    waits in `queued` for capacity (up to `capacity_wait_minutes`), moves through `starting` and
    `running`, and ends as `succeeded`, `failed`, `cancelled` or `timed_out`, with optional retries
    recorded as attempts. Code comes from an uploaded archive or a Git repository; files written to
    `$RUNCRATE_OUTPUT_DIR` become artifacts kept for 30 days. Logs, lifecycle events and GPU metrics
    are readable while the job runs and afterwards."""

    @cached_property
    def uploads(self) -> AsyncJobsUploads:
        """The ``jobs.uploads`` methods."""
        return AsyncJobsUploads._bound(self._engine)

    @cached_property
    def artifacts(self) -> AsyncJobsArtifacts:
        """The ``jobs.artifacts`` methods."""
        return AsyncJobsArtifacts._bound(self._engine)

    @cached_property
    def with_raw_response(self) -> AsyncJobsWithRawResponse:
        """The methods that make one HTTP call, each returning a ``RawResponse`` (status, headers, request
        id) whose ``parse()`` gives what the method returns."""
        return AsyncJobsWithRawResponse(self)

    def list(
        self: AsyncResource,
        *,
        status: str | Sequence[str] | None = None,
        tags: Mapping[str, str] | Sequence[str] | None = None,
        group_id: str | None = None,
        q: str | None = None,
        gpu_type: str | None = None,
        created_after: datetime | str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncPaginator[Job]:
        """List jobs.

        Lists jobs, newest first, one page at a time. To read further, send `meta.cursor` back as
        `cursor` while `meta.has_more` (or `meta.hasMore`) is true; stop when it is false or missing, or
        when the cursor is empty. Filters combine.

        Returns the first page (``.data``, ``.has_more``); iterating it walks every item of it and of the pages after it, fetched lazily.

        Args:
            status: One job status, or several joined by commas (`queued,running`).
            tags: Only jobs carrying this tag, as `key:value`; repeat the parameter for several tags
                (`tag=project:llama&tag=stage:sweep`). The key ends at the first `:`, so a key must not
                contain one.
            group_id: Only the jobs of this job group.
            q: Text search.
            gpu_type: Only jobs on this GPU type.
            created_after: Only jobs created after this instant (ISO-8601 with an offset).
            limit: Page size, 1-100. The server's default is 20.
            cursor: The opaque `meta.cursor` of the previous page (sent as a string even if it arrived
                as a number).
        """
        return self._engine.paginate(
            _jobs_api.list_jobs,
            paging=Paging.cursor(),
            options=request_options(
                options,
                parameters=(
                    "status",
                    "tags",
                    "group_id",
                    "q",
                    "gpu_type",
                    "created_after",
                    "limit",
                    "cursor",
                ),
            ),
            **list_jobs_arguments(
                {
                    "status": status,
                    "tags": tags,
                    "group_id": group_id,
                    "q": q,
                    "gpu_type": gpu_type,
                    "created_after": created_after,
                    "limit": limit,
                    "cursor": cursor,
                }
            ),
        )

    async def get(
        self: AsyncResource,
        id: str,
        **options: Unpack[CallOptions],
    ) -> Job:
        """Get a job.

        Returns one job with its current status and attempts. To wait for a job, poll this until the
        status is no longer `queued`, `starting` or `running`.

        Args:
            id: The job id (percent-encoded).
        """
        return await self._engine.request_data(
            _jobs_api.get_job,
            id=id,
            options=request_options(
                options,
            ),
        )

    async def delete(
        self: AsyncResource,
        id: str,
        **options: Unpack[CallOptions],
    ) -> None:
        """Delete a job.

        Deletes a finished job together with its logs and artifacts. A live job (`queued`, `starting` or
        `running`) cannot be deleted: the server answers 409; cancel it first.

        Args:
            id: The job id (percent-encoded).
        """
        await self._engine.request(
            _jobs_api.delete_job,
            id=id,
            options=request_options(
                options,
            ),
        )

    async def cancel(
        self: AsyncResource,
        id: str,
        **options: Unpack[CallOptions],
    ) -> Job:
        """Cancel a job.

        Cancels a live job and stops its machine. Takes no body and returns the job with status
        `cancelled`. Cancelling a job that is already cancelled returns it unchanged, so the call is
        safe to repeat; a job that already ended some other way (succeeded, failed, timed out) gets 409.
        The route can take up to 120 seconds, so allow a client timeout of at least 135 seconds.

        Args:
            id: The job id (percent-encoded).
        """
        return await self._engine.request_data(
            _jobs_api.cancel_job,
            id=id,
            options=request_options(
                options,
            ),
        )

    async def events(
        self: AsyncResource,
        id: str,
        **options: Unpack[CallOptions],
    ) -> ResultList[JobEvent]:
        """List a job's events.

        Returns the job's lifecycle events, oldest first. The list is not paginated.

        Args:
            id: The job id (percent-encoded).
        """
        return await self._engine.request_data(
            _jobs_api.list_job_events,
            id=id,
            options=request_options(
                options,
            ),
        )

    async def metrics(
        self: AsyncResource,
        id: str,
        step: int | None = None,
        **options: Unpack[CallOptions],
    ) -> ResultList[JobMetricPoint]:
        """Get a job's GPU metrics.

        Returns the GPU use recorded while the command ran, one point per interval with one sample per
        GPU. The list is not paginated.

        Args:
            id: The job id (percent-encoded).
            step: Interval between points, in seconds (60-86400).
        """
        return await self._engine.request_data(
            _jobs_api.get_job_metrics,
            id=id,
            options=request_options(
                options,
                parameters=("step",),
            ),
            **get_job_metrics_arguments(
                {
                    "step": step,
                }
            ),
        )


class AsyncJobsWithRawResponse:
    """``jobs.with_raw_response``: each method returns a ``RawResponse`` whose ``parse()`` gives
    the method's own result."""

    def __init__(self, resource: AsyncJobs) -> None:
        self.uploads = resource.uploads.with_raw_response
        self.artifacts = resource.artifacts.with_raw_response
        self.list = async_to_raw_response_wrapper(resource.list)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.cancel = async_to_raw_response_wrapper(resource.cancel)
        self.events = async_to_raw_response_wrapper(resource.events)
        self.metrics = async_to_raw_response_wrapper(resource.metrics)
