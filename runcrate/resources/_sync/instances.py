# Generated from runcrate/resources/_async by unasync (generator/sync_twins.py). Do not edit: change the async resource and run `make generate`.
"""GPU (or CPU) instances: launch, inspect, change auto-stop limits, terminate, and wait until running."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Unpack, cast

from runcrate._errors import InstanceWaitTimeoutError, ResourceFailedError
from runcrate._generated.api.instances import (
    create_instance,
    create_instance_ssh_certificate,
    get_instance,
    get_instance_status,
    list_instance_types,
    list_instances,
    terminate_instance,
    update_instance,
)
from runcrate._generated.models.create_instance_request import CreateInstanceRequest
from runcrate._generated.models.create_instance_ssh_certificate_request import (
    CreateInstanceSshCertificateRequest,
)
from runcrate._generated.models.instance import Instance
from runcrate._generated.models.instance_status_info import InstanceStatusInfo
from runcrate._generated.models.instance_type import InstanceType
from runcrate._generated.models.ssh_certificate import SshCertificate
from runcrate._generated.models.update_instance_request import UpdateInstanceRequest
from runcrate._results import ResultList
from runcrate._types import UNCHANGED, CallOptions, NotGiven, request_options
from runcrate.resources._sync._base import APIResource, given

__all__ = ["Instances", "env_var_list"]

# Statuses after which an instance never runs again.
_ENDED = frozenset({"failed", "terminated"})


def env_var_list(env_vars: Mapping[str, str] | Sequence[Mapping[str, str]]) -> list[dict[str, str]]:
    """``env_vars`` as the API takes them: a list of ``{key, value}`` (a dict keeps its order; D2)."""
    if isinstance(env_vars, Mapping):
        return [{"key": str(key), "value": str(value)} for key, value in env_vars.items()]
    pairs: list[dict[str, str]] = []
    for index, pair in enumerate(cast("Sequence[object]", env_vars)):
        if not isinstance(pair, Mapping) or set(cast("Mapping[str, object]", pair)) != {"key", "value"}:
            raise ValueError(f"env_vars[{index}] must be a mapping with just 'key' and 'value', got {pair!r}")
        entry = cast("Mapping[str, object]", pair)
        pairs.append({"key": str(entry["key"]), "value": str(entry["value"])})
    return pairs


def _check_launch_target(gpu_type: str | None, instance_type_id: str | None) -> None:
    if (gpu_type is None) == (instance_type_id is None):
        raise ValueError(
            "instances.create needs exactly one of gpu_type (a GPU model, e.g. 'H100') or "
            "instance_type_id (an id from instances.list_types())"
        )


class Instances(APIResource):
    """Instances in the client's environment. Each runs as an isolated container with SSH access."""

    def list(self, *, search: str | None = None, **options: Unpack[CallOptions]) -> ResultList[Instance]:
        """List the instances of the environment; ``search`` matches their names."""
        return self._engine.request_data(
            list_instances, options=request_options(options), **given(search=search)
        )

    def create(
        self,
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
        """Launch an instance and start provisioning it (it is usually ``creating`` or ``provisioning``).

        Give exactly one of ``gpu_type`` (the cheapest available configuration of that GPU is
        deployed) or ``instance_type_id`` (an exact offer from :meth:`list_types`). ``env_vars`` is a
        dict or a list of ``{"key", "value"}``; the environment's secrets are injected too, and an
        entry here with the same name wins. ``max_runtime_minutes`` (5-10080, counted from when it first
        runs) and ``idle_shutdown_minutes`` (5-1440, GPU instances) stop it automatically.

        The launch can take about a minute. It is retried only when the request provably did not
        reach the server (or on 429/503), so a retry never launches a second GPU; after an ambiguous
        failure, :meth:`list` shows whether it was created. Raises ``InsufficientCreditsError`` (also
        ``BUDGET_REACHED``) and ``BadGatewayError`` with code ``launch_refused`` when the provider
        refuses the configuration itself.
        """
        _check_launch_target(gpu_type, instance_type_id)
        fields = given(
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
            env_vars=None if env_vars is None else env_var_list(env_vars),
            startup_commands=None if startup_commands is None else list(startup_commands),
            storage_id=storage_id,
            launch_script=launch_script,
            launch_script_base64=launch_script_base64,
            max_runtime_minutes=max_runtime_minutes,
            idle_shutdown_minutes=idle_shutdown_minutes,
        )
        return self._engine.request_data(
            create_instance,
            body=CreateInstanceRequest.from_dict(fields),
            options=request_options(options, idempotency_key=idempotency_key),
        )

    def get(self, id: str, **options: Unpack[CallOptions]) -> Instance:
        """Get one instance by id."""
        return self._engine.request_data(get_instance, id, options=request_options(options))

    def update(
        self,
        id: str,
        *,
        max_runtime_minutes: int | NotGiven | None = UNCHANGED,
        idle_shutdown_minutes: int | NotGiven | None = UNCHANGED,
        **options: Unpack[CallOptions],
    ) -> Instance:
        """Change the auto-stop limits of a running instance (``id`` may also be its unique name).

        A limit left as ``UNCHANGED`` stays as it is; ``None`` turns it off. ``max_runtime_minutes``
        (5-10080) counts from when the instance started running, and a change never stops it sooner
        than two minutes from now. Raises ``ConflictError`` when the instance cannot take the change.
        """
        fields = {
            name: value
            for name, value in (
                ("max_runtime_minutes", max_runtime_minutes),
                ("idle_shutdown_minutes", idle_shutdown_minutes),
            )
            if value is not UNCHANGED
        }
        if not fields:
            raise ValueError(
                "instances.update needs max_runtime_minutes or idle_shutdown_minutes (None turns one off)"
            )
        body = UpdateInstanceRequest.from_dict(fields)
        return self._engine.request_data(update_instance, id, body=body, options=request_options(options))

    def terminate(self, id: str, **options: Unpack[CallOptions]) -> None:
        """Terminate an instance. Its own disk is lost; mounted storage volumes are kept."""
        self._engine.request(terminate_instance, id, options=request_options(options))

    def get_status(self, id: str, **options: Unpack[CallOptions]) -> InstanceStatusInfo:
        """The instance's status and IP only: a lighter call than :meth:`get`, for polling."""
        return self._engine.request_data(get_instance_status, id, options=request_options(options))

    def list_types(
        self,
        *,
        gpu_type: str | None = None,
        region: str | None = None,
        gpu_count: int | None = None,
        **options: Unpack[CallOptions],
    ) -> ResultList[InstanceType]:
        """The configurations that can be launched right now, with their regions and hourly prices.

        Each entry's ``id`` can be passed to :meth:`create` as ``instance_type_id``.
        """
        return self._engine.request_data(
            list_instance_types,
            options=request_options(options),
            **given(gpu_type=gpu_type, region=region, gpu_count=gpu_count),
        )

    def ssh_certificate(self, id: str, public_key: str, **options: Unpack[CallOptions]) -> SshCertificate:
        """A short-lived SSH certificate for ``public_key`` and the address to connect to.

        The route the official CLI uses for SSH access; ``public_key`` is OpenSSH public-key text.
        """
        return self._engine.request_data(
            create_instance_ssh_certificate,
            id,
            body=CreateInstanceSshCertificateRequest(public_key=public_key),
            options=request_options(options),
        )

    def wait_until_running(
        self,
        id: str,
        *,
        timeout: float | None = 600.0,
        poll_interval: float = 5.0,
        on_status: Callable[[InstanceStatusInfo], Any] | None = None,
    ) -> Instance:
        """Poll until the instance is ``running`` and return it (with its IP).

        ``on_status`` is called with every status seen. Raises ``ResourceFailedError`` if it ends
        ``failed`` or ``terminated``, and ``InstanceWaitTimeoutError`` (a ``TimeoutError`` carrying
        the last status) if ``timeout`` seconds pass first; ``timeout=None`` waits without a deadline.
        """
        if poll_interval <= 0:
            raise ValueError(f"poll_interval must be > 0 seconds, got {poll_interval!r}")
        deadline = None if timeout is None else self._engine.monotonic() + timeout
        while True:
            status = self.get_status(id)
            if on_status is not None:
                on_status(status)
            if status.status == "running":
                return self.get(id)
            if status.status in _ENDED:
                message = f"Instance {id} is {status.status}; it will not run"
                raise ResourceFailedError(message, resource=status)
            if deadline is not None:
                remaining = deadline - self._engine.monotonic()
                if remaining <= 0:
                    raise InstanceWaitTimeoutError(
                        f"Instance {id} was still {status.status} after {timeout} s", last=status
                    )
                self._engine.sleep(min(poll_interval, remaining))
            else:
                self._engine.sleep(poll_interval)
