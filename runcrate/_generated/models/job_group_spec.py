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

T = TypeVar("T", bound="JobGroupSpec")


@_attrs_define
class JobGroupSpec(WireModel):
    """What to run as a job group: a job spec plus `count` (that many identical jobs) or `params` (one job per entry). The
    server treats any body with `count` or `params` as a group, so at least one of them is required.

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
        "count": "count",
        "params": "params",
        "max_parallel": "max_parallel",
    }

    command: str
    """ Shell command, run with bash in `/workspace` (in `/workspace/code` when `code` is given). At most 64 KB.
    Files written to `$RUNCRATE_OUTPUT_DIR` become artifacts. """
    gpu_type: list[str] | str
    """ One GPU type, or an ordered list of GPU types to try in turn while the job waits for capacity. An entry may
    carry its own count of 1 to 8, e.g. `H100:2`; entries without one use `gpu_count`. """
    max_runtime_minutes: int
    """ Runtime limit of each attempt, in minutes. """
    gpu_count: int | Unset = UNSET
    """ GPUs per machine for `gpu_type` entries without their own count. The server's default is 1. """
    template: str | Unset = UNSET
    """ Launch template, e.g. `ubuntu-train`. """
    image: str | Unset = UNSET
    """ Container image, e.g. `pytorch/pytorch:latest`. """
    env: JobEnv | Unset = UNSET
    """ Environment variables for the command, as a name-to-value map (unlike the `env_vars` array of instances).
    Write-only: jobs report only the names, in `env_keys`. An entry overrides an environment secret of the same
    name. """
    storage_id: str | Unset = UNSET
    """ A storage volume to mount at `/workspace`. """
    name: str | Unset = UNSET
    region: str | Unset = UNSET
    """ A region id, a prefix such as `us-east`, or a city or country. """
    capacity_wait_minutes: int | Unset = UNSET
    """ How long the job may wait for a GPU, trying the `gpu_type` candidates in order. The server's default is 30.
    """
    max_retries: int | Unset = UNSET
    """ How many times a failed attempt is retried. Machine failures are retried; see `retry_on`. """
    retry_on: list[KnownJobRetryOn] | Unset = UNSET
    """ Which failures are retried. Add `nonzero_exit` to retry failures of the command itself. """
    retry_exit_codes: list[int] | Unset = UNSET
    """ With `nonzero_exit`, only these exit codes count as retryable. """
    tags: JobTags | Unset = UNSET
    """ Free-form labels as a key-to-value map; filter the job list with `tag=key:value`. """
    webhook_url: str | Unset | None = UNSET
    """ An https URL that receives a signed POST when the job finishes (and when it starts, if `webhook_events`
    includes `started`). The signing secret is returned once, as `webhook_secret` in the response that creates the
    job. """
    webhook_events: list[KnownJobWebhookEvent] | Unset = UNSET
    """ The events that trigger the webhook. """
    code: JobCodeFromGit | JobCodeFromUpload | Unset = UNSET
    """ The code to run: an uploaded archive or a Git repository. It is unpacked into `/workspace/code`, which
    becomes the command's working directory. """
    image_registry_auth: JobImageRegistryAuth | Unset = UNSET
    """ Credentials for pulling a private `image`, given as the names of environment variables (from `env` or the
    environment's secrets) that hold them, never the values. """
    allow_cpu_container: bool | Unset = UNSET
    """ Allow the job to run on a CPU-only container. """
    count: int | Unset = UNSET
    """ Number of identical jobs to run. """
    params: list[JobGroupSpecParamsItem] | Unset = UNSET
    """ One job per entry; each entry's variables are merged over `env` for that job. """
    max_parallel: int | Unset = UNSET
    """ How many of the group's jobs may run at once. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        command = self.command

        gpu_type: list[str] | str
        if isinstance(self.gpu_type, list):
            gpu_type = self.gpu_type

        else:
            gpu_type = self.gpu_type

        max_runtime_minutes = self.max_runtime_minutes

        gpu_count = self.gpu_count

        template = self.template

        image = self.image

        env: dict[str, Any] | Unset = UNSET
        if not isinstance(self.env, Unset):
            env = self.env.to_dict()

        storage_id = self.storage_id

        name = self.name

        region = self.region

        capacity_wait_minutes = self.capacity_wait_minutes

        max_retries = self.max_retries

        retry_on: list[str] | Unset = UNSET
        if not isinstance(self.retry_on, Unset):
            retry_on = []
            for retry_on_item_data in self.retry_on:
                retry_on_item = retry_on_item_data.value
                retry_on.append(retry_on_item)

        retry_exit_codes: list[int] | Unset = UNSET
        if not isinstance(self.retry_exit_codes, Unset):
            retry_exit_codes = self.retry_exit_codes

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        webhook_url: str | Unset | None
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

        webhook_events: list[str] | Unset = UNSET
        if not isinstance(self.webhook_events, Unset):
            webhook_events = []
            for webhook_events_item_data in self.webhook_events:
                webhook_events_item = webhook_events_item_data.value
                webhook_events.append(webhook_events_item)

        code: dict[str, Any] | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        elif isinstance(self.code, JobCodeFromUpload):
            code = self.code.to_dict()
        else:
            code = self.code.to_dict()

        image_registry_auth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_registry_auth, Unset):
            image_registry_auth = self.image_registry_auth.to_dict()

        allow_cpu_container = self.allow_cpu_container

        count = self.count

        params: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = []
            for params_item_data in self.params:
                params_item = params_item_data.to_dict()
                params.append(params_item)

        max_parallel = self.max_parallel

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "command": command,
                "gpu_type": gpu_type,
                "max_runtime_minutes": max_runtime_minutes,
            }
        )
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
        if count is not UNSET:
            field_dict["count"] = count
        if params is not UNSET:
            field_dict["params"] = params
        if max_parallel is not UNSET:
            field_dict["max_parallel"] = max_parallel

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        command = d.pop("command")

        gpu_type = _parse_gpu_type(d.pop("gpu_type"))

        max_runtime_minutes = d.pop("max_runtime_minutes")

        gpu_count = d.pop("gpu_count", UNSET)

        template = d.pop("template", UNSET)

        image = d.pop("image", UNSET)

        _env = d.pop("env", UNSET)
        env: JobEnv | Unset
        if isinstance(_env, Unset):
            env = UNSET
        else:
            env = JobEnv.from_dict(cast("Mapping[str, Any]", _env))

        storage_id = d.pop("storage_id", UNSET)

        name = d.pop("name", UNSET)

        region = d.pop("region", UNSET)

        capacity_wait_minutes = d.pop("capacity_wait_minutes", UNSET)

        max_retries = d.pop("max_retries", UNSET)

        _retry_on = d.pop("retry_on", UNSET)
        retry_on: list[KnownJobRetryOn] | Unset = UNSET
        if _retry_on is not UNSET:
            retry_on = []
            for retry_on_item_data in cast("list[Any]", _retry_on):
                retry_on_item = KnownJobRetryOn(retry_on_item_data)

                retry_on.append(retry_on_item)

        retry_exit_codes = cast("list[int]", d.pop("retry_exit_codes", UNSET))

        _tags = d.pop("tags", UNSET)
        tags: JobTags | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = JobTags.from_dict(cast("Mapping[str, Any]", _tags))

        webhook_url = d.pop("webhook_url", UNSET)

        _webhook_events = d.pop("webhook_events", UNSET)
        webhook_events: list[KnownJobWebhookEvent] | Unset = UNSET
        if _webhook_events is not UNSET:
            webhook_events = []
            for webhook_events_item_data in cast("list[Any]", _webhook_events):
                webhook_events_item = KnownJobWebhookEvent(webhook_events_item_data)

                webhook_events.append(webhook_events_item)

        code = _parse_code(d.pop("code", UNSET))

        _image_registry_auth = d.pop("image_registry_auth", UNSET)
        image_registry_auth: JobImageRegistryAuth | Unset
        if isinstance(_image_registry_auth, Unset):
            image_registry_auth = UNSET
        else:
            image_registry_auth = JobImageRegistryAuth.from_dict(
                cast("Mapping[str, Any]", _image_registry_auth)
            )

        allow_cpu_container = d.pop("allow_cpu_container", UNSET)

        count = d.pop("count", UNSET)

        _params = d.pop("params", UNSET)
        params: list[JobGroupSpecParamsItem] | Unset = UNSET
        if _params is not UNSET:
            params = [
                JobGroupSpecParamsItem.from_dict(params_item_data) for params_item_data in json_list(_params)
            ]

        max_parallel = d.pop("max_parallel", UNSET)

        job_group_spec = cls(
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
            count=count,
            params=params,
            max_parallel=max_parallel,
        )

        job_group_spec.additional_properties = d
        return job_group_spec


# Imported after the class so that models referring to each other import cleanly.
from ..models.job_code_from_git import JobCodeFromGit  # noqa: E402
from ..models.job_code_from_upload import JobCodeFromUpload  # noqa: E402
from ..models.job_env import JobEnv  # noqa: E402
from ..models.job_group_spec_params_item import JobGroupSpecParamsItem  # noqa: E402
from ..models.job_image_registry_auth import JobImageRegistryAuth  # noqa: E402
from ..models.job_tags import JobTags  # noqa: E402


def _parse_gpu_type(data: object) -> list[str] | str:
    if isinstance(data, list):
        try:
            componentsschemas_job_gpu_type_type_1 = cast("list[str]", data)

            return componentsschemas_job_gpu_type_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("list[str] | str", data)


def _parse_code(data: object) -> JobCodeFromGit | JobCodeFromUpload | Unset:
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
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_job_code_spec_type_1 = JobCodeFromGit.from_dict(cast("Mapping[str, Any]", data))

    return componentsschemas_job_code_spec_type_1
