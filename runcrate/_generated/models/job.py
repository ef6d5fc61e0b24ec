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
from ..types import UNSET, Unset, WireModel, json_list

T = TypeVar("T", bound="Job")


@_attrs_define
class Job(WireModel):
    """A job: one command on a fresh GPU machine of its own. Missing fields take the defaults given in their descriptions."""

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "status": "status",
        "created_at": "created_at",
        "name": "name",
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

    id: str
    status: KnownJobStatus | str
    """ A job's lifecycle state: `queued` -> `starting` -> `running` -> `succeeded` | `failed` | `cancelled` |
    `timed_out`. `queued`, `starting` and `running` are live; every other value means the job has finished. Open
    enum: known values are listed; accept any other string. """
    created_at: datetime.datetime
    name: str | Unset = UNSET
    command: str | Unset = UNSET
    gpu_type: str | Unset = UNSET
    """ The GPU the job runs or last ran on; the first candidate until it has had a machine. """
    gpu_count: int | Unset = UNSET
    gpu_candidates: list[GpuCandidate] | Unset = UNSET
    """ The GPU configurations tried, in order. """
    template: str | Unset | None = UNSET
    image: str | Unset | None = UNSET
    env_keys: list[str] | Unset = UNSET
    """ Names of the environment variables sent in `env` (the values are never returned). """
    storage_id: str | Unset | None = UNSET
    max_runtime_minutes: int | Unset = UNSET
    """ Runtime limit of each attempt, in minutes. """
    capacity_wait_minutes: int | Unset = UNSET
    """ How long the job may wait for a GPU (0 when missing). """
    queue_reason: KnownJobQueueReason | str | Unset | None = UNSET
    """ Why the job is waiting, while it is queued; null otherwise. """
    next_attempt_at: datetime.datetime | Unset | None = UNSET
    """ When the next attempt starts, while a retry is pending. """
    attempt: int | Unset = UNSET
    """ Number of the current attempt (1 when missing). """
    max_retries: int | Unset = UNSET
    """ 0 when missing. """
    retry_on: list[KnownJobRetryOn | str] | Unset = UNSET
    retry_exit_codes: list[int] | Unset = UNSET
    attempts: list[JobAttempt] | Unset = UNSET
    """ Every attempt so far, oldest first. """
    exit_code: int | Unset | None = UNSET
    error: str | Unset | None = UNSET
    instance_id: str | Unset | None = UNSET
    """ The machine of the current attempt. """
    environment_id: str | Unset | None = UNSET
    tags: JobTags | Unset = UNSET
    """ Free-form labels as a key-to-value map; filter the job list with `tag=key:value`. """
    group_id: str | Unset | None = UNSET
    """ The job group the job belongs to, if any. """
    job_index: int | Unset = UNSET
    """ Position within the group (0 when missing). """
    rerun_of: str | Unset | None = UNSET
    """ The id of the job this one re-runs. """
    webhook_url: str | Unset | None = UNSET
    """ The webhook URL, masked (host plus the end of the path). """
    webhook_events: list[KnownJobWebhookEvent | str] | Unset = UNSET
    webhook_secret: str | Unset | None = UNSET
    """ The secret that signs webhook deliveries. Present only in the response that created the job; store it then.
    """
    started_at: datetime.datetime | Unset | None = UNSET
    ended_at: datetime.datetime | Unset | None = UNSET
    cost_per_hour: float | Unset | None = UNSET
    """ USD per hour of the current or last machine. """
    cost_usd: float | Unset | None = UNSET
    """ Total cost in USD over all attempts. """
    log_bytes: int | Unset = UNSET
    """ Size of the stored log (0 when missing). """
    logs_truncated: bool | Unset = UNSET
    """ Whether output was dropped from the stored log (false when missing). """
    code: JobCode | Unset | None = UNSET
    allow_cpu_container: bool | Unset = UNSET
    image_registry_auth: JobImageRegistryAuth | Unset | None = UNSET
    """ The registry credential references as submitted (environment-variable names, never values). """
    artifacts_count: int | Unset = UNSET
    """ Number of artifacts (0 when missing). """
    gpu_util_avg: float | Unset | None = UNSET
    """ Average GPU utilisation in percent while the command ran. """
    gpu_mem_peak_mb: float | Unset | None = UNSET
    """ Peak GPU memory use in MB. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: str
        if isinstance(self.status, KnownJobStatus):
            status = self.status.value
        else:
            status = self.status

        created_at = self.created_at.isoformat()

        name = self.name

        command = self.command

        gpu_type = self.gpu_type

        gpu_count = self.gpu_count

        gpu_candidates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.gpu_candidates, Unset):
            gpu_candidates = []
            for gpu_candidates_item_data in self.gpu_candidates:
                gpu_candidates_item = gpu_candidates_item_data.to_dict()
                gpu_candidates.append(gpu_candidates_item)

        template: str | Unset | None
        if isinstance(self.template, Unset):
            template = UNSET
        else:
            template = self.template

        image: str | Unset | None
        if isinstance(self.image, Unset):
            image = UNSET
        else:
            image = self.image

        env_keys: list[str] | Unset = UNSET
        if not isinstance(self.env_keys, Unset):
            env_keys = self.env_keys

        storage_id: str | Unset | None
        if isinstance(self.storage_id, Unset):
            storage_id = UNSET
        else:
            storage_id = self.storage_id

        max_runtime_minutes = self.max_runtime_minutes

        capacity_wait_minutes = self.capacity_wait_minutes

        queue_reason: str | Unset | None
        if isinstance(self.queue_reason, Unset):
            queue_reason = UNSET
        elif isinstance(self.queue_reason, KnownJobQueueReason):
            queue_reason = self.queue_reason.value
        else:
            queue_reason = self.queue_reason

        next_attempt_at: str | Unset | None
        if isinstance(self.next_attempt_at, Unset):
            next_attempt_at = UNSET
        elif isinstance(self.next_attempt_at, datetime.datetime):
            next_attempt_at = self.next_attempt_at.isoformat()
        else:
            next_attempt_at = self.next_attempt_at

        attempt = self.attempt

        max_retries = self.max_retries

        retry_on: list[str] | Unset = UNSET
        if not isinstance(self.retry_on, Unset):
            retry_on = []
            for retry_on_item_data in self.retry_on:
                retry_on_item: str
                if isinstance(retry_on_item_data, KnownJobRetryOn):
                    retry_on_item = retry_on_item_data.value
                else:
                    retry_on_item = retry_on_item_data
                retry_on.append(retry_on_item)

        retry_exit_codes: list[int] | Unset = UNSET
        if not isinstance(self.retry_exit_codes, Unset):
            retry_exit_codes = self.retry_exit_codes

        attempts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attempts, Unset):
            attempts = []
            for attempts_item_data in self.attempts:
                attempts_item = attempts_item_data.to_dict()
                attempts.append(attempts_item)

        exit_code: int | Unset | None
        if isinstance(self.exit_code, Unset):
            exit_code = UNSET
        else:
            exit_code = self.exit_code

        error: str | Unset | None
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        instance_id: str | Unset | None
        if isinstance(self.instance_id, Unset):
            instance_id = UNSET
        else:
            instance_id = self.instance_id

        environment_id: str | Unset | None
        if isinstance(self.environment_id, Unset):
            environment_id = UNSET
        else:
            environment_id = self.environment_id

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        group_id: str | Unset | None
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        job_index = self.job_index

        rerun_of: str | Unset | None
        if isinstance(self.rerun_of, Unset):
            rerun_of = UNSET
        else:
            rerun_of = self.rerun_of

        webhook_url: str | Unset | None
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

        webhook_events: list[str] | Unset = UNSET
        if not isinstance(self.webhook_events, Unset):
            webhook_events = []
            for webhook_events_item_data in self.webhook_events:
                webhook_events_item: str
                if isinstance(webhook_events_item_data, KnownJobWebhookEvent):
                    webhook_events_item = webhook_events_item_data.value
                else:
                    webhook_events_item = webhook_events_item_data
                webhook_events.append(webhook_events_item)

        webhook_secret: str | Unset | None
        if isinstance(self.webhook_secret, Unset):
            webhook_secret = UNSET
        else:
            webhook_secret = self.webhook_secret

        started_at: str | Unset | None
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        ended_at: str | Unset | None
        if isinstance(self.ended_at, Unset):
            ended_at = UNSET
        elif isinstance(self.ended_at, datetime.datetime):
            ended_at = self.ended_at.isoformat()
        else:
            ended_at = self.ended_at

        cost_per_hour: float | Unset | None
        if isinstance(self.cost_per_hour, Unset):
            cost_per_hour = UNSET
        else:
            cost_per_hour = self.cost_per_hour

        cost_usd: float | Unset | None
        if isinstance(self.cost_usd, Unset):
            cost_usd = UNSET
        else:
            cost_usd = self.cost_usd

        log_bytes = self.log_bytes

        logs_truncated = self.logs_truncated

        code: dict[str, Any] | Unset | None
        if isinstance(self.code, Unset):
            code = UNSET
        elif isinstance(self.code, JobCode):
            code = self.code.to_dict()
        else:
            code = self.code

        allow_cpu_container = self.allow_cpu_container

        image_registry_auth: dict[str, Any] | Unset | None
        if isinstance(self.image_registry_auth, Unset):
            image_registry_auth = UNSET
        elif isinstance(self.image_registry_auth, JobImageRegistryAuth):
            image_registry_auth = self.image_registry_auth.to_dict()
        else:
            image_registry_auth = self.image_registry_auth

        artifacts_count = self.artifacts_count

        gpu_util_avg: float | Unset | None
        if isinstance(self.gpu_util_avg, Unset):
            gpu_util_avg = UNSET
        else:
            gpu_util_avg = self.gpu_util_avg

        gpu_mem_peak_mb: float | Unset | None
        if isinstance(self.gpu_mem_peak_mb, Unset):
            gpu_mem_peak_mb = UNSET
        else:
            gpu_mem_peak_mb = self.gpu_mem_peak_mb

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "created_at": created_at,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if command is not UNSET:
            field_dict["command"] = command
        if gpu_type is not UNSET:
            field_dict["gpu_type"] = gpu_type
        if gpu_count is not UNSET:
            field_dict["gpu_count"] = gpu_count
        if gpu_candidates is not UNSET:
            field_dict["gpu_candidates"] = gpu_candidates
        if template is not UNSET:
            field_dict["template"] = template
        if image is not UNSET:
            field_dict["image"] = image
        if env_keys is not UNSET:
            field_dict["env_keys"] = env_keys
        if storage_id is not UNSET:
            field_dict["storage_id"] = storage_id
        if max_runtime_minutes is not UNSET:
            field_dict["max_runtime_minutes"] = max_runtime_minutes
        if capacity_wait_minutes is not UNSET:
            field_dict["capacity_wait_minutes"] = capacity_wait_minutes
        if queue_reason is not UNSET:
            field_dict["queue_reason"] = queue_reason
        if next_attempt_at is not UNSET:
            field_dict["next_attempt_at"] = next_attempt_at
        if attempt is not UNSET:
            field_dict["attempt"] = attempt
        if max_retries is not UNSET:
            field_dict["max_retries"] = max_retries
        if retry_on is not UNSET:
            field_dict["retry_on"] = retry_on
        if retry_exit_codes is not UNSET:
            field_dict["retry_exit_codes"] = retry_exit_codes
        if attempts is not UNSET:
            field_dict["attempts"] = attempts
        if exit_code is not UNSET:
            field_dict["exit_code"] = exit_code
        if error is not UNSET:
            field_dict["error"] = error
        if instance_id is not UNSET:
            field_dict["instance_id"] = instance_id
        if environment_id is not UNSET:
            field_dict["environment_id"] = environment_id
        if tags is not UNSET:
            field_dict["tags"] = tags
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if job_index is not UNSET:
            field_dict["job_index"] = job_index
        if rerun_of is not UNSET:
            field_dict["rerun_of"] = rerun_of
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_events is not UNSET:
            field_dict["webhook_events"] = webhook_events
        if webhook_secret is not UNSET:
            field_dict["webhook_secret"] = webhook_secret
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if ended_at is not UNSET:
            field_dict["ended_at"] = ended_at
        if cost_per_hour is not UNSET:
            field_dict["cost_per_hour"] = cost_per_hour
        if cost_usd is not UNSET:
            field_dict["cost_usd"] = cost_usd
        if log_bytes is not UNSET:
            field_dict["log_bytes"] = log_bytes
        if logs_truncated is not UNSET:
            field_dict["logs_truncated"] = logs_truncated
        if code is not UNSET:
            field_dict["code"] = code
        if allow_cpu_container is not UNSET:
            field_dict["allow_cpu_container"] = allow_cpu_container
        if image_registry_auth is not UNSET:
            field_dict["image_registry_auth"] = image_registry_auth
        if artifacts_count is not UNSET:
            field_dict["artifacts_count"] = artifacts_count
        if gpu_util_avg is not UNSET:
            field_dict["gpu_util_avg"] = gpu_util_avg
        if gpu_mem_peak_mb is not UNSET:
            field_dict["gpu_mem_peak_mb"] = gpu_mem_peak_mb

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        status = _parse_status(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        name = d.pop("name", UNSET)

        command = d.pop("command", UNSET)

        gpu_type = d.pop("gpu_type", UNSET)

        gpu_count = d.pop("gpu_count", UNSET)

        _gpu_candidates = d.pop("gpu_candidates", UNSET)
        gpu_candidates: list[GpuCandidate] | Unset = UNSET
        if _gpu_candidates is not UNSET:
            gpu_candidates = [
                GpuCandidate.from_dict(gpu_candidates_item_data)
                for gpu_candidates_item_data in json_list(_gpu_candidates)
            ]

        template = d.pop("template", UNSET)

        image = d.pop("image", UNSET)

        env_keys = cast("list[str]", d.pop("env_keys", UNSET))

        storage_id = d.pop("storage_id", UNSET)

        max_runtime_minutes = d.pop("max_runtime_minutes", UNSET)

        capacity_wait_minutes = d.pop("capacity_wait_minutes", UNSET)

        queue_reason = _parse_queue_reason(d.pop("queue_reason", UNSET))

        next_attempt_at = _parse_next_attempt_at(d.pop("next_attempt_at", UNSET))

        attempt = d.pop("attempt", UNSET)

        max_retries = d.pop("max_retries", UNSET)

        _retry_on = d.pop("retry_on", UNSET)
        retry_on: list[KnownJobRetryOn | str] | Unset = UNSET
        if _retry_on is not UNSET:
            retry_on = [
                _parse_retry_on_item(retry_on_item_data) for retry_on_item_data in json_list(_retry_on)
            ]

        retry_exit_codes = cast("list[int]", d.pop("retry_exit_codes", UNSET))

        _attempts = d.pop("attempts", UNSET)
        attempts: list[JobAttempt] | Unset = UNSET
        if _attempts is not UNSET:
            attempts = [
                JobAttempt.from_dict(attempts_item_data) for attempts_item_data in json_list(_attempts)
            ]

        exit_code = d.pop("exit_code", UNSET)

        error = d.pop("error", UNSET)

        instance_id = d.pop("instance_id", UNSET)

        environment_id = d.pop("environment_id", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: JobTags | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = JobTags.from_dict(cast("Mapping[str, Any]", _tags))

        group_id = d.pop("group_id", UNSET)

        job_index = d.pop("job_index", UNSET)

        rerun_of = d.pop("rerun_of", UNSET)

        webhook_url = d.pop("webhook_url", UNSET)

        _webhook_events = d.pop("webhook_events", UNSET)
        webhook_events: list[KnownJobWebhookEvent | str] | Unset = UNSET
        if _webhook_events is not UNSET:
            webhook_events = [
                _parse_webhook_events_item(webhook_events_item_data)
                for webhook_events_item_data in json_list(_webhook_events)
            ]

        webhook_secret = d.pop("webhook_secret", UNSET)

        started_at = _parse_started_at(d.pop("started_at", UNSET))

        ended_at = _parse_ended_at(d.pop("ended_at", UNSET))

        cost_per_hour = d.pop("cost_per_hour", UNSET)

        cost_usd = d.pop("cost_usd", UNSET)

        log_bytes = d.pop("log_bytes", UNSET)

        logs_truncated = d.pop("logs_truncated", UNSET)

        code = _parse_code(d.pop("code", UNSET))

        allow_cpu_container = d.pop("allow_cpu_container", UNSET)

        image_registry_auth = _parse_image_registry_auth(d.pop("image_registry_auth", UNSET))

        artifacts_count = d.pop("artifacts_count", UNSET)

        gpu_util_avg = d.pop("gpu_util_avg", UNSET)

        gpu_mem_peak_mb = d.pop("gpu_mem_peak_mb", UNSET)

        job = cls(
            id=id,
            status=status,
            created_at=created_at,
            name=name,
            command=command,
            gpu_type=gpu_type,
            gpu_count=gpu_count,
            gpu_candidates=gpu_candidates,
            template=template,
            image=image,
            env_keys=env_keys,
            storage_id=storage_id,
            max_runtime_minutes=max_runtime_minutes,
            capacity_wait_minutes=capacity_wait_minutes,
            queue_reason=queue_reason,
            next_attempt_at=next_attempt_at,
            attempt=attempt,
            max_retries=max_retries,
            retry_on=retry_on,
            retry_exit_codes=retry_exit_codes,
            attempts=attempts,
            exit_code=exit_code,
            error=error,
            instance_id=instance_id,
            environment_id=environment_id,
            tags=tags,
            group_id=group_id,
            job_index=job_index,
            rerun_of=rerun_of,
            webhook_url=webhook_url,
            webhook_events=webhook_events,
            webhook_secret=webhook_secret,
            started_at=started_at,
            ended_at=ended_at,
            cost_per_hour=cost_per_hour,
            cost_usd=cost_usd,
            log_bytes=log_bytes,
            logs_truncated=logs_truncated,
            code=code,
            allow_cpu_container=allow_cpu_container,
            image_registry_auth=image_registry_auth,
            artifacts_count=artifacts_count,
            gpu_util_avg=gpu_util_avg,
            gpu_mem_peak_mb=gpu_mem_peak_mb,
        )

        job.additional_properties = d
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


def _parse_queue_reason(data: object) -> KnownJobQueueReason | str | Unset | None:
    if isinstance(data, str):
        return cast(
            "KnownJobQueueReason | None | str | Unset", KnownJobQueueReason._value2member_map_.get(data, data)
        )
    return cast("KnownJobQueueReason | None | str | Unset", data)


def _parse_next_attempt_at(data: object) -> datetime.datetime | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        try:
            next_attempt_at_type_0 = datetime.datetime.fromisoformat(data)

            return next_attempt_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("datetime.datetime | None | Unset", data)


def _parse_retry_on_item(data: object) -> KnownJobRetryOn | str:
    if isinstance(data, str):
        return cast("KnownJobRetryOn | str", KnownJobRetryOn._value2member_map_.get(data, data))
    return cast("KnownJobRetryOn | str", data)


def _parse_webhook_events_item(data: object) -> KnownJobWebhookEvent | str:
    if isinstance(data, str):
        return cast("KnownJobWebhookEvent | str", KnownJobWebhookEvent._value2member_map_.get(data, data))
    return cast("KnownJobWebhookEvent | str", data)


def _parse_started_at(data: object) -> datetime.datetime | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        try:
            started_at_type_0 = datetime.datetime.fromisoformat(data)

            return started_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("datetime.datetime | None | Unset", data)


def _parse_ended_at(data: object) -> datetime.datetime | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        try:
            ended_at_type_0 = datetime.datetime.fromisoformat(data)

            return ended_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("datetime.datetime | None | Unset", data)


def _parse_code(data: object) -> JobCode | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        try:
            code_type_0 = JobCode.from_dict(cast("Mapping[str, Any]", data))

            return code_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("JobCode | None | Unset", data)


def _parse_image_registry_auth(data: object) -> JobImageRegistryAuth | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        try:
            image_registry_auth_type_0 = JobImageRegistryAuth.from_dict(cast("Mapping[str, Any]", data))

            return image_registry_auth_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("JobImageRegistryAuth | None | Unset", data)
