# Generated from runcrate/resources/_async by unasync (generator/sync_twins.py). Do not edit: change the async resource and run `make generate`.
"""GPU (or CPU) instances: the generated methods, plus waiting until an instance runs."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from runcrate._callbacks import checked_callback, notify
from runcrate._deadline import check_seconds
from runcrate._errors import InstanceWaitTimeoutError, ResourceFailedError
from runcrate._generated.resources import instances as generated

if TYPE_CHECKING:
    from runcrate._generated.models.instance import Instance
    from runcrate._generated.models.instance_status_info import InstanceStatusInfo

__all__ = ["Instances"]

# Statuses after which an instance never runs again.
_ENDED = frozenset({"failed", "terminated"})


class Instances(generated.Instances):
    """Instances in the client's environment. Each runs as an isolated container with SSH access.

    ``create`` launches one (give exactly one of ``gpu_type`` or ``instance_type_id``; ``env_vars``
    may be a dict); the launch is retried only when the request provably did not reach the server,
    so a retry never launches a second GPU. :meth:`wait_until_running` polls until it runs.
    """

    def wait_until_running(
        self,
        id: str,
        *,
        timeout: float | None = 600.0,
        poll_interval: float = 5.0,
        on_status: Callable[[InstanceStatusInfo], Any] | None = None,
    ) -> Instance:
        """Poll until the instance is ``running`` and return it (with its IP).

        ``on_status`` is called with every status seen (on ``AsyncRuncrate`` it may be an async
        function, which is awaited). Raises ``ResourceFailedError`` if it ends
        ``failed`` or ``terminated``, and ``InstanceWaitTimeoutError`` (a ``TimeoutError`` carrying
        the last status) if ``timeout`` seconds pass first, requests in flight included;
        ``timeout=None`` waits without a deadline.
        """
        check_seconds("poll_interval", poll_interval)
        on_status = checked_callback("on_status", on_status)
        deadline = self._engine.deadline("timeout", timeout)
        status: InstanceStatusInfo | None = None

        def expired() -> InstanceWaitTimeoutError:
            state = status.status if status is not None else "not seen yet"
            return InstanceWaitTimeoutError(
                f"Instance {id} was still {state} after {deadline.seconds} s", last=status
            )

        while True:
            with deadline.bounding(expired):
                status = self.get_status(id)
            notify("on_status", on_status, status)
            if status.status == "running":
                with deadline.bounding(expired):
                    return self.get(id)
            if status.status in _ENDED:
                message = f"Instance {id} is {status.status}; it will not run"
                raise ResourceFailedError(message, resource=status)
            if not self._engine.pause(deadline, poll_interval):
                raise expired()
