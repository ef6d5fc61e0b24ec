# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_job_queue_reason import KnownJobQueueReason
from ..models.known_job_retry_on import KnownJobRetryOn
from ..models.known_job_status import KnownJobStatus
from ..models.known_job_webhook_event import KnownJobWebhookEvent
from ..types import WireModel, json_list, missing_field

T = TypeVar("T", bound="Job")


@_attrs_define(repr=False)
class Job(WireModel):
    """A job: one command on a fresh GPU machine of its own. Missing fields take the defaults given in their descriptions."""

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "status": "status",
        "command": "command",
        "gpu_type": "gpu_type",
        "gpu_count": "gpu_count",
        "gpu_candidates": "gpu_candidates",
        "template": "template",
        "image": "image",
        "env_keys": "env_keys",
        "storage_id": "storage_id",
        "max_runtime_minutes": "max_runtime_minutes",
        "capacity_wait_minutes": "capacity_wait_minutes",
        "queue_reason": "queue_reason",
        "next_attempt_at": "next_attempt_at",
        "attempt": "attempt",
        "max_retries": "max_retries",
        "retry_on": "retry_on",
        "retry_exit_codes": "retry_exit_codes",
        "attempts": "attempts",
        "exit_code": "exit_code",
        "error": "error",
        "instance_id": "instance_id",
        "environment_id": "environment_id",
        "tags": "tags",
        "group_id": "group_id",
        "job_index": "job_index",
        "rerun_of": "rerun_of",
        "webhook_url": "webhook_url",
        "webhook_events": "webhook_events",
        "webhook_secret": "webhook_secret",
        "created_at": "created_at",
        "started_at": "started_at",
        "ended_at": "ended_at",
        "cost_per_hour": "cost_per_hour",
        "cost_usd": "cost_usd",
        "log_bytes": "log_bytes",
        "logs_truncated": "logs_truncated",
        "code": "code",
        "allow_cpu_container": "allow_cpu_container",
        "image_registry_auth": "image_registry_auth",
        "artifacts_count": "artifacts_count",
        "gpu_util_avg": "gpu_util_avg",
        "gpu_mem_peak_mb": "gpu_mem_peak_mb",
    }
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "gpu_candidates",
            "template",
            "image",
            "env_keys",
            "storage_id",
            "capacity_wait_minutes",
            "queue_reason",
            "next_attempt_at",
            "attempt",
            "max_retries",
            "retry_on",
            "retry_exit_codes",
            "attempts",
            "exit_code",
            "error",
            "instance_id",
            "environment_id",
            "tags",
            "group_id",
            "job_index",
            "rerun_of",
            "webhook_url",
            "webhook_events",
            "webhook_secret",
            "started_at",
            "ended_at",
            "cost_per_hour",
            "cost_usd",
            "log_bytes",
            "logs_truncated",
            "code",
            "allow_cpu_container",
            "image_registry_auth",
            "artifacts_count",
            "gpu_util_avg",
            "gpu_mem_peak_mb",
        }
    )

    id: str
    name: str
    status: KnownJobStatus | str
    """ A job's lifecycle state: `queued` -> `starting` -> `running` -> `succeeded` | `failed` | `cancelled` |
    `timed_out`. `queued`, `starting` and `running` are live; every other value means the job has finished. Open
    enum: known values are listed; accept any other string. """
    command: str
    gpu_type: str
    """ The GPU the job runs or last ran on; the first candidate until it has had a machine. """
    gpu_count: int
    max_runtime_minutes: int
    """ Runtime limit of each attempt, in minutes. """
    created_at: datetime.datetime
    gpu_candidates: list[GpuCandidate] | None = None
    """ The GPU configurations tried, in order. """
    template: str | None = None
    image: str | None = None
    env_keys: list[str] | None = None
    """ Names of the environment variables sent in `env` (the values are never returned). """
    storage_id: str | None = None
    capacity_wait_minutes: int | None = None
    """ How long the job may wait for a GPU (0 when missing). """
    queue_reason: KnownJobQueueReason | str | None = None
    """ Why the job is waiting, while it is queued; null otherwise. """
    next_attempt_at: datetime.datetime | None = None
    """ When the next attempt starts, while a retry is pending. """
    attempt: int | None = None
    """ Number of the current attempt (1 when missing). """
    max_retries: int | None = None
    """ 0 when missing. """
    retry_on: list[KnownJobRetryOn | str] | None = None
    retry_exit_codes: list[int] | None = None
    attempts: list[JobAttempt] | None = None
    """ Every attempt so far, oldest first. """
    exit_code: int | None = None
    error: str | None = None
    instance_id: str | None = None
    """ The machine of the current attempt. """
    environment_id: str | None = None
    tags: JobTags | None = None
    """ Free-form labels as a key-to-value map; filter the job list with `tag=key:value`. """
    group_id: str | None = None
    """ The job group the job belongs to, if any. """
    job_index: int | None = None
    """ Position within the group (0 when missing). """
    rerun_of: str | None = None
    """ The id of the job this one re-runs. """
    webhook_url: str | None = None
    """ The webhook URL, masked (host plus the end of the path). """
    webhook_events: list[KnownJobWebhookEvent | str] | None = None
    webhook_secret: str | None = None
    """ The secret that signs webhook deliveries. Present only in the response that created the job; store it then.
    """
    started_at: datetime.datetime | None = None
    ended_at: datetime.datetime | None = None
    cost_per_hour: float | None = None
    """ USD per hour of the current or last machine. """
    cost_usd: float | None = None
    """ Total cost in USD over all attempts. """
    log_bytes: int | None = None
    """ Size of the stored log (0 when missing). """
    logs_truncated: bool | None = None
    """ Whether output was dropped from the stored log (false when missing). """
    code: JobCode | None = None
    allow_cpu_container: bool | None = None
    image_registry_auth: JobImageRegistryAuth | None = None
    """ The registry credential references as submitted (environment-variable names, never values). """
    artifacts_count: int | None = None
    """ Number of artifacts (0 when missing). """
    gpu_util_avg: float | None = None
    """ Average GPU utilisation in percent while the command ran. """
    gpu_mem_peak_mb: float | None = None
    """ Peak GPU memory use in MB. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        id = get("id")
        if id is None:
            raise missing_field(cls, src_dict, "id")

        name = get("name")
        if name is None:
            raise missing_field(cls, src_dict, "name")

        _status = get("status")
        if _status is None:
            raise missing_field(cls, src_dict, "status")
        status = _parse_status(_status)

        command = get("command")
        if command is None:
            raise missing_field(cls, src_dict, "command")

        gpu_type = get("gpu_type")
        if gpu_type is None:
            raise missing_field(cls, src_dict, "gpu_type")

        gpu_count = get("gpu_count")
        if gpu_count is None:
            raise missing_field(cls, src_dict, "gpu_count")

        _gpu_candidates = get("gpu_candidates")
        gpu_candidates = (
            None
            if _gpu_candidates is None
            else [
                GpuCandidate.from_dict(gpu_candidates_item_data)
                for gpu_candidates_item_data in json_list(_gpu_candidates)
            ]
        )

        template = get("template")

        image = get("image")

        env_keys = cast("list[str] | None", get("env_keys"))

        storage_id = get("storage_id")

        max_runtime_minutes = get("max_runtime_minutes")
        if max_runtime_minutes is None:
            raise missing_field(cls, src_dict, "max_runtime_minutes")

        capacity_wait_minutes = get("capacity_wait_minutes")

        queue_reason = _parse_queue_reason(get("queue_reason"))

        next_attempt_at = _parse_next_attempt_at(get("next_attempt_at"))

        attempt = get("attempt")

        max_retries = get("max_retries")

        _retry_on = get("retry_on")
        retry_on = (
            None
            if _retry_on is None
            else [_parse_retry_on_item(retry_on_item_data) for retry_on_item_data in json_list(_retry_on)]
        )

        retry_exit_codes = cast("list[int] | None", get("retry_exit_codes"))

        _attempts = get("attempts")
        attempts = (
            None
            if _attempts is None
            else [JobAttempt.from_dict(attempts_item_data) for attempts_item_data in json_list(_attempts)]
        )

        exit_code = get("exit_code")

        error = get("error")

        instance_id = get("instance_id")

        environment_id = get("environment_id")

        _tags = get("tags")
        tags = None if _tags is None else JobTags.from_dict(cast("Mapping[str, Any]", _tags))

        group_id = get("group_id")

        job_index = get("job_index")

        rerun_of = get("rerun_of")

        webhook_url = get("webhook_url")

        _webhook_events = get("webhook_events")
        webhook_events = (
            None
            if _webhook_events is None
            else [
                _parse_webhook_events_item(webhook_events_item_data)
                for webhook_events_item_data in json_list(_webhook_events)
            ]
        )

        webhook_secret = get("webhook_secret")

        _created_at = get("created_at")
        if _created_at is None:
            raise missing_field(cls, src_dict, "created_at")
        created_at = datetime.datetime.fromisoformat(_created_at)

        started_at = _parse_started_at(get("started_at"))

        ended_at = _parse_ended_at(get("ended_at"))

        cost_per_hour = get("cost_per_hour")

        cost_usd = get("cost_usd")

        log_bytes = get("log_bytes")

        logs_truncated = get("logs_truncated")

        code = _parse_code(get("code"))

        allow_cpu_container = get("allow_cpu_container")

        image_registry_auth = _parse_image_registry_auth(get("image_registry_auth"))

        artifacts_count = get("artifacts_count")

        gpu_util_avg = get("gpu_util_avg")

        gpu_mem_peak_mb = get("gpu_mem_peak_mb")

        job = object.__new__(cls)
        job.id = id
        job.name = name
        job.status = status
        job.command = command
        job.gpu_type = gpu_type
        job.gpu_count = gpu_count
        job.gpu_candidates = gpu_candidates
        job.template = template
        job.image = image
        job.env_keys = env_keys
        job.storage_id = storage_id
        job.max_runtime_minutes = max_runtime_minutes
        job.capacity_wait_minutes = capacity_wait_minutes
        job.queue_reason = queue_reason
        job.next_attempt_at = next_attempt_at
        job.attempt = attempt
        job.max_retries = max_retries
        job.retry_on = retry_on
        job.retry_exit_codes = retry_exit_codes
        job.attempts = attempts
        job.exit_code = exit_code
        job.error = error
        job.instance_id = instance_id
        job.environment_id = environment_id
        job.tags = tags
        job.group_id = group_id
        job.job_index = job_index
        job.rerun_of = rerun_of
        job.webhook_url = webhook_url
        job.webhook_events = webhook_events
        job.webhook_secret = webhook_secret
        job.created_at = created_at
        job.started_at = started_at
        job.ended_at = ended_at
        job.cost_per_hour = cost_per_hour
        job.cost_usd = cost_usd
        job.log_bytes = log_bytes
        job.logs_truncated = logs_truncated
        job.code = code
        job.allow_cpu_container = allow_cpu_container
        job.image_registry_auth = image_registry_auth
        job.artifacts_count = artifacts_count
        job.gpu_util_avg = gpu_util_avg
        job.gpu_mem_peak_mb = gpu_mem_peak_mb
        job._payload = src_dict
        return job


# Imported after the class so that models referring to each other import cleanly.
from ..models.gpu_candidate import GpuCandidate  # noqa: E402
from ..models.job_attempt import JobAttempt  # noqa: E402
from ..models.job_code import JobCode  # noqa: E402
from ..models.job_image_registry_auth import JobImageRegistryAuth  # noqa: E402
from ..models.job_tags import JobTags  # noqa: E402


def _parse_status(data: object) -> KnownJobStatus | str:
    if isinstance(data, str):
        return cast("KnownJobStatus | str", KnownJobStatus._value2member_map_.get(data, data))
    return cast("KnownJobStatus | str", data)


def _parse_queue_reason(data: object) -> KnownJobQueueReason | str | None:
    if isinstance(data, str):
        return cast(
            "KnownJobQueueReason | None | str", KnownJobQueueReason._value2member_map_.get(data, data)
        )
    return cast("KnownJobQueueReason | None | str", data)


def _parse_next_attempt_at(data: object) -> datetime.datetime | None:
    if data is None:
        return data
    if isinstance(data, str):
        try:
            next_attempt_at_type_0 = datetime.datetime.fromisoformat(data)

            return next_attempt_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("datetime.datetime | None", data)


def _parse_retry_on_item(data: object) -> KnownJobRetryOn | str:
    if isinstance(data, str):
        return cast("KnownJobRetryOn | str", KnownJobRetryOn._value2member_map_.get(data, data))
    return cast("KnownJobRetryOn | str", data)


def _parse_webhook_events_item(data: object) -> KnownJobWebhookEvent | str:
    if isinstance(data, str):
        return cast("KnownJobWebhookEvent | str", KnownJobWebhookEvent._value2member_map_.get(data, data))
    return cast("KnownJobWebhookEvent | str", data)


def _parse_started_at(data: object) -> datetime.datetime | None:
    if data is None:
        return data
    if isinstance(data, str):
        try:
            started_at_type_0 = datetime.datetime.fromisoformat(data)

            return started_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("datetime.datetime | None", data)


def _parse_ended_at(data: object) -> datetime.datetime | None:
    if data is None:
        return data
    if isinstance(data, str):
        try:
            ended_at_type_0 = datetime.datetime.fromisoformat(data)

            return ended_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("datetime.datetime | None", data)


def _parse_code(data: object) -> JobCode | None:
    if data is None:
        return data
    if isinstance(data, dict):
        try:
            code_type_0 = JobCode.from_dict(cast("Mapping[str, Any]", data))

            return code_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("JobCode | None", data)


def _parse_image_registry_auth(data: object) -> JobImageRegistryAuth | None:
    if data is None:
        return data
    if isinstance(data, dict):
        try:
            image_registry_auth_type_0 = JobImageRegistryAuth.from_dict(cast("Mapping[str, Any]", data))

            return image_registry_auth_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("JobImageRegistryAuth | None", data)
