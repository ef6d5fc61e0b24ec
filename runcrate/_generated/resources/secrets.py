# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
# The checks run on whatever callers pass at run time, whatever the annotations say:
# pyright: reportUnnecessaryIsInstance=false, reportUnknownVariableType=false
# pyright: reportUnknownArgumentType=false, reportUnknownMemberType=false
"""The ``secrets`` resource's plain methods, generated from the spec."""

from __future__ import annotations

from functools import cached_property

from runcrate._engine._async import AsyncResource
from runcrate._engine._sync import SyncResource

LIST_SECRETS_FIELDS = frozenset(("timeout", "max_retries", "extra_headers", "extra_query", "extra_body"))


class Secrets(SyncResource):
    """Names of the secrets of the selected environment. Values are set in the dashboard and are never
    returned; every instance and job launched in the environment receives them as environment
    variables, and a per-launch variable of the same name wins."""

    @cached_property
    def with_raw_response(self) -> SecretsWithRawResponse:
        """The methods that make one HTTP call, each returning a ``RawResponse`` (status, headers, request
        id) whose ``parse()`` gives what the method returns."""
        return SecretsWithRawResponse(self)


class SecretsWithRawResponse:
    """``secrets.with_raw_response``: each method returns a ``RawResponse`` whose ``parse()`` gives
    the method's own result."""

    def __init__(self, resource: Secrets) -> None:
        self._resource = resource


class AsyncSecrets(AsyncResource):
    """Names of the secrets of the selected environment. Values are set in the dashboard and are never
    returned; every instance and job launched in the environment receives them as environment
    variables, and a per-launch variable of the same name wins."""

    @cached_property
    def with_raw_response(self) -> AsyncSecretsWithRawResponse:
        """The methods that make one HTTP call, each returning a ``RawResponse`` (status, headers, request
        id) whose ``parse()`` gives what the method returns."""
        return AsyncSecretsWithRawResponse(self)


class AsyncSecretsWithRawResponse:
    """``secrets.with_raw_response``: each method returns a ``RawResponse`` whose ``parse()`` gives
    the method's own result."""

    def __init__(self, resource: AsyncSecrets) -> None:
        self._resource = resource
