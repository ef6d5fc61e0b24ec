# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
# The checks run on whatever callers pass at run time, whatever the annotations say:
# pyright: reportUnnecessaryIsInstance=false, reportUnknownVariableType=false
# pyright: reportUnknownArgumentType=false, reportUnknownMemberType=false
"""The ``ssh_keys`` resource's plain methods, generated from the spec."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack

from runcrate._conversions import none_if_empty, openssh_public_key
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
)

if TYPE_CHECKING:
    from runcrate._generated.api import ssh_keys as _ssh_keys_api
else:
    _ssh_keys_api = LazyModules("runcrate._generated.api.ssh_keys")

if TYPE_CHECKING:
    from runcrate import ResultList
    from runcrate.models import SSHKey

_PATTERN_1 = re.compile("\\S")
_PATTERN_2 = re.compile(
    "^\\s*(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp(256|384|521)|sk-ssh-ed25519@openssh\\.com|sk-ecdsa-sha2-nistp256@openssh\\.com)[ \\t]+[A-Za-z0-9+/]+={0,2}([ \\t].*)?$"
)


def create_ssh_key_arguments(fields: Mapping[str, Any]) -> dict[str, Any]:
    """``createSshKey``: the keywords of its request, converted and checked."""
    arguments: dict[str, Any] = {}
    body: dict[str, Any] = {}
    value = fields.get("name")
    if value is None:
        raise missing("name", "a non-blank string")
    if not isinstance(value, str) or len(value) < 1 or _PATTERN_1.search(value) is None:
        raise invalid("name", value, "a non-blank string")
    body["name"] = value
    value = fields.get("public_key")
    if value is None:
        raise missing(
            "public_key",
            "a string matching '^\\\\s*(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp(256|384|521)|sk-ssh-ed25519@openssh\\\\.com|sk-ecdsa-sha2-nistp256@openssh\\\\.com)[ \\\\t]+[A-Za-z0-9+/]+={0,2}([ \\\\t].*)?$'",
        )
    value = openssh_public_key(value, "public_key")
    if not isinstance(value, str) or _PATTERN_2.search(value) is None:
        raise invalid(
            "public_key",
            value,
            "a string matching '^\\\\s*(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp(256|384|521)|sk-ssh-ed25519@openssh\\\\.com|sk-ecdsa-sha2-nistp256@openssh\\\\.com)[ \\\\t]+[A-Za-z0-9+/]+={0,2}([ \\\\t].*)?$'",
        )
    body["public_key"] = value
    value = fields.get("type")
    if value is not None:
        value = none_if_empty(value, "type")
    if value is not None:
        if not isinstance(value, str) or len(value) < 1:
            raise invalid("type", value, "a non-empty string")
        body["type"] = value
    arguments["body"] = body
    return arguments


class SshKeys(SyncResource):
    """Public SSH keys registered for the whole workspace. Registered keys are installed on instances
    created afterwards. The API returns a key's fingerprint, never the key itself."""

    @cached_property
    def with_raw_response(self) -> SshKeysWithRawResponse:
        """The methods that make one HTTP call, each returning a ``RawResponse`` (status, headers, request
        id) whose ``parse()`` gives what the method returns."""
        return SshKeysWithRawResponse(self)

    def list(
        self: SyncResource,
        **options: Unpack[CallOptions],
    ) -> ResultList[SSHKey]:
        """List SSH keys.

        Lists the SSH keys registered for the workspace. Each entry carries the key's fingerprint, never
        the public key itself. Not paginated.
        """
        return self._engine.request_data(
            _ssh_keys_api.list_ssh_keys,
            options=request_options(
                options,
            ),
        )

    def create(
        self: SyncResource,
        name: str,
        public_key: str,
        type: str | None = None,
        **options: Unpack[CallOptions],
    ) -> SSHKey:
        """Register an SSH key.

        Registers a public SSH key for the workspace; it is installed on instances created afterwards.
        Registering a key that is already registered answers 409; a malformed key answers 400 or 422.
        The call is not idempotent.

        Args:
            name: Name of the key.
            public_key: A public key in OpenSSH text form, as in an `authorized_keys` line or a `.pub`
                file: the key type, the base64 key blob and an optional comment, e.g. `ssh-ed25519
                AAAA... user@host`. The types are those OpenSSH offers: `ssh-ed25519`, `ssh-rsa`,
                `ecdsa-sha2-nistp256`, `ecdsa-sha2-nistp384`, `ecdsa-sha2-nistp521` and the security-key
                types `sk-ssh-ed25519@openssh.com` and `sk-ecdsa-sha2-nistp256@openssh.com`. The blob
                must decode to a key of the named type (checked by the server: 422 otherwise).
            type: Key type, e.g. `ed25519`.
        """
        return self._engine.request_data(
            _ssh_keys_api.create_ssh_key,
            options=request_options(
                options,
                parameters=(
                    "name",
                    "public_key",
                    "type",
                ),
            ),
            **create_ssh_key_arguments(
                {
                    "name": name,
                    "public_key": public_key,
                    "type": type,
                }
            ),
        )

    def delete(
        self: SyncResource,
        id: str,
        **options: Unpack[CallOptions],
    ) -> None:
        """Delete an SSH key.

        Removes an SSH key from the workspace. Instances created afterwards no longer receive it.

        Args:
            id: SSH key id.
        """
        self._engine.request(
            _ssh_keys_api.delete_ssh_key,
            id=id,
            options=request_options(
                options,
            ),
        )


class SshKeysWithRawResponse:
    """``ssh_keys.with_raw_response``: each method returns a ``RawResponse`` whose ``parse()`` gives
    the method's own result."""

    def __init__(self, resource: SshKeys) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.delete = to_raw_response_wrapper(resource.delete)


class AsyncSshKeys(AsyncResource):
    """Public SSH keys registered for the whole workspace. Registered keys are installed on instances
    created afterwards. The API returns a key's fingerprint, never the key itself."""

    @cached_property
    def with_raw_response(self) -> AsyncSshKeysWithRawResponse:
        """The methods that make one HTTP call, each returning a ``RawResponse`` (status, headers, request
        id) whose ``parse()`` gives what the method returns."""
        return AsyncSshKeysWithRawResponse(self)

    async def list(
        self: AsyncResource,
        **options: Unpack[CallOptions],
    ) -> ResultList[SSHKey]:
        """List SSH keys.

        Lists the SSH keys registered for the workspace. Each entry carries the key's fingerprint, never
        the public key itself. Not paginated.
        """
        return await self._engine.request_data(
            _ssh_keys_api.list_ssh_keys,
            options=request_options(
                options,
            ),
        )

    async def create(
        self: AsyncResource,
        name: str,
        public_key: str,
        type: str | None = None,
        **options: Unpack[CallOptions],
    ) -> SSHKey:
        """Register an SSH key.

        Registers a public SSH key for the workspace; it is installed on instances created afterwards.
        Registering a key that is already registered answers 409; a malformed key answers 400 or 422.
        The call is not idempotent.

        Args:
            name: Name of the key.
            public_key: A public key in OpenSSH text form, as in an `authorized_keys` line or a `.pub`
                file: the key type, the base64 key blob and an optional comment, e.g. `ssh-ed25519
                AAAA... user@host`. The types are those OpenSSH offers: `ssh-ed25519`, `ssh-rsa`,
                `ecdsa-sha2-nistp256`, `ecdsa-sha2-nistp384`, `ecdsa-sha2-nistp521` and the security-key
                types `sk-ssh-ed25519@openssh.com` and `sk-ecdsa-sha2-nistp256@openssh.com`. The blob
                must decode to a key of the named type (checked by the server: 422 otherwise).
            type: Key type, e.g. `ed25519`.
        """
        return await self._engine.request_data(
            _ssh_keys_api.create_ssh_key,
            options=request_options(
                options,
                parameters=(
                    "name",
                    "public_key",
                    "type",
                ),
            ),
            **create_ssh_key_arguments(
                {
                    "name": name,
                    "public_key": public_key,
                    "type": type,
                }
            ),
        )

    async def delete(
        self: AsyncResource,
        id: str,
        **options: Unpack[CallOptions],
    ) -> None:
        """Delete an SSH key.

        Removes an SSH key from the workspace. Instances created afterwards no longer receive it.

        Args:
            id: SSH key id.
        """
        await self._engine.request(
            _ssh_keys_api.delete_ssh_key,
            id=id,
            options=request_options(
                options,
            ),
        )


class AsyncSshKeysWithRawResponse:
    """``ssh_keys.with_raw_response``: each method returns a ``RawResponse`` whose ``parse()`` gives
    the method's own result."""

    def __init__(self, resource: AsyncSshKeys) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.delete = async_to_raw_response_wrapper(resource.delete)
