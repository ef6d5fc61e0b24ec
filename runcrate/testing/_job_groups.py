"""Routes G-1 and G-2 (job groups). Groups are created by J-1 and kept in the jobs component.

``status_counts`` has every known status (zeros included) counted over the group's jobs that
still exist; ``cost_usd`` sums their attempts. Cancelling cancels the live jobs and is idempotent.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from runcrate.testing._http import data
from runcrate.testing._job_store import Group, JobStore

if TYPE_CHECKING:
    from runcrate.testing._world import World


def routes(world: World) -> list[BaseRoute]:
    def found(request: Request) -> tuple[JobStore, Group]:
        store: JobStore = world.component("jobs")
        return store, store.find_group(world.environment(request), request.path_params["group_id"])

    async def get_group(request: Request) -> Response:
        store, group = found(request)
        return data(store.group_to_wire(group, world.clock.now()))

    async def cancel_group(request: Request) -> Response:
        store, group = found(request)
        store.cancel_group(group)
        return data(store.group_to_wire(group, world.clock.now()))

    return [
        Route("/job-groups/{group_id:segment}", get_group, methods=["GET"]),
        Route("/job-groups/{group_id:segment}/cancel", cancel_group, methods=["POST"]),
    ]
