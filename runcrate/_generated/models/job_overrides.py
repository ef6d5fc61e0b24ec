# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_job_retry_on import KnownJobRetryOn
from ..models.known_job_webhook_event import KnownJobWebhookEvent
from ..types import WireModel, json_list

T = TypeVar("T", bound="JobOverrides")


@_attrs_define(repr=False)
class JobOverrides(WireModel):
    """Body of `rerunJob`: fields of the original job's spec to change; every field is optional. A field sent as null
    clears it (e.g. `webhook_url: null` removes the callback), a missing field keeps the original value. `env` is merged
    over the original's environment values, which only the user who submitted the original job can reuse; anyone else
    must send them again.

    """

    _wire_names: ClassVar[dict[str, str]] = {
        "command": "command",
        "gpu_type": "gpu_type",
        "max_runtime_minutes": "max_runtime_minutes",
        "gpu_count": "gpu_count",
        "template": "template",
        "image": "image",
        "env": "env",
        "storage_id": "storage_id",
        "name": "name",
        "region": "region",
        "capacity_wait_minutes": "capacity_wait_minutes",
        "max_retries": "max_retries",
        "retry_on": "retry_on",
        "retry_exit_codes": "retry_exit_codes",
        "tags": "tags",
        "webhook_url": "webhook_url",
        "webhook_events": "webhook_events",
        "code": "code",
        "image_registry_auth": "image_registry_auth",
        "allow_cpu_container": "allow_cpu_container",
    }
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
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
        }
    )

    command: str | None = None
    gpu_type: list[str] | str | None = None
    """ One GPU type, or an ordered list of GPU types to try in turn while the job waits for capacity. An entry may
    carry its own count of 1 to 8, e.g. `H100:2`; entries without one use `gpu_count`. """
    max_runtime_minutes: int | None = None
    gpu_count: int | None = None
    template: str | None = None
    image: str | None = None
    env: JobEnv | None = None
    storage_id: str | None = None
    name: str | None = None
    region: str | None = None
    capacity_wait_minutes: int | None = None
    max_retries: int | None = None
    retry_on: list[KnownJobRetryOn] | None = None
    retry_exit_codes: list[int] | None = None
    tags: JobTags | None = None
    webhook_url: str | None = None
    webhook_events: list[KnownJobWebhookEvent] | None = None
    code: JobCodeFromGit | JobCodeFromUpload | None = None
    image_registry_auth: JobImageRegistryAuth | None = None
    allow_cpu_container: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        command = get("command")

        gpu_type = _parse_gpu_type(get("gpu_type"))

        max_runtime_minutes = get("max_runtime_minutes")

        gpu_count = get("gpu_count")

        template = get("template")

        image = get("image")

        env = _parse_env(get("env"))

        storage_id = get("storage_id")

        name = get("name")

        region = get("region")

        capacity_wait_minutes = get("capacity_wait_minutes")

        max_retries = get("max_retries")

        retry_on = _parse_retry_on(get("retry_on"))

        retry_exit_codes = _parse_retry_exit_codes(get("retry_exit_codes"))

        tags = _parse_tags(get("tags"))

        webhook_url = get("webhook_url")

        webhook_events = _parse_webhook_events(get("webhook_events"))

        code = _parse_code(get("code"))

        image_registry_auth = _parse_image_registry_auth(get("image_registry_auth"))

        allow_cpu_container = get("allow_cpu_container")

        job_overrides = object.__new__(cls)
        job_overrides.command = command
        job_overrides.gpu_type = gpu_type
        job_overrides.max_runtime_minutes = max_runtime_minutes
        job_overrides.gpu_count = gpu_count
        job_overrides.template = template
        job_overrides.image = image
        job_overrides.env = env
        job_overrides.storage_id = storage_id
        job_overrides.name = name
        job_overrides.region = region
        job_overrides.capacity_wait_minutes = capacity_wait_minutes
        job_overrides.max_retries = max_retries
        job_overrides.retry_on = retry_on
        job_overrides.retry_exit_codes = retry_exit_codes
        job_overrides.tags = tags
        job_overrides.webhook_url = webhook_url
        job_overrides.webhook_events = webhook_events
        job_overrides.code = code
        job_overrides.image_registry_auth = image_registry_auth
        job_overrides.allow_cpu_container = allow_cpu_container
        job_overrides._payload = src_dict
        return job_overrides


# Imported after the class so that models referring to each other import cleanly.
from ..models.job_code_from_git import JobCodeFromGit  # noqa: E402
from ..models.job_code_from_upload import JobCodeFromUpload  # noqa: E402
from ..models.job_env import JobEnv  # noqa: E402
from ..models.job_image_registry_auth import JobImageRegistryAuth  # noqa: E402
from ..models.job_tags import JobTags  # noqa: E402


def _parse_gpu_type(data: object) -> list[str] | str | None:
    if data is None:
        return data
    if isinstance(data, list):
        try:
            componentsschemas_job_gpu_type_type_1 = cast("list[str]", data)

            return componentsschemas_job_gpu_type_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("list[str] | str | None", data)


def _parse_env(data: object) -> JobEnv | None:
    if data is None:
        return data
    if isinstance(data, dict):
        try:
            env_type_0 = JobEnv.from_dict(cast("Mapping[str, Any]", data))

            return env_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("JobEnv | None", data)


def _parse_retry_on(data: object) -> list[KnownJobRetryOn] | None:
    if data is None:
        return data
    if isinstance(data, list):
        try:
            retry_on_type_0: list[KnownJobRetryOn] = []
            _retry_on_type_0 = json_list(data)
            for retry_on_type_0_item_data in _retry_on_type_0:
                retry_on_type_0_item = KnownJobRetryOn(retry_on_type_0_item_data)

                retry_on_type_0.append(retry_on_type_0_item)

            return retry_on_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("list[KnownJobRetryOn] | None", data)


def _parse_retry_exit_codes(data: object) -> list[int] | None:
    if data is None:
        return data
    if isinstance(data, list):
        try:
            retry_exit_codes_type_0 = cast("list[int]", data)

            return retry_exit_codes_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("list[int] | None", data)


def _parse_tags(data: object) -> JobTags | None:
    if data is None:
        return data
    if isinstance(data, dict):
        try:
            tags_type_0 = JobTags.from_dict(cast("Mapping[str, Any]", data))

            return tags_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("JobTags | None", data)


def _parse_webhook_events(data: object) -> list[KnownJobWebhookEvent] | None:
    if data is None:
        return data
    if isinstance(data, list):
        try:
            webhook_events_type_0: list[KnownJobWebhookEvent] = []
            _webhook_events_type_0 = json_list(data)
            for webhook_events_type_0_item_data in _webhook_events_type_0:
                webhook_events_type_0_item = KnownJobWebhookEvent(webhook_events_type_0_item_data)

                webhook_events_type_0.append(webhook_events_type_0_item)

            return webhook_events_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("list[KnownJobWebhookEvent] | None", data)


def _parse_code(data: object) -> JobCodeFromGit | JobCodeFromUpload | None:
    if data is None:
        return data
    if isinstance(data, dict):
        try:
            componentsschemas_job_code_spec_type_0 = JobCodeFromUpload.from_dict(
                cast("Mapping[str, Any]", data)
            )

            return componentsschemas_job_code_spec_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict):
        try:
            componentsschemas_job_code_spec_type_1 = JobCodeFromGit.from_dict(cast("Mapping[str, Any]", data))

            return componentsschemas_job_code_spec_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("JobCodeFromGit | JobCodeFromUpload | None", data)


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
