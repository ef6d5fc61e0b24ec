# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
# The checks run on whatever callers pass at run time, whatever the annotations say:
# pyright: reportUnnecessaryIsInstance=false, reportUnknownVariableType=false
# pyright: reportUnknownArgumentType=false, reportUnknownMemberType=false
"""The ``instances`` resource's plain methods, generated from the spec."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack

from runcrate._conversions import env_var_list
from runcrate._engine._async import AsyncResource
from runcrate._engine._sync import SyncResource
from runcrate._lazy import LazyModules
from runcrate._response import (
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from runcrate._types import UNCHANGED, CallOptions, request_options
from runcrate._validation import (
    exactly_one,
    invalid,
    missing,
    none_of,
)

if TYPE_CHECKING:
    from runcrate._generated.api import instances as _instances_api
else:
    _instances_api = LazyModules("runcrate._generated.api.instances")

if TYPE_CHECKING:
    from collections.abc import Sequence

    from runcrate import NotGiven, ResultList
    from runcrate.models import Instance, InstanceStatusInfo, InstanceType, SshCertificate
    from runcrate.types import OpenSshPublicKey

_PATTERN_1 = re.compile(
    "^\\s*(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp(256|384|521)|sk-ssh-ed25519@openssh\\.com|sk-ecdsa-sha2-nistp256@openssh\\.com)[ \\t]+[A-Za-z0-9+/]+={0,2}([ \\t].*)?$"
)


def list_instances_arguments(fields: Mapping[str, Any]) -> dict[str, Any]:
    """``listInstances``: the keywords of its request, converted and checked."""
    arguments: dict[str, Any] = {}
    value = fields.get("search")
    if value is not None:
        if not isinstance(value, str) or len(value) < 1:
            raise invalid("search", value, "a non-empty string")
        arguments["search"] = value
    return arguments


def create_instance_arguments(fields: Mapping[str, Any]) -> dict[str, Any]:
    """``createInstance``: the keywords of its request, converted and checked."""
    arguments: dict[str, Any] = {}
    body: dict[str, Any] = {}
    value = fields.get("name")
    if value is None:
        raise missing("name", "a non-empty string")
    if not isinstance(value, str) or len(value) < 1:
        raise invalid("name", value, "a non-empty string")
    body["name"] = value
    value = fields.get("gpu_type")
    if value is not None:
        if not isinstance(value, str) or len(value) < 1:
            raise invalid("gpu_type", value, "a non-empty string")
        body["gpu_type"] = value
    value = fields.get("instance_type_id")
    if value is not None:
        if not isinstance(value, str) or len(value) < 1:
            raise invalid("instance_type_id", value, "a non-empty string")
        body["instance_type_id"] = value
    value = fields.get("region")
    if value is not None:
        if not isinstance(value, str) or len(value) < 1:
            raise invalid("region", value, "a non-empty string")
        body["region"] = value
    value = fields.get("gpu_count")
    if value is not None:
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise invalid("gpu_count", value, "a whole number >= 1")
        body["gpu_count"] = value
    value = fields.get("cpu_cores")
    if value is not None:
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise invalid("cpu_cores", value, "a whole number >= 1")
        body["cpu_cores"] = value
    value = fields.get("memory")
    if value is not None:
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise invalid("memory", value, "a whole number >= 1")
        body["memory"] = value
    value = fields.get("storage")
    if value is not None:
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise invalid("storage", value, "a whole number >= 1")
        body["storage"] = value
    value = fields.get("template")
    if value is not None:
        if not isinstance(value, str) or len(value) < 1:
            raise invalid("template", value, "a non-empty string")
        body["template"] = value
    value = fields.get("ssh_key_id")
    if value is not None:
        if not isinstance(value, str) or len(value) < 1:
            raise invalid("ssh_key_id", value, "a non-empty string")
        body["ssh_key_id"] = value
    value = fields.get("env_vars")
    if value is not None:
        value = env_var_list(value, "env_vars")
    if value is not None:
        if not isinstance(value, list | tuple):
            raise invalid("env_vars", value, "a list")
        for index0, item0 in enumerate(value):
            if not isinstance(item0, dict | Mapping):
                raise invalid(f"env_vars[{index0}]", item0, "a mapping")
        body["env_vars"] = value
    value = fields.get("startup_commands")
    if value is not None:
        if not isinstance(value, list | tuple):
            raise invalid("startup_commands", value, "a list of strings")
        for index0, item0 in enumerate(value):
            if not isinstance(item0, str):
                raise invalid(f"startup_commands[{index0}]", item0, "a string")
        body["startup_commands"] = value
    value = fields.get("storage_id")
    if value is not None:
        if not isinstance(value, str) or len(value) < 1:
            raise invalid("storage_id", value, "a non-empty string")
        body["storage_id"] = value
    value = fields.get("launch_script")
    if value is not None:
        if not isinstance(value, str):
            raise invalid("launch_script", value, "a string")
        body["launch_script"] = value
    value = fields.get("launch_script_base64")
    if value is not None:
        if not isinstance(value, str):
            raise invalid("launch_script_base64", value, "a string")
        body["launch_script_base64"] = value
    value = fields.get("max_runtime_minutes")
    if value is not None:
        if not isinstance(value, int) or isinstance(value, bool) or value < 5 or value > 10080:
            raise invalid("max_runtime_minutes", value, "a whole number from 5 to 10080")
        body["max_runtime_minutes"] = value
    value = fields.get("idle_shutdown_minutes")
    if value is not None:
        if not isinstance(value, int) or isinstance(value, bool) or value < 5 or value > 1440:
            raise invalid("idle_shutdown_minutes", value, "a whole number from 5 to 1440")
        body["idle_shutdown_minutes"] = value
    if ("gpu_type" in body) + ("instance_type_id" in body) != 1:
        raise exactly_one(
            ("gpu_type", "instance_type_id"),
            [n for n in ("gpu_type", "instance_type_id") if fields.get(n) is not None],
        )
    arguments["body"] = body
    return arguments


def list_instance_types_arguments(fields: Mapping[str, Any]) -> dict[str, Any]:
    """``listInstanceTypes``: the keywords of its request, converted and checked."""
    arguments: dict[str, Any] = {}
    value = fields.get("gpu_type")
    if value is not None:
        if not isinstance(value, str) or len(value) < 1:
            raise invalid("gpu_type", value, "a non-empty string")
        arguments["gpu_type"] = value
    value = fields.get("region")
    if value is not None:
        if not isinstance(value, str) or len(value) < 1:
            raise invalid("region", value, "a non-empty string")
        arguments["region"] = value
    value = fields.get("gpu_count")
    if value is not None:
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise invalid("gpu_count", value, "a whole number >= 1")
        arguments["gpu_count"] = value
    return arguments


def update_instance_arguments(fields: Mapping[str, Any]) -> dict[str, Any]:
    """``updateInstance``: the keywords of its request, converted and checked."""
    arguments: dict[str, Any] = {}
    body: dict[str, Any] = {}
    value = fields.get("max_runtime_minutes", UNCHANGED)
    if value is not UNCHANGED:
        if value is not None:
            if not isinstance(value, int) or isinstance(value, bool) or value < 5 or value > 10080:
                raise invalid("max_runtime_minutes", value, "a whole number from 5 to 10080")
        body["max_runtime_minutes"] = value
    value = fields.get("idle_shutdown_minutes", UNCHANGED)
    if value is not UNCHANGED:
        if value is not None:
            if not isinstance(value, int) or isinstance(value, bool) or value < 5 or value > 1440:
                raise invalid("idle_shutdown_minutes", value, "a whole number from 5 to 1440")
        body["idle_shutdown_minutes"] = value
    if not body:
        raise none_of(("max_runtime_minutes", "idle_shutdown_minutes"))
    arguments["body"] = body
    return arguments


def create_instance_ssh_certificate_arguments(fields: Mapping[str, Any]) -> dict[str, Any]:
    """``createInstanceSshCertificate``: the keywords of its request, converted and checked."""
    arguments: dict[str, Any] = {}
    body: dict[str, Any] = {}
    value = fields.get("public_key")
    if value is None:
        raise missing(
            "public_key",
            "a string matching '^\\\\s*(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp(256|384|521)|sk-ssh-ed25519@openssh\\\\.com|sk-ecdsa-sha2-nistp256@openssh\\\\.com)[ \\\\t]+[A-Za-z0-9+/]+={0,2}([ \\\\t].*)?$'",
        )
    if not isinstance(value, str) or _PATTERN_1.search(value) is None:
        raise invalid(
            "public_key",
            value,
            "a string matching '^\\\\s*(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp(256|384|521)|sk-ssh-ed25519@openssh\\\\.com|sk-ecdsa-sha2-nistp256@openssh\\\\.com)[ \\\\t]+[A-Za-z0-9+/]+={0,2}([ \\\\t].*)?$'",
        )
    body["public_key"] = value
    arguments["body"] = body
    return arguments


class Instances(SyncResource):
    """GPU (or CPU) machines running as isolated containers in the selected environment, and the
    catalogue of instance types that can be launched right now. The workspace's registered SSH keys
    are installed on new instances, and every instance receives the environment's secrets as
    environment variables. Data on the instance is lost when it terminates; data on a mounted
    storage volume survives."""

    @cached_property
    def with_raw_response(self) -> InstancesWithRawResponse:
        """The methods that make one HTTP call, each returning a ``RawResponse`` (status, headers, request
        id) whose ``parse()`` gives what the method returns."""
        return InstancesWithRawResponse(self)

    def list(
        self: SyncResource,
        *,
        search: str | None = None,
        **options: Unpack[CallOptions],
    ) -> ResultList[Instance]:
        """List instances.

        Lists the instances of the environment, optionally filtered by name. The list is not paginated;
        any `meta` in the response can be ignored.

        Args:
            search: Only instances whose name matches this text.
        """
        return self._engine.request_data(
            _instances_api.list_instances,
            options=request_options(
                options,
                parameters=("search",),
            ),
            **list_instances_arguments(
                {
                    "search": search,
                }
            ),
        )

    def create(
        self: SyncResource,
        name: str,
        *,
        gpu_type: str | None = None,
        instance_type_id: str | None = None,
        region: str | None = None,
        gpu_count: int | None = None,
        cpu_cores: int | None = None,
        memory: int | None = None,
        storage: int | None = None,
        template: str | None = None,
        ssh_key_id: str | None = None,
        env_vars: Mapping[str, str] | Sequence[Mapping[str, str]] | None = None,
        startup_commands: Sequence[str] | None = None,
        storage_id: str | None = None,
        launch_script: str | None = None,
        launch_script_base64: str | None = None,
        max_runtime_minutes: int | None = None,
        idle_shutdown_minutes: int | None = None,
        idempotency_key: str | None = None,
        **options: Unpack[CallOptions],
    ) -> Instance:
        """Create an instance.

        Launches a new GPU (or CPU) instance in the environment. Give exactly one of `gpu_type` (the
        server deploys the cheapest available configuration of that GPU) and `instance_type_id` (an
        exact offer from `listInstanceTypes`). The response is the new instance, usually in `creating`,
        `provisioning` or `deploying`; poll `getInstanceStatus` until it is `running`.

        A launch can take about 60 seconds, so clients should allow at least 75 seconds. The
        `Idempotency-Key` header is accepted, but whether the server deduplicates on it for this route
        is unverified: after a timeout or an ambiguous failure, list the instances to see whether the
        launch happened before trying again. A 502 with code `launch_refused` means the request itself
        was refused and must not be retried; 429 and 503 are safe to retry. A 402 means not enough
        credits (`insufficient_credits`) or the environment's monthly budget is used up
        (`BUDGET_REACHED`).

        Args:
            name: Readable name for the instance.
            gpu_type: GPU model id, e.g. `H100`, `A100` or `h100-sxm`. Alternative to
                `instance_type_id`.
            instance_type_id: An exact instance-type `id` from `listInstanceTypes`. Alternative to
                `gpu_type`.
            region: Region to launch in. The server uses `auto` when it is left out.
            gpu_count: Number of GPUs.
            cpu_cores: Number of CPU cores.
            memory: Memory in GB.
            storage: Local disk size (GB presumably; unverified).
            template: Launch template id. Known values: `ubuntu-devbox` (GPU optional), `ubuntu-train`
                and `ubuntu-inference` (GPU required); other ids may exist.
            ssh_key_id: Id of a registered SSH key (from `listSshKeys`) to install. Optional: the
                workspace's registered keys are installed anyway, and short-lived SSH certificates work
                without it.
            env_vars: Environment variables for the instance, as a list of `{key, value}` objects (not a
                map). They override environment secrets of the same name.
            startup_commands: Shell commands run when the instance starts.
            storage_id: Id of a storage volume to mount.
            launch_script: A script run at launch.
            launch_script_base64: The launch script, base64-encoded (presumably an alternative to
                `launch_script`; unverified).
            max_runtime_minutes: Stop the instance after this many minutes. The clock starts when the
                instance first reaches `running`; an alert goes out 10 minutes before the stop.
            idle_shutdown_minutes: Stop the instance after this many idle minutes (GPU use under 5 %
                with no SSH, web-terminal or editor session). GPU instances only.
        """
        return self._engine.request_data(
            _instances_api.create_instance,
            options=request_options(
                options,
                idempotency_key=idempotency_key,
                parameters=(
                    "name",
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
                ),
            ),
            **create_instance_arguments(
                {
                    "name": name,
                    "gpu_type": gpu_type,
                    "instance_type_id": instance_type_id,
                    "region": region,
                    "gpu_count": gpu_count,
                    "cpu_cores": cpu_cores,
                    "memory": memory,
                    "storage": storage,
                    "template": template,
                    "ssh_key_id": ssh_key_id,
                    "env_vars": env_vars,
                    "startup_commands": startup_commands,
                    "storage_id": storage_id,
                    "launch_script": launch_script,
                    "launch_script_base64": launch_script_base64,
                    "max_runtime_minutes": max_runtime_minutes,
                    "idle_shutdown_minutes": idle_shutdown_minutes,
                }
            ),
        )

    def list_types(
        self: SyncResource,
        *,
        gpu_type: str | None = None,
        region: str | None = None,
        gpu_count: int | None = None,
        **options: Unpack[CallOptions],
    ) -> ResultList[InstanceType]:
        """List instance types.

        Lists the GPU / count / region combinations that can be launched right now, with their hourly
        prices. This is the source of regions and prices; pass an entry's `id` as `instance_type_id` to
        `createInstance`. Not paginated (the response may carry `meta.total`).

        Args:
            gpu_type: Only offers with this GPU model, e.g. `H100`.
            region: Only offers in this region.
            gpu_count: Only offers with this many GPUs.
        """
        return self._engine.request_data(
            _instances_api.list_instance_types,
            options=request_options(
                options,
                parameters=(
                    "gpu_type",
                    "region",
                    "gpu_count",
                ),
            ),
            **list_instance_types_arguments(
                {
                    "gpu_type": gpu_type,
                    "region": region,
                    "gpu_count": gpu_count,
                }
            ),
        )

    def get(
        self: SyncResource,
        id: str,
        **options: Unpack[CallOptions],
    ) -> Instance:
        """Get an instance.

        Returns one instance with all its details.

        Args:
            id: Instance id. `updateInstance` also accepts the instance's unique name.
        """
        return self._engine.request_data(
            _instances_api.get_instance,
            id=id,
            options=request_options(
                options,
            ),
        )

    def terminate(
        self: SyncResource,
        id: str,
        **options: Unpack[CallOptions],
    ) -> None:
        """Terminate an instance.

        Terminates the instance. Data on the instance itself is lost; mounted storage volumes are kept.
        What a second terminate of the same instance returns is unverified (a 404 is possible).

        Args:
            id: Instance id. `updateInstance` also accepts the instance's unique name.
        """
        self._engine.request(
            _instances_api.terminate_instance,
            id=id,
            options=request_options(
                options,
            ),
        )

    def update(
        self: SyncResource,
        id: str,
        *,
        max_runtime_minutes: int | NotGiven | None = UNCHANGED,
        idle_shutdown_minutes: int | NotGiven | None = UNCHANGED,
        **options: Unpack[CallOptions],
    ) -> Instance:
        """Change an instance's auto-stop limits.

        Changes the runtime limit and/or the idle-shutdown limit of a live instance. Send only the
        fields to change: a missing field keeps its value and an explicit `null` turns that limit off;
        at least one field is required. `max_runtime_minutes` counts the total time since the instance
        started running, and a change never stops the instance sooner than 2 minutes from now. The path
        accepts the instance id or its unique name. Returns the instance with its new `auto_stop_at`. A
        409 means the instance cannot take the change (it is not live, has no GPU, or predates idle
        stop); a 422 means a value is out of range. Repeating the same update has no further effect.

        Args:
            id: Instance id. `updateInstance` also accepts the instance's unique name.
            max_runtime_minutes: New runtime limit in minutes, counted as the total time since the
                instance started running; `null` turns it off. A change never stops the instance sooner
                than 2 minutes from now.
            idle_shutdown_minutes: New idle-shutdown limit in minutes; `null` turns it off. Only for GPU
                instances launched with idle-stop support.
        """
        return self._engine.request_data(
            _instances_api.update_instance,
            id=id,
            options=request_options(
                options,
                parameters=(
                    "max_runtime_minutes",
                    "idle_shutdown_minutes",
                ),
            ),
            **update_instance_arguments(
                {
                    "max_runtime_minutes": max_runtime_minutes,
                    "idle_shutdown_minutes": idle_shutdown_minutes,
                }
            ),
        )

    def get_status(
        self: SyncResource,
        id: str,
        **options: Unpack[CallOptions],
    ) -> InstanceStatusInfo:
        """Get an instance's status.

        Returns only the status and IP address of an instance: a lighter call than `getInstance`, meant
        for polling until the instance is `running`.

        Args:
            id: Instance id.
        """
        return self._engine.request_data(
            _instances_api.get_instance_status,
            id=id,
            options=request_options(
                options,
            ),
        )

    def ssh_certificate(
        self: SyncResource,
        id: str,
        public_key: OpenSshPublicKey,
        **options: Unpack[CallOptions],
    ) -> SshCertificate:
        """Issue an SSH certificate for an instance.

        Signs the given OpenSSH public key with a short lifetime for access to this instance and returns
        the certificate together with the address, user and port to connect to. This route is observed
        from the official command-line client only (the official SDKs do not use it); it lets a client
        connect without registering an SSH key. The instance must be `running`: any other status answers
        409.

        Args:
            id: Instance id.
            public_key: A public key in OpenSSH text form, as in an `authorized_keys` line or a `.pub`
                file: the key type, the base64 key blob and an optional comment, e.g. `ssh-ed25519
                AAAA... user@host`. The types are those OpenSSH offers: `ssh-ed25519`, `ssh-rsa`,
                `ecdsa-sha2-nistp256`, `ecdsa-sha2-nistp384`, `ecdsa-sha2-nistp521` and the security-key
                types `sk-ssh-ed25519@openssh.com` and `sk-ecdsa-sha2-nistp256@openssh.com`. The blob
                must decode to a key of the named type (checked by the server: 422 otherwise).
        """
        return self._engine.request_data(
            _instances_api.create_instance_ssh_certificate,
            id=id,
            options=request_options(
                options,
                parameters=("public_key",),
            ),
            **create_instance_ssh_certificate_arguments(
                {
                    "public_key": public_key,
                }
            ),
        )


class InstancesWithRawResponse:
    """``instances.with_raw_response``: each method returns a ``RawResponse`` whose ``parse()`` gives
    the method's own result."""

    def __init__(self, resource: Instances) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.list_types = to_raw_response_wrapper(resource.list_types)
        self.get = to_raw_response_wrapper(resource.get)
        self.terminate = to_raw_response_wrapper(resource.terminate)
        self.update = to_raw_response_wrapper(resource.update)
        self.get_status = to_raw_response_wrapper(resource.get_status)
        self.ssh_certificate = to_raw_response_wrapper(resource.ssh_certificate)


class AsyncInstances(AsyncResource):
    """GPU (or CPU) machines running as isolated containers in the selected environment, and the
    catalogue of instance types that can be launched right now. The workspace's registered SSH keys
    are installed on new instances, and every instance receives the environment's secrets as
    environment variables. Data on the instance is lost when it terminates; data on a mounted
    storage volume survives."""

    @cached_property
    def with_raw_response(self) -> AsyncInstancesWithRawResponse:
        """The methods that make one HTTP call, each returning a ``RawResponse`` (status, headers, request
        id) whose ``parse()`` gives what the method returns."""
        return AsyncInstancesWithRawResponse(self)

    async def list(
        self: AsyncResource,
        *,
        search: str | None = None,
        **options: Unpack[CallOptions],
    ) -> ResultList[Instance]:
        """List instances.

        Lists the instances of the environment, optionally filtered by name. The list is not paginated;
        any `meta` in the response can be ignored.

        Args:
            search: Only instances whose name matches this text.
        """
        return await self._engine.request_data(
            _instances_api.list_instances,
            options=request_options(
                options,
                parameters=("search",),
            ),
            **list_instances_arguments(
                {
                    "search": search,
                }
            ),
        )

    async def create(
        self: AsyncResource,
        name: str,
        *,
        gpu_type: str | None = None,
        instance_type_id: str | None = None,
        region: str | None = None,
        gpu_count: int | None = None,
        cpu_cores: int | None = None,
        memory: int | None = None,
        storage: int | None = None,
        template: str | None = None,
        ssh_key_id: str | None = None,
        env_vars: Mapping[str, str] | Sequence[Mapping[str, str]] | None = None,
        startup_commands: Sequence[str] | None = None,
        storage_id: str | None = None,
        launch_script: str | None = None,
        launch_script_base64: str | None = None,
        max_runtime_minutes: int | None = None,
        idle_shutdown_minutes: int | None = None,
        idempotency_key: str | None = None,
        **options: Unpack[CallOptions],
    ) -> Instance:
        """Create an instance.

        Launches a new GPU (or CPU) instance in the environment. Give exactly one of `gpu_type` (the
        server deploys the cheapest available configuration of that GPU) and `instance_type_id` (an
        exact offer from `listInstanceTypes`). The response is the new instance, usually in `creating`,
        `provisioning` or `deploying`; poll `getInstanceStatus` until it is `running`.

        A launch can take about 60 seconds, so clients should allow at least 75 seconds. The
        `Idempotency-Key` header is accepted, but whether the server deduplicates on it for this route
        is unverified: after a timeout or an ambiguous failure, list the instances to see whether the
        launch happened before trying again. A 502 with code `launch_refused` means the request itself
        was refused and must not be retried; 429 and 503 are safe to retry. A 402 means not enough
        credits (`insufficient_credits`) or the environment's monthly budget is used up
        (`BUDGET_REACHED`).

        Args:
            name: Readable name for the instance.
            gpu_type: GPU model id, e.g. `H100`, `A100` or `h100-sxm`. Alternative to
                `instance_type_id`.
            instance_type_id: An exact instance-type `id` from `listInstanceTypes`. Alternative to
                `gpu_type`.
            region: Region to launch in. The server uses `auto` when it is left out.
            gpu_count: Number of GPUs.
            cpu_cores: Number of CPU cores.
            memory: Memory in GB.
            storage: Local disk size (GB presumably; unverified).
            template: Launch template id. Known values: `ubuntu-devbox` (GPU optional), `ubuntu-train`
                and `ubuntu-inference` (GPU required); other ids may exist.
            ssh_key_id: Id of a registered SSH key (from `listSshKeys`) to install. Optional: the
                workspace's registered keys are installed anyway, and short-lived SSH certificates work
                without it.
            env_vars: Environment variables for the instance, as a list of `{key, value}` objects (not a
                map). They override environment secrets of the same name.
            startup_commands: Shell commands run when the instance starts.
            storage_id: Id of a storage volume to mount.
            launch_script: A script run at launch.
            launch_script_base64: The launch script, base64-encoded (presumably an alternative to
                `launch_script`; unverified).
            max_runtime_minutes: Stop the instance after this many minutes. The clock starts when the
                instance first reaches `running`; an alert goes out 10 minutes before the stop.
            idle_shutdown_minutes: Stop the instance after this many idle minutes (GPU use under 5 %
                with no SSH, web-terminal or editor session). GPU instances only.
        """
        return await self._engine.request_data(
            _instances_api.create_instance,
            options=request_options(
                options,
                idempotency_key=idempotency_key,
                parameters=(
                    "name",
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
                ),
            ),
            **create_instance_arguments(
                {
                    "name": name,
                    "gpu_type": gpu_type,
                    "instance_type_id": instance_type_id,
                    "region": region,
                    "gpu_count": gpu_count,
                    "cpu_cores": cpu_cores,
                    "memory": memory,
                    "storage": storage,
                    "template": template,
                    "ssh_key_id": ssh_key_id,
                    "env_vars": env_vars,
                    "startup_commands": startup_commands,
                    "storage_id": storage_id,
                    "launch_script": launch_script,
                    "launch_script_base64": launch_script_base64,
                    "max_runtime_minutes": max_runtime_minutes,
                    "idle_shutdown_minutes": idle_shutdown_minutes,
                }
            ),
        )

    async def list_types(
        self: AsyncResource,
        *,
        gpu_type: str | None = None,
        region: str | None = None,
        gpu_count: int | None = None,
        **options: Unpack[CallOptions],
    ) -> ResultList[InstanceType]:
        """List instance types.

        Lists the GPU / count / region combinations that can be launched right now, with their hourly
        prices. This is the source of regions and prices; pass an entry's `id` as `instance_type_id` to
        `createInstance`. Not paginated (the response may carry `meta.total`).

        Args:
            gpu_type: Only offers with this GPU model, e.g. `H100`.
            region: Only offers in this region.
            gpu_count: Only offers with this many GPUs.
        """
        return await self._engine.request_data(
            _instances_api.list_instance_types,
            options=request_options(
                options,
                parameters=(
                    "gpu_type",
                    "region",
                    "gpu_count",
                ),
            ),
            **list_instance_types_arguments(
                {
                    "gpu_type": gpu_type,
                    "region": region,
                    "gpu_count": gpu_count,
                }
            ),
        )

    async def get(
        self: AsyncResource,
        id: str,
        **options: Unpack[CallOptions],
    ) -> Instance:
        """Get an instance.

        Returns one instance with all its details.

        Args:
            id: Instance id. `updateInstance` also accepts the instance's unique name.
        """
        return await self._engine.request_data(
            _instances_api.get_instance,
            id=id,
            options=request_options(
                options,
            ),
        )

    async def terminate(
        self: AsyncResource,
        id: str,
        **options: Unpack[CallOptions],
    ) -> None:
        """Terminate an instance.

        Terminates the instance. Data on the instance itself is lost; mounted storage volumes are kept.
        What a second terminate of the same instance returns is unverified (a 404 is possible).

        Args:
            id: Instance id. `updateInstance` also accepts the instance's unique name.
        """
        await self._engine.request(
            _instances_api.terminate_instance,
            id=id,
            options=request_options(
                options,
            ),
        )

    async def update(
        self: AsyncResource,
        id: str,
        *,
        max_runtime_minutes: int | NotGiven | None = UNCHANGED,
        idle_shutdown_minutes: int | NotGiven | None = UNCHANGED,
        **options: Unpack[CallOptions],
    ) -> Instance:
        """Change an instance's auto-stop limits.

        Changes the runtime limit and/or the idle-shutdown limit of a live instance. Send only the
        fields to change: a missing field keeps its value and an explicit `null` turns that limit off;
        at least one field is required. `max_runtime_minutes` counts the total time since the instance
        started running, and a change never stops the instance sooner than 2 minutes from now. The path
        accepts the instance id or its unique name. Returns the instance with its new `auto_stop_at`. A
        409 means the instance cannot take the change (it is not live, has no GPU, or predates idle
        stop); a 422 means a value is out of range. Repeating the same update has no further effect.

        Args:
            id: Instance id. `updateInstance` also accepts the instance's unique name.
            max_runtime_minutes: New runtime limit in minutes, counted as the total time since the
                instance started running; `null` turns it off. A change never stops the instance sooner
                than 2 minutes from now.
            idle_shutdown_minutes: New idle-shutdown limit in minutes; `null` turns it off. Only for GPU
                instances launched with idle-stop support.
        """
        return await self._engine.request_data(
            _instances_api.update_instance,
            id=id,
            options=request_options(
                options,
                parameters=(
                    "max_runtime_minutes",
                    "idle_shutdown_minutes",
                ),
            ),
            **update_instance_arguments(
                {
                    "max_runtime_minutes": max_runtime_minutes,
                    "idle_shutdown_minutes": idle_shutdown_minutes,
                }
            ),
        )

    async def get_status(
        self: AsyncResource,
        id: str,
        **options: Unpack[CallOptions],
    ) -> InstanceStatusInfo:
        """Get an instance's status.

        Returns only the status and IP address of an instance: a lighter call than `getInstance`, meant
        for polling until the instance is `running`.

        Args:
            id: Instance id.
        """
        return await self._engine.request_data(
            _instances_api.get_instance_status,
            id=id,
            options=request_options(
                options,
            ),
        )

    async def ssh_certificate(
        self: AsyncResource,
        id: str,
        public_key: OpenSshPublicKey,
        **options: Unpack[CallOptions],
    ) -> SshCertificate:
        """Issue an SSH certificate for an instance.

        Signs the given OpenSSH public key with a short lifetime for access to this instance and returns
        the certificate together with the address, user and port to connect to. This route is observed
        from the official command-line client only (the official SDKs do not use it); it lets a client
        connect without registering an SSH key. The instance must be `running`: any other status answers
        409.

        Args:
            id: Instance id.
            public_key: A public key in OpenSSH text form, as in an `authorized_keys` line or a `.pub`
                file: the key type, the base64 key blob and an optional comment, e.g. `ssh-ed25519
                AAAA... user@host`. The types are those OpenSSH offers: `ssh-ed25519`, `ssh-rsa`,
                `ecdsa-sha2-nistp256`, `ecdsa-sha2-nistp384`, `ecdsa-sha2-nistp521` and the security-key
                types `sk-ssh-ed25519@openssh.com` and `sk-ecdsa-sha2-nistp256@openssh.com`. The blob
                must decode to a key of the named type (checked by the server: 422 otherwise).
        """
        return await self._engine.request_data(
            _instances_api.create_instance_ssh_certificate,
            id=id,
            options=request_options(
                options,
                parameters=("public_key",),
            ),
            **create_instance_ssh_certificate_arguments(
                {
                    "public_key": public_key,
                }
            ),
        )


class AsyncInstancesWithRawResponse:
    """``instances.with_raw_response``: each method returns a ``RawResponse`` whose ``parse()`` gives
    the method's own result."""

    def __init__(self, resource: AsyncInstances) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.list_types = async_to_raw_response_wrapper(resource.list_types)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.terminate = async_to_raw_response_wrapper(resource.terminate)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.get_status = async_to_raw_response_wrapper(resource.get_status)
        self.ssh_certificate = async_to_raw_response_wrapper(resource.ssh_certificate)
