# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_job_retry_on import KnownJobRetryOn
from ..models.known_job_webhook_event import KnownJobWebhookEvent
from ..types import WireModel, json_list, missing_field

T = TypeVar("T", bound="JobGroupSpec")


@_attrs_define(repr=False)
class JobGroupSpec(WireModel):
    """What to run as a job group: a job spec plus exactly one of `count` (that many identical jobs) and `params` (one job
    per entry). The server treats any body with `count` or `params` as a group.

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
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
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
        }
    )

    command: str
    """ Shell command, run with bash in `/workspace` (in `/workspace/code` when `code` is given). At most 64 KB.
    Files written to `$RUNCRATE_OUTPUT_DIR` become artifacts. """
    gpu_type: list[str] | str
    """ One GPU type, or an ordered list of GPU types to try in turn while the job waits for capacity. An entry may
    carry its own count of 1 to 8, e.g. `H100:2`; entries without one use `gpu_count`. """
    max_runtime_minutes: int
    """ Runtime limit of each attempt, in minutes. """
    gpu_count: int | None = None
    """ GPUs per machine for `gpu_type` entries without their own count. The server's default is 1. """
    template: str | None = None
    """ Launch template, e.g. `ubuntu-train`. """
    image: str | None = None
    """ Container image, e.g. `pytorch/pytorch:latest`. """
    env: JobEnv | None = None
    """ Environment variables for the command, as a name-to-value map (unlike the `env_vars` array of instances).
    Write-only: jobs report only the names, in `env_keys`. An entry overrides an environment secret of the same
    name. """
    storage_id: str | None = None
    """ A storage volume to mount at `/workspace`. """
    name: str | None = None
    region: str | None = None
    """ A region id, a prefix such as `us-east`, or a city or country. """
    capacity_wait_minutes: int | None = None
    """ How long the job may wait for a GPU, trying the `gpu_type` candidates in order. The server's default is 30.
    """
    max_retries: int | None = None
    """ How many times a failed attempt is retried. Machine failures are retried; see `retry_on`. """
    retry_on: list[KnownJobRetryOn] | None = None
    """ Which failures are retried. Add `nonzero_exit` to retry failures of the command itself. """
    retry_exit_codes: list[int] | None = None
    """ With `nonzero_exit`, only these exit codes count as retryable. """
    tags: JobTags | None = None
    """ Free-form labels as a key-to-value map; filter the job list with `tag=key:value`. """
    webhook_url: str | None = None
    """ An https URL that receives a signed POST when the job finishes (and when it starts, if `webhook_events`
    includes `started`). The signing secret is returned once, as `webhook_secret` in the response that creates the
    job. """
    webhook_events: list[KnownJobWebhookEvent] | None = None
    """ The events that trigger the webhook. """
    code: JobCodeFromGit | JobCodeFromUpload | None = None
    """ The code to run: an uploaded archive or a Git repository. It is unpacked into `/workspace/code`, which
    becomes the command's working directory. """
    image_registry_auth: JobImageRegistryAuth | None = None
    """ Credentials for pulling a private `image`, given as the names of environment variables (from `env` or the
    environment's secrets) that hold them, never the values. """
    allow_cpu_container: bool | None = None
    """ Allow the job to run on a CPU-only container. """
    count: int | None = None
    """ Number of identical jobs to run. """
    params: list[JobGroupSpecParamsItem] | None = None
    """ One job per entry; each entry's variables are merged over `env` for that job. """
    max_parallel: int | None = None
    """ How many of the group's jobs may run at once. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        command = get("command")
        if command is None:
            raise missing_field(cls, src_dict, "command")

        _gpu_type = get("gpu_type")
        if _gpu_type is None:
            raise missing_field(cls, src_dict, "gpu_type")
        gpu_type = _parse_gpu_type(_gpu_type)

        max_runtime_minutes = get("max_runtime_minutes")
        if max_runtime_minutes is None:
            raise missing_field(cls, src_dict, "max_runtime_minutes")

        gpu_count = get("gpu_count")

        template = get("template")

        image = get("image")

        _env = get("env")
        env = None if _env is None else JobEnv.from_dict(cast("Mapping[str, Any]", _env))

        storage_id = get("storage_id")

        name = get("name")

        region = get("region")

        capacity_wait_minutes = get("capacity_wait_minutes")

        max_retries = get("max_retries")

        _retry_on = get("retry_on")
        retry_on: list[KnownJobRetryOn] | None = None
        if _retry_on is not None:
            retry_on = []
            for retry_on_item_data in cast("list[Any]", _retry_on):
                retry_on_item = KnownJobRetryOn(retry_on_item_data)

                retry_on.append(retry_on_item)

        retry_exit_codes = cast("list[int] | None", get("retry_exit_codes"))

        _tags = get("tags")
        tags = None if _tags is None else JobTags.from_dict(cast("Mapping[str, Any]", _tags))

        webhook_url = get("webhook_url")

        _webhook_events = get("webhook_events")
        webhook_events: list[KnownJobWebhookEvent] | None = None
        if _webhook_events is not None:
            webhook_events = []
            for webhook_events_item_data in cast("list[Any]", _webhook_events):
                webhook_events_item = KnownJobWebhookEvent(webhook_events_item_data)

                webhook_events.append(webhook_events_item)

        code = _parse_code(get("code"))

        _image_registry_auth = get("image_registry_auth")
        image_registry_auth = (
            None
            if _image_registry_auth is None
            else JobImageRegistryAuth.from_dict(cast("Mapping[str, Any]", _image_registry_auth))
        )

        allow_cpu_container = get("allow_cpu_container")

        count = get("count")

        _params = get("params")
        params = (
            None
            if _params is None
            else [
                JobGroupSpecParamsItem.from_dict(params_item_data) for params_item_data in json_list(_params)
            ]
        )

        max_parallel = get("max_parallel")

        job_group_spec = object.__new__(cls)
        job_group_spec.command = command
        job_group_spec.gpu_type = gpu_type
        job_group_spec.max_runtime_minutes = max_runtime_minutes
        job_group_spec.gpu_count = gpu_count
        job_group_spec.template = template
        job_group_spec.image = image
        job_group_spec.env = env
        job_group_spec.storage_id = storage_id
        job_group_spec.name = name
        job_group_spec.region = region
        job_group_spec.capacity_wait_minutes = capacity_wait_minutes
        job_group_spec.max_retries = max_retries
        job_group_spec.retry_on = retry_on
        job_group_spec.retry_exit_codes = retry_exit_codes
        job_group_spec.tags = tags
        job_group_spec.webhook_url = webhook_url
        job_group_spec.webhook_events = webhook_events
        job_group_spec.code = code
        job_group_spec.image_registry_auth = image_registry_auth
        job_group_spec.allow_cpu_container = allow_cpu_container
        job_group_spec.count = count
        job_group_spec.params = params
        job_group_spec.max_parallel = max_parallel
        job_group_spec._payload = src_dict
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
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_job_code_spec_type_1 = JobCodeFromGit.from_dict(cast("Mapping[str, Any]", data))

    return componentsschemas_job_code_spec_type_1
