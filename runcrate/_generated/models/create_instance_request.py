# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireModel, json_list, missing_field

T = TypeVar("T", bound="CreateInstanceRequest")


@_attrs_define(repr=False)
class CreateInstanceRequest(WireModel):
    """Body of an instance launch. Give exactly one of `gpu_type` (the server deploys the cheapest available configuration
    of that GPU) and `instance_type_id` (an exact `id` from the instance-type list).

    """

    _wire_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "gpu_type": "gpu_type",
        "instance_type_id": "instance_type_id",
        "region": "region",
        "gpu_count": "gpu_count",
        "cpu_cores": "cpu_cores",
        "memory": "memory",
        "storage": "storage",
        "template": "template",
        "ssh_key_id": "ssh_key_id",
        "env_vars": "env_vars",
        "startup_commands": "startup_commands",
        "storage_id": "storage_id",
        "launch_script": "launch_script",
        "launch_script_base64": "launch_script_base64",
        "max_runtime_minutes": "max_runtime_minutes",
        "idle_shutdown_minutes": "idle_shutdown_minutes",
    }
    _optional: ClassVar[frozenset[str]] = frozenset(
        {
            "gpu_type",
            "instance_type_id",
            "region",
            "gpu_count",
            "cpu_cores",
            "memory",
            "storage",
            "template",
            "ssh_key_id",
            "env_vars",
            "startup_commands",
            "storage_id",
            "launch_script",
            "launch_script_base64",
            "max_runtime_minutes",
            "idle_shutdown_minutes",
        }
    )

    name: str
    """ Readable name for the instance. """
    gpu_type: str | None = None
    """ GPU model id, e.g. `H100`, `A100` or `h100-sxm`. Alternative to `instance_type_id`. """
    instance_type_id: str | None = None
    """ An exact instance-type `id` from `listInstanceTypes`. Alternative to `gpu_type`. """
    region: str | None = None
    """ Region to launch in. The server uses `auto` when it is left out. """
    gpu_count: int | None = None
    """ Number of GPUs. """
    cpu_cores: int | None = None
    """ Number of CPU cores. """
    memory: int | None = None
    """ Memory in GB. """
    storage: int | None = None
    """ Local disk size (GB presumably; unverified). """
    template: str | None = None
    """ Launch template id. Known values: `ubuntu-devbox` (GPU optional), `ubuntu-train` and `ubuntu-inference` (GPU
    required); other ids may exist. """
    ssh_key_id: str | None = None
    """ Id of a registered SSH key (from `listSshKeys`) to install. Optional: the workspace's registered keys are
    installed anyway, and short-lived SSH certificates work without it. """
    env_vars: list[EnvVar] | None = None
    """ Environment variables for the instance, as a list of `{key, value}` objects (not a map). They override
    environment secrets of the same name. """
    startup_commands: list[str] | None = None
    """ Shell commands run when the instance starts. """
    storage_id: str | None = None
    """ Id of a storage volume to mount. """
    launch_script: str | None = None
    """ A script run at launch. """
    launch_script_base64: str | None = None
    """ The launch script, base64-encoded (presumably an alternative to `launch_script`; unverified). """
    max_runtime_minutes: int | None = None
    """ Stop the instance after this many minutes. The clock starts when the instance first reaches `running`; an
    alert goes out 10 minutes before the stop. """
    idle_shutdown_minutes: int | None = None
    """ Stop the instance after this many idle minutes (GPU use under 5 % with no SSH, web-terminal or editor
    session). GPU instances only. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        name = get("name")
        if name is None:
            raise missing_field(cls, src_dict, "name")

        gpu_type = get("gpu_type")

        instance_type_id = get("instance_type_id")

        region = get("region")

        gpu_count = get("gpu_count")

        cpu_cores = get("cpu_cores")

        memory = get("memory")

        storage = get("storage")

        template = get("template")

        ssh_key_id = get("ssh_key_id")

        _env_vars = get("env_vars")
        env_vars = (
            None
            if _env_vars is None
            else [EnvVar.from_dict(env_vars_item_data) for env_vars_item_data in json_list(_env_vars)]
        )

        startup_commands = cast("list[str] | None", get("startup_commands"))

        storage_id = get("storage_id")

        launch_script = get("launch_script")

        launch_script_base64 = get("launch_script_base64")

        max_runtime_minutes = get("max_runtime_minutes")

        idle_shutdown_minutes = get("idle_shutdown_minutes")

        create_instance_request = object.__new__(cls)
        create_instance_request.name = name
        create_instance_request.gpu_type = gpu_type
        create_instance_request.instance_type_id = instance_type_id
        create_instance_request.region = region
        create_instance_request.gpu_count = gpu_count
        create_instance_request.cpu_cores = cpu_cores
        create_instance_request.memory = memory
        create_instance_request.storage = storage
        create_instance_request.template = template
        create_instance_request.ssh_key_id = ssh_key_id
        create_instance_request.env_vars = env_vars
        create_instance_request.startup_commands = startup_commands
        create_instance_request.storage_id = storage_id
        create_instance_request.launch_script = launch_script
        create_instance_request.launch_script_base64 = launch_script_base64
        create_instance_request.max_runtime_minutes = max_runtime_minutes
        create_instance_request.idle_shutdown_minutes = idle_shutdown_minutes
        create_instance_request._payload = src_dict
        return create_instance_request


# Imported after the class so that models referring to each other import cleanly.
from ..models.env_var import EnvVar  # noqa: E402
