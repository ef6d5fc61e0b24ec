# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_job_retry_on import KnownJobRetryOn
from ..models.known_job_webhook_event import KnownJobWebhookEvent
from ..types import UNSET, Unset, WireModel, json_list

T = TypeVar("T", bound="JobOverrides")


@_attrs_define
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

    command: str | Unset = UNSET
    gpu_type: list[str] | str | Unset = UNSET
    """ One GPU type, or an ordered list of GPU types to try in turn while the job waits for capacity. An entry may
    carry its own count of 1 to 8, e.g. `H100:2`; entries without one use `gpu_count`. """
    max_runtime_minutes: int | Unset = UNSET
    gpu_count: int | Unset | None = UNSET
    template: str | Unset | None = UNSET
    image: str | Unset | None = UNSET
    env: JobEnv | Unset | None = UNSET
    storage_id: str | Unset | None = UNSET
    name: str | Unset | None = UNSET
    region: str | Unset | None = UNSET
    capacity_wait_minutes: int | Unset | None = UNSET
    max_retries: int | Unset | None = UNSET
    retry_on: list[KnownJobRetryOn] | Unset | None = UNSET
    retry_exit_codes: list[int] | Unset | None = UNSET
    tags: JobTags | Unset | None = UNSET
    webhook_url: str | Unset | None = UNSET
    webhook_events: list[KnownJobWebhookEvent] | Unset | None = UNSET
    code: JobCodeFromGit | JobCodeFromUpload | Unset | None = UNSET
    image_registry_auth: JobImageRegistryAuth | Unset | None = UNSET
    allow_cpu_container: bool | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        command = self.command

        gpu_type: list[str] | str | Unset
        if isinstance(self.gpu_type, Unset):
            gpu_type = UNSET
        elif isinstance(self.gpu_type, list):
            gpu_type = self.gpu_type

        else:
            gpu_type = self.gpu_type

        max_runtime_minutes = self.max_runtime_minutes

        gpu_count: int | Unset | None
        if isinstance(self.gpu_count, Unset):
            gpu_count = UNSET
        else:
            gpu_count = self.gpu_count

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

        env: dict[str, Any] | Unset | None
        if isinstance(self.env, Unset):
            env = UNSET
        elif isinstance(self.env, JobEnv):
            env = self.env.to_dict()
        else:
            env = self.env

        storage_id: str | Unset | None
        if isinstance(self.storage_id, Unset):
            storage_id = UNSET
        else:
            storage_id = self.storage_id

        name: str | Unset | None
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        region: str | Unset | None
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        capacity_wait_minutes: int | Unset | None
        if isinstance(self.capacity_wait_minutes, Unset):
            capacity_wait_minutes = UNSET
        else:
            capacity_wait_minutes = self.capacity_wait_minutes

        max_retries: int | Unset | None
        if isinstance(self.max_retries, Unset):
            max_retries = UNSET
        else:
            max_retries = self.max_retries

        retry_on: list[str] | Unset | None
        if isinstance(self.retry_on, Unset):
            retry_on = UNSET
        elif isinstance(self.retry_on, list):
            retry_on = []
            for retry_on_type_0_item_data in self.retry_on:
                retry_on_type_0_item = retry_on_type_0_item_data.value
                retry_on.append(retry_on_type_0_item)

        else:
            retry_on = self.retry_on

        retry_exit_codes: list[int] | Unset | None
        if isinstance(self.retry_exit_codes, Unset):
            retry_exit_codes = UNSET
        elif isinstance(self.retry_exit_codes, list):
            retry_exit_codes = self.retry_exit_codes

        else:
            retry_exit_codes = self.retry_exit_codes

        tags: dict[str, Any] | Unset | None
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, JobTags):
            tags = self.tags.to_dict()
        else:
            tags = self.tags

        webhook_url: str | Unset | None
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

        webhook_events: list[str] | Unset | None
        if isinstance(self.webhook_events, Unset):
            webhook_events = UNSET
        elif isinstance(self.webhook_events, list):
            webhook_events = []
            for webhook_events_type_0_item_data in self.webhook_events:
                webhook_events_type_0_item = webhook_events_type_0_item_data.value
                webhook_events.append(webhook_events_type_0_item)

        else:
            webhook_events = self.webhook_events

        code: dict[str, Any] | Unset | None
        if isinstance(self.code, Unset):
            code = UNSET
        elif isinstance(self.code, JobCodeFromUpload) or isinstance(self.code, JobCodeFromGit):
            code = self.code.to_dict()
        else:
            code = self.code

        image_registry_auth: dict[str, Any] | Unset | None
        if isinstance(self.image_registry_auth, Unset):
            image_registry_auth = UNSET
        elif isinstance(self.image_registry_auth, JobImageRegistryAuth):
            image_registry_auth = self.image_registry_auth.to_dict()
        else:
            image_registry_auth = self.image_registry_auth

        allow_cpu_container: bool | Unset | None
        if isinstance(self.allow_cpu_container, Unset):
            allow_cpu_container = UNSET
        else:
            allow_cpu_container = self.allow_cpu_container

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if command is not UNSET:
            field_dict["command"] = command
        if gpu_type is not UNSET:
            field_dict["gpu_type"] = gpu_type
        if max_runtime_minutes is not UNSET:
            field_dict["max_runtime_minutes"] = max_runtime_minutes
        if gpu_count is not UNSET:
            field_dict["gpu_count"] = gpu_count
        if template is not UNSET:
            field_dict["template"] = template
        if image is not UNSET:
            field_dict["image"] = image
        if env is not UNSET:
            field_dict["env"] = env
        if storage_id is not UNSET:
            field_dict["storage_id"] = storage_id
        if name is not UNSET:
            field_dict["name"] = name
        if region is not UNSET:
            field_dict["region"] = region
        if capacity_wait_minutes is not UNSET:
            field_dict["capacity_wait_minutes"] = capacity_wait_minutes
        if max_retries is not UNSET:
            field_dict["max_retries"] = max_retries
        if retry_on is not UNSET:
            field_dict["retry_on"] = retry_on
        if retry_exit_codes is not UNSET:
            field_dict["retry_exit_codes"] = retry_exit_codes
        if tags is not UNSET:
            field_dict["tags"] = tags
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_events is not UNSET:
            field_dict["webhook_events"] = webhook_events
        if code is not UNSET:
            field_dict["code"] = code
        if image_registry_auth is not UNSET:
            field_dict["image_registry_auth"] = image_registry_auth
        if allow_cpu_container is not UNSET:
            field_dict["allow_cpu_container"] = allow_cpu_container

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        command = d.pop("command", UNSET)

        gpu_type = _parse_gpu_type(d.pop("gpu_type", UNSET))

        max_runtime_minutes = d.pop("max_runtime_minutes", UNSET)

        gpu_count = d.pop("gpu_count", UNSET)

        template = d.pop("template", UNSET)

        image = d.pop("image", UNSET)

        env = _parse_env(d.pop("env", UNSET))

        storage_id = d.pop("storage_id", UNSET)

        name = d.pop("name", UNSET)

        region = d.pop("region", UNSET)

        capacity_wait_minutes = d.pop("capacity_wait_minutes", UNSET)

        max_retries = d.pop("max_retries", UNSET)

        retry_on = _parse_retry_on(d.pop("retry_on", UNSET))

        retry_exit_codes = _parse_retry_exit_codes(d.pop("retry_exit_codes", UNSET))

        tags = _parse_tags(d.pop("tags", UNSET))

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_events = _parse_webhook_events(d.pop("webhook_events", UNSET))

        code = _parse_code(d.pop("code", UNSET))

        image_registry_auth = _parse_image_registry_auth(d.pop("image_registry_auth", UNSET))

        allow_cpu_container = d.pop("allow_cpu_container", UNSET)

        job_overrides = cls(
            command=command,
            gpu_type=gpu_type,
            max_runtime_minutes=max_runtime_minutes,
            gpu_count=gpu_count,
            template=template,
            image=image,
            env=env,
            storage_id=storage_id,
            name=name,
            region=region,
            capacity_wait_minutes=capacity_wait_minutes,
            max_retries=max_retries,
            retry_on=retry_on,
            retry_exit_codes=retry_exit_codes,
            tags=tags,
            webhook_url=webhook_url,
            webhook_events=webhook_events,
            code=code,
            image_registry_auth=image_registry_auth,
            allow_cpu_container=allow_cpu_container,
        )

        job_overrides.additional_properties = d
        return job_overrides


# Imported after the class so that models referring to each other import cleanly.
from ..models.job_code_from_git import JobCodeFromGit  # noqa: E402
from ..models.job_code_from_upload import JobCodeFromUpload  # noqa: E402
from ..models.job_env import JobEnv  # noqa: E402
from ..models.job_image_registry_auth import JobImageRegistryAuth  # noqa: E402
from ..models.job_tags import JobTags  # noqa: E402


def _parse_gpu_type(data: object) -> list[str] | str | Unset:
    if isinstance(data, Unset):
        return data
    if isinstance(data, list):
        try:
            componentsschemas_job_gpu_type_type_1 = cast("list[str]", data)

            return componentsschemas_job_gpu_type_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("list[str] | str | Unset", data)


def _parse_env(data: object) -> JobEnv | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        try:
            env_type_0 = JobEnv.from_dict(cast("Mapping[str, Any]", data))

            return env_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("JobEnv | None | Unset", data)


def _parse_retry_on(data: object) -> list[KnownJobRetryOn] | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
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
    return cast("list[KnownJobRetryOn] | None | Unset", data)


def _parse_retry_exit_codes(data: object) -> list[int] | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, list):
        try:
            retry_exit_codes_type_0 = cast("list[int]", data)

            return retry_exit_codes_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("list[int] | None | Unset", data)


def _parse_tags(data: object) -> JobTags | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        try:
            tags_type_0 = JobTags.from_dict(cast("Mapping[str, Any]", data))

            return tags_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("JobTags | None | Unset", data)


def _parse_webhook_events(data: object) -> list[KnownJobWebhookEvent] | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
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
    return cast("list[KnownJobWebhookEvent] | None | Unset", data)


def _parse_code(data: object) -> JobCodeFromGit | JobCodeFromUpload | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
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
    return cast("JobCodeFromGit | JobCodeFromUpload | None | Unset", data)


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
