"""Environments: the parts of a workspace that instances, volumes, secrets, schedules and jobs live in."""

from __future__ import annotations

from typing import Unpack

from runcrate._generated.api.environments import (
    create_environment,
    delete_environment,
    get_environment,
    list_environments,
    update_environment,
)
from runcrate._generated.models.create_environment_request import CreateEnvironmentRequest
from runcrate._generated.models.environment import Environment
from runcrate._generated.models.update_environment_request import UpdateEnvironmentRequest
from runcrate._results import ResultList
from runcrate._types import CallOptions, request_options
from runcrate.resources._async._base import AsyncAPIResource, given
from runcrate.resources._async._checks import check_flag, check_text

__all__ = ["AsyncEnvironments"]


class AsyncEnvironments(AsyncAPIResource):
    """The environments of the workspace, with their budgets.

    A client selects one with ``environment=<name>`` (or ``RUNCRATE_ENVIRONMENT``). Budgets are set
    in the dashboard only; once an environment's monthly budget is used up, launches in it fail with
    ``InsufficientCreditsError`` (code ``BUDGET_REACHED``) until the month ends or the cap is raised.
    """

    async def list(self, **options: Unpack[CallOptions]) -> ResultList[Environment]:
        """List the environments of the workspace, with their budgets (not paginated)."""
        return await self._engine.request_data(list_environments, options=request_options(options))

    async def create(self, name: str, **options: Unpack[CallOptions]) -> Environment:
        """Create an environment named ``name``. Budgets cannot be set here (only in the dashboard).

        The call is not idempotent and is retried only when the request provably was not acted on;
        after an ambiguous failure, :meth:`list` shows whether it was created. The server refuses a
        name that is already taken (``BadRequestError``).
        """
        check_text("name", name)
        return await self._engine.request_data(
            create_environment,
            body=CreateEnvironmentRequest(name=name),
            options=request_options(options),
        )

    async def get(self, id: str, **options: Unpack[CallOptions]) -> Environment:
        """Get one environment by id, with its budget and month-to-date spend.

        Raises ``NotFoundError`` for an unknown id.
        """
        return await self._engine.request_data(get_environment, id, options=request_options(options))

    async def update(
        self,
        id: str,
        *,
        name: str | None = None,
        is_default: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> Environment:
        """Rename an environment and/or make it the workspace's default (give at least one).

        After a rename, clients that select this environment by name must use the new name. A
        field left as ``None`` stays as it is. Raises ``NotFoundError`` for an unknown id.
        """
        if name is not None:
            check_text("name", name)
        if is_default is not None:
            check_flag("is_default", is_default)
        fields = given(name=name, is_default=is_default)
        if not fields:
            raise ValueError("environments.update needs name or is_default")
        return await self._engine.request_data(
            update_environment,
            id,
            body=UpdateEnvironmentRequest.from_dict(fields),
            options=request_options(options),
        )

    async def delete(self, id: str, **options: Unpack[CallOptions]) -> None:
        """Delete an environment.

        Deleting the workspace's default environment raises ``ConflictError`` (make another one the
        default first). What deleting one that still holds instances or volumes does is not
        documented (the fake server refuses it with ``ConflictError``). Raises ``NotFoundError`` for
        an unknown id.
        """
        await self._engine.request(delete_environment, id, options=request_options(options))
