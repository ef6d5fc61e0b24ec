# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireModel, json_list

T = TypeVar("T", bound="CreateInstanceRequest")


@_attrs_define
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

    name: str
    """ Readable name for the instance. """
    gpu_type: str | Unset = UNSET
    """ GPU model id, e.g. `H100`, `A100` or `h100-sxm`. Alternative to `instance_type_id`. """
    instance_type_id: str | Unset = UNSET
    """ An exact instance-type `id` from `listInstanceTypes`. Alternative to `gpu_type`. """
    region: str | Unset = UNSET
    """ Region to launch in. The server uses `auto` when it is left out. """
    gpu_count: int | Unset = UNSET
    """ Number of GPUs. """
    cpu_cores: int | Unset = UNSET
    """ Number of CPU cores. """
    memory: int | Unset = UNSET
    """ Memory in GB. """
    storage: int | Unset = UNSET
    """ Local disk size (GB presumably; unverified). """
    template: str | Unset = UNSET
    """ Launch template id. Known values: `ubuntu-devbox` (GPU optional), `ubuntu-train` and `ubuntu-inference` (GPU
    required); other ids may exist. """
    ssh_key_id: str | Unset = UNSET
    """ Id of a registered SSH key (from `listSshKeys`) to install. Optional: the workspace's registered keys are
    installed anyway, and short-lived SSH certificates work without it. """
    env_vars: list[EnvVar] | Unset = UNSET
    """ Environment variables for the instance, as a list of `{key, value}` objects (not a map). They override
    environment secrets of the same name. """
    startup_commands: list[str] | Unset = UNSET
    """ Shell commands run when the instance starts. """
    storage_id: str | Unset = UNSET
    """ Id of a storage volume to mount. """
    launch_script: str | Unset = UNSET
    """ A script run at launch. """
    launch_script_base64: str | Unset = UNSET
    """ The launch script, base64-encoded (presumably an alternative to `launch_script`; unverified). """
    max_runtime_minutes: int | Unset = UNSET
    """ Stop the instance after this many minutes. The clock starts when the instance first reaches `running`; an
    alert goes out 10 minutes before the stop. """
    idle_shutdown_minutes: int | Unset = UNSET
    """ Stop the instance after this many idle minutes (GPU use under 5 % with no SSH, web-terminal or editor
    session). GPU instances only. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=cast("Callable[[], dict[str, Any]]", dict)
    )

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        gpu_type = self.gpu_type

        instance_type_id = self.instance_type_id

        region = self.region

        gpu_count = self.gpu_count

        cpu_cores = self.cpu_cores

        memory = self.memory

        storage = self.storage

        template = self.template

        ssh_key_id = self.ssh_key_id

        env_vars: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.env_vars, Unset):
            env_vars = []
            for env_vars_item_data in self.env_vars:
                env_vars_item = env_vars_item_data.to_dict()
                env_vars.append(env_vars_item)

        startup_commands: list[str] | Unset = UNSET
        if not isinstance(self.startup_commands, Unset):
            startup_commands = self.startup_commands

        storage_id = self.storage_id

        launch_script = self.launch_script

        launch_script_base64 = self.launch_script_base64

        max_runtime_minutes = self.max_runtime_minutes

        idle_shutdown_minutes = self.idle_shutdown_minutes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if gpu_type is not UNSET:
            field_dict["gpu_type"] = gpu_type
        if instance_type_id is not UNSET:
            field_dict["instance_type_id"] = instance_type_id
        if region is not UNSET:
            field_dict["region"] = region
        if gpu_count is not UNSET:
            field_dict["gpu_count"] = gpu_count
        if cpu_cores is not UNSET:
            field_dict["cpu_cores"] = cpu_cores
        if memory is not UNSET:
            field_dict["memory"] = memory
        if storage is not UNSET:
            field_dict["storage"] = storage
        if template is not UNSET:
            field_dict["template"] = template
        if ssh_key_id is not UNSET:
            field_dict["ssh_key_id"] = ssh_key_id
        if env_vars is not UNSET:
            field_dict["env_vars"] = env_vars
        if startup_commands is not UNSET:
            field_dict["startup_commands"] = startup_commands
        if storage_id is not UNSET:
            field_dict["storage_id"] = storage_id
        if launch_script is not UNSET:
            field_dict["launch_script"] = launch_script
        if launch_script_base64 is not UNSET:
            field_dict["launch_script_base64"] = launch_script_base64
        if max_runtime_minutes is not UNSET:
            field_dict["max_runtime_minutes"] = max_runtime_minutes
        if idle_shutdown_minutes is not UNSET:
            field_dict["idle_shutdown_minutes"] = idle_shutdown_minutes

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        gpu_type = d.pop("gpu_type", UNSET)

        instance_type_id = d.pop("instance_type_id", UNSET)

        region = d.pop("region", UNSET)

        gpu_count = d.pop("gpu_count", UNSET)

        cpu_cores = d.pop("cpu_cores", UNSET)

        memory = d.pop("memory", UNSET)

        storage = d.pop("storage", UNSET)

        template = d.pop("template", UNSET)

        ssh_key_id = d.pop("ssh_key_id", UNSET)

        _env_vars = d.pop("env_vars", UNSET)
        env_vars: list[EnvVar] | Unset = UNSET
        if _env_vars is not UNSET:
            env_vars = [EnvVar.from_dict(env_vars_item_data) for env_vars_item_data in json_list(_env_vars)]

        startup_commands = cast("list[str]", d.pop("startup_commands", UNSET))

        storage_id = d.pop("storage_id", UNSET)

        launch_script = d.pop("launch_script", UNSET)

        launch_script_base64 = d.pop("launch_script_base64", UNSET)

        max_runtime_minutes = d.pop("max_runtime_minutes", UNSET)

        idle_shutdown_minutes = d.pop("idle_shutdown_minutes", UNSET)

        create_instance_request = cls(
            name=name,
            gpu_type=gpu_type,
            instance_type_id=instance_type_id,
            region=region,
            gpu_count=gpu_count,
            cpu_cores=cpu_cores,
            memory=memory,
            storage=storage,
            template=template,
            ssh_key_id=ssh_key_id,
            env_vars=env_vars,
            startup_commands=startup_commands,
            storage_id=storage_id,
            launch_script=launch_script,
            launch_script_base64=launch_script_base64,
            max_runtime_minutes=max_runtime_minutes,
            idle_shutdown_minutes=idle_shutdown_minutes,
        )

        create_instance_request.additional_properties = d
        return create_instance_request


# Imported after the class so that models referring to each other import cleanly.
from ..models.env_var import EnvVar  # noqa: E402
