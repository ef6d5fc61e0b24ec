# Generated from runcrate/resources/_async by unasync (generator/sync_twins.py). Do not edit: change the async resource and run `make generate`.
"""Secrets of an environment: their names only (values are never returned)."""

from __future__ import annotations

from functools import cached_property
from typing import Any, Unpack

import httpx

from runcrate._generated.api.secrets import list_secrets
from runcrate._generated.models.secret import Secret
from runcrate._generated.models.secret_list_response import SecretListResponse
from runcrate._generated.resources import secrets as generated
from runcrate._generated.types import Operation, RequestParts
from runcrate._response import to_raw_response_wrapper
from runcrate._results import ResultList
from runcrate._types import CallOptions, request_options

__all__ = ["Secrets", "SecretsWithRawResponse"]


class _SecretNames:
    """``listSecrets``, parsed without the fields the ``Secret`` model does not know.

    Unlike every other model, a secret keeps no unknown fields, so that a value the server sent by
    mistake can never be read, printed or logged through the SDK (raw responses included).
    """

    OPERATION: Operation = list_secrets.OPERATION

    def build_request(self, **params: Any) -> RequestParts:
        return list_secrets.build_request(**params)

    def parse_response(self, response: httpx.Response) -> SecretListResponse:
        parsed = list_secrets.parse_response(response)
        for secret in parsed.data:
            secret.additional_properties.clear()
        return parsed


_SECRET_NAMES = _SecretNames()


class Secrets(generated.Secrets):
    """The secrets of the client's environment.

    Values are set in the dashboard by an owner or manager and are never returned. Every instance and
    job launched in the environment receives them as environment variables; a per-launch
    ``env_vars``/``env`` entry with the same name wins.
    """

    @cached_property
    def with_raw_response(self) -> SecretsWithRawResponse:
        """The methods that make one HTTP call, each returning a ``RawResponse`` (status, headers, request
        id) whose ``parse()`` gives what the method returns."""
        return SecretsWithRawResponse(self)

    def list(self, **options: Unpack[CallOptions]) -> ResultList[Secret]:
        """The environment's secrets, sorted by name: ``key``, ``sensitive`` and ``updated_at`` only.

        Fields the model does not know are dropped, so a secret's value can never come back through it.
        """
        return self._engine.request_data(_SECRET_NAMES, options=request_options(options))


class SecretsWithRawResponse(generated.SecretsWithRawResponse):
    def __init__(self, resource: Secrets) -> None:
        super().__init__(resource)
        self.list = to_raw_response_wrapper(resource.list)
