# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
# The checks run on whatever callers pass at run time, whatever the annotations say:
# pyright: reportUnnecessaryIsInstance=false, reportUnknownVariableType=false
# pyright: reportUnknownArgumentType=false, reportUnknownMemberType=false
"""The ``environments`` resource's plain methods, generated from the spec."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack

from runcrate._engine._async import AsyncResource
from runcrate._engine._sync import SyncResource
from runcrate._lazy import LazyModules
from runcrate._response import (
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from runcrate._types import CallOptions, request_options
from runcrate._validation import (
    invalid,
    missing,
    none_of,
)

if TYPE_CHECKING:
    from runcrate._generated.api import environments as _environments_api
else:
    _environments_api = LazyModules("runcrate._generated.api.environments")

if TYPE_CHECKING:
    from runcrate import ResultList
    from runcrate.models import Environment

_PATTERN_1 = re.compile("\\S")


def create_environment_arguments(fields: Mapping[str, Any]) -> dict[str, Any]:
    """``createEnvironment``: the keywords of its request, converted and checked."""
    arguments: dict[str, Any] = {}
    body: dict[str, Any] = {}
    value = fields.get("name")
    if value is None:
        raise missing("name", "a non-blank string")
    if not isinstance(value, str) or len(value) < 1 or _PATTERN_1.search(value) is None:
        raise invalid("name", value, "a non-blank string")
    body["name"] = value
    arguments["body"] = body
    return arguments


def update_environment_arguments(fields: Mapping[str, Any]) -> dict[str, Any]:
    """``updateEnvironment``: the keywords of its request, converted and checked."""
    arguments: dict[str, Any] = {}
    body: dict[str, Any] = {}
    value = fields.get("name")
    if value is not None:
        if not isinstance(value, str) or len(value) < 1 or _PATTERN_1.search(value) is None:
            raise invalid("name", value, "a non-blank string")
        body["name"] = value
    value = fields.get("is_default")
    if value is not None:
        if not isinstance(value, bool):
            raise invalid("is_default", value, "True or False")
        body["is_default"] = value
    if not body:
        raise none_of(("name", "is_default"))
    arguments["body"] = body
    return arguments


class Environments(SyncResource):
    """Environments partition a workspace: instances, storage volumes, schedules, secrets and budgets
    belong to one environment. Infrastructure calls select one by name with the `environment` query
    parameter; without it the workspace's default environment is used. Monthly budgets are set in
    the dashboard and are read-only here."""

    @cached_property
    def with_raw_response(self) -> EnvironmentsWithRawResponse:
        """The methods that make one HTTP call, each returning a ``RawResponse`` (status, headers, request
        id) whose ``parse()`` gives what the method returns."""
        return EnvironmentsWithRawResponse(self)

    def list(
        self: SyncResource,
        **options: Unpack[CallOptions],
    ) -> ResultList[Environment]:
        """List environments.

        Lists the environments of the workspace, with their budgets. Not paginated.
        """
        return self._engine.request_data(
            _environments_api.list_environments,
            options=request_options(
                options,
            ),
        )

    def create(
        self: SyncResource,
        name: str,
        **options: Unpack[CallOptions],
    ) -> Environment:
        """Create an environment.

        Creates an environment in the workspace. Names are unique within the workspace: a name already
        taken answers 409. Budgets cannot be set here (only in the dashboard). The call is not
        idempotent: after an ambiguous failure, list the environments before trying again.

        Args:
            name: Name of the new environment; not blank, and unique within the workspace (a taken name
                answers 409). It is the value the `environment` parameter selects it by.
        """
        return self._engine.request_data(
            _environments_api.create_environment,
            options=request_options(
                options,
                parameters=("name",),
            ),
            **create_environment_arguments(
                {
                    "name": name,
                }
            ),
        )

    def get(
        self: SyncResource,
        id: str,
        **options: Unpack[CallOptions],
    ) -> Environment:
        """Get an environment.

        Returns one environment, with its budget and month-to-date spend.

        Args:
            id: Environment id (not its name).
        """
        return self._engine.request_data(
            _environments_api.get_environment,
            id=id,
            options=request_options(
                options,
            ),
        )

    def delete(
        self: SyncResource,
        id: str,
        **options: Unpack[CallOptions],
    ) -> None:
        """Delete an environment.

        Deletes an environment. Deleting the workspace's default environment is refused with a 409 (make
        another environment the default first). What deleting an environment that still holds resources
        returns is unverified.

        Args:
            id: Environment id (not its name).
        """
        self._engine.request(
            _environments_api.delete_environment,
            id=id,
            options=request_options(
                options,
            ),
        )

    def update(
        self: SyncResource,
        id: str,
        *,
        name: str | None = None,
        is_default: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> Environment:
        """Update an environment.

        Renames an environment and/or makes it the workspace's default. Send at least one field. After a
        rename, calls that select this environment by name must use the new name; a name already taken
        answers 409. The workspace always has one default environment: unsetting the flag on the default
        answers 409 (make another one the default instead). Whether `is_default: true` clears the flag
        on the other environments is unverified.

        Args:
            id: Environment id (not its name).
            name: New name: not blank, and unique within the workspace (a taken name answers 409). Calls
                that select this environment by name must use the new one.
            is_default: Make this the workspace's default environment. Whether this clears the flag on
                the other environments is unverified.
        """
        return self._engine.request_data(
            _environments_api.update_environment,
            id=id,
            options=request_options(
                options,
                parameters=(
                    "name",
                    "is_default",
                ),
            ),
            **update_environment_arguments(
                {
                    "name": name,
                    "is_default": is_default,
                }
            ),
        )


class EnvironmentsWithRawResponse:
    """``environments.with_raw_response``: each method returns a ``RawResponse`` whose ``parse()`` gives
    the method's own result."""

    def __init__(self, resource: Environments) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncEnvironments(AsyncResource):
    """Environments partition a workspace: instances, storage volumes, schedules, secrets and budgets
    belong to one environment. Infrastructure calls select one by name with the `environment` query
    parameter; without it the workspace's default environment is used. Monthly budgets are set in
    the dashboard and are read-only here."""

    @cached_property
    def with_raw_response(self) -> AsyncEnvironmentsWithRawResponse:
        """The methods that make one HTTP call, each returning a ``RawResponse`` (status, headers, request
        id) whose ``parse()`` gives what the method returns."""
        return AsyncEnvironmentsWithRawResponse(self)

    async def list(
        self: AsyncResource,
        **options: Unpack[CallOptions],
    ) -> ResultList[Environment]:
        """List environments.

        Lists the environments of the workspace, with their budgets. Not paginated.
        """
        return await self._engine.request_data(
            _environments_api.list_environments,
            options=request_options(
                options,
            ),
        )

    async def create(
        self: AsyncResource,
        name: str,
        **options: Unpack[CallOptions],
    ) -> Environment:
        """Create an environment.

        Creates an environment in the workspace. Names are unique within the workspace: a name already
        taken answers 409. Budgets cannot be set here (only in the dashboard). The call is not
        idempotent: after an ambiguous failure, list the environments before trying again.

        Args:
            name: Name of the new environment; not blank, and unique within the workspace (a taken name
                answers 409). It is the value the `environment` parameter selects it by.
        """
        return await self._engine.request_data(
            _environments_api.create_environment,
            options=request_options(
                options,
                parameters=("name",),
            ),
            **create_environment_arguments(
                {
                    "name": name,
                }
            ),
        )

    async def get(
        self: AsyncResource,
        id: str,
        **options: Unpack[CallOptions],
    ) -> Environment:
        """Get an environment.

        Returns one environment, with its budget and month-to-date spend.

        Args:
            id: Environment id (not its name).
        """
        return await self._engine.request_data(
            _environments_api.get_environment,
            id=id,
            options=request_options(
                options,
            ),
        )

    async def delete(
        self: AsyncResource,
        id: str,
        **options: Unpack[CallOptions],
    ) -> None:
        """Delete an environment.

        Deletes an environment. Deleting the workspace's default environment is refused with a 409 (make
        another environment the default first). What deleting an environment that still holds resources
        returns is unverified.

        Args:
            id: Environment id (not its name).
        """
        await self._engine.request(
            _environments_api.delete_environment,
            id=id,
            options=request_options(
                options,
            ),
        )

    async def update(
        self: AsyncResource,
        id: str,
        *,
        name: str | None = None,
        is_default: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> Environment:
        """Update an environment.

        Renames an environment and/or makes it the workspace's default. Send at least one field. After a
        rename, calls that select this environment by name must use the new name; a name already taken
        answers 409. The workspace always has one default environment: unsetting the flag on the default
        answers 409 (make another one the default instead). Whether `is_default: true` clears the flag
        on the other environments is unverified.

        Args:
            id: Environment id (not its name).
            name: New name: not blank, and unique within the workspace (a taken name answers 409). Calls
                that select this environment by name must use the new one.
            is_default: Make this the workspace's default environment. Whether this clears the flag on
                the other environments is unverified.
        """
        return await self._engine.request_data(
            _environments_api.update_environment,
            id=id,
            options=request_options(
                options,
                parameters=(
                    "name",
                    "is_default",
                ),
            ),
            **update_environment_arguments(
                {
                    "name": name,
                    "is_default": is_default,
                }
            ),
        )


class AsyncEnvironmentsWithRawResponse:
    """``environments.with_raw_response``: each method returns a ``RawResponse`` whose ``parse()`` gives
    the method's own result."""

    def __init__(self, resource: AsyncEnvironments) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.update = async_to_raw_response_wrapper(resource.update)
