# Generated from runcrate/resources/_async by unasync (generator/sync_twins.py). Do not edit: change the async resource and run `make generate`.
"""SSH keys of the workspace: register, list and remove them (checked locally before they are sent)."""

from __future__ import annotations

import base64
import binascii
import re
from typing import Unpack

from runcrate._generated.api.ssh_keys import create_ssh_key, delete_ssh_key, list_ssh_keys
from runcrate._generated.models.create_ssh_key_request import CreateSshKeyRequest
from runcrate._generated.models.ssh_key import SSHKey
from runcrate._results import ResultList
from runcrate._types import CallOptions, request_options
from runcrate.resources._sync._base import APIResource, given
from runcrate.resources._sync._checks import check_text

__all__ = ["PUBLIC_KEY_TYPES", "SshKeys", "openssh_public_key"]

PUBLIC_KEY_TYPES = (
    "ssh-ed25519",
    "ssh-rsa",
    "ecdsa-sha2-nistp256",
    "ecdsa-sha2-nistp384",
    "ecdsa-sha2-nistp521",
    "sk-ssh-ed25519@openssh.com",
    "sk-ecdsa-sha2-nistp256@openssh.com",
)
"""The OpenSSH public-key types accepted locally (the first word of a ``.pub`` file)."""

_PRIVATE_KEY = re.compile(r"-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----|PuTTY-User-Key-File-\d")
_SSH2_PUBLIC_KEY = "---- BEGIN SSH2 PUBLIC KEY ----"
_LENGTH_BYTES = 4
_EXPECTED = (
    "public_key must be OpenSSH public-key text, '<type> <base64 key> [comment]' on one line "
    f"(the contents of a .pub file) with a type among {', '.join(PUBLIC_KEY_TYPES)}"
)


def _embedded_type(blob: bytes) -> bytes | None:
    """The key type a public-key blob starts with (a length-prefixed string), if it holds one."""
    if len(blob) < _LENGTH_BYTES:
        return None
    length = int.from_bytes(blob[:_LENGTH_BYTES], "big")
    if length == 0 or _LENGTH_BYTES + length > len(blob):
        return None
    return blob[_LENGTH_BYTES : _LENGTH_BYTES + length]


def openssh_public_key(public_key: object) -> str:
    """``public_key`` without surrounding whitespace, or a ``ValueError`` saying what is wrong with it.

    A private key pasted by mistake is refused with a message that says so (and never quotes it).
    """
    if not isinstance(public_key, str):
        raise ValueError(f"{_EXPECTED}; got a {type(public_key).__name__} (read the file's text first)")
    text = public_key.strip()
    if _PRIVATE_KEY.search(text):
        raise ValueError(
            "public_key is a PRIVATE key: never share it. Pass the public key instead, the text of the "
            "matching .pub file (e.g. ~/.ssh/id_ed25519.pub)"
        )
    if text.startswith(_SSH2_PUBLIC_KEY):
        raise ValueError(
            "public_key is in the SSH2 (RFC 4716) format; convert it to OpenSSH text with "
            "`ssh-keygen -i -f <file>` first"
        )
    parts = text.split()
    if len(text.splitlines()) > 1 or len(parts) < 2 or parts[0] not in PUBLIC_KEY_TYPES:
        raise ValueError(_EXPECTED)
    try:
        blob = base64.b64decode(parts[1], validate=True)
    except (binascii.Error, ValueError):
        raise ValueError(f"public_key's key data (after {parts[0]!r}) is not valid base64") from None
    embedded = _embedded_type(blob)
    if embedded != parts[0].encode():
        held = "no key type" if embedded is None else repr(embedded.decode("ascii", "replace"))
        raise ValueError(f"public_key says {parts[0]!r} but its key data holds {held}")
    return text


class SshKeys(APIResource):
    """Public SSH keys registered for the workspace; they are installed on instances created afterwards."""

    def list(self, **options: Unpack[CallOptions]) -> ResultList[SSHKey]:
        """List the registered keys (not paginated): fingerprints and names, never the keys themselves."""
        return self._engine.request_data(list_ssh_keys, options=request_options(options))

    def create(
        self, name: str, public_key: str, type: str | None = None, **options: Unpack[CallOptions]
    ) -> SSHKey:
        """Register a public SSH key (OpenSSH text, ``<type> <base64 key> [comment]``) under ``name``.

        ``type`` (e.g. ``ed25519``) is derived by the server when left out. The key is checked locally
        first: anything that is not an OpenSSH public key, or a private key pasted by mistake, raises
        ``ValueError`` before a request is sent. The server answers ``ConflictError`` when the key is
        already registered. The call is not idempotent and is retried only when the request provably
        was not acted on.
        """
        check_text("name", name)
        body = CreateSshKeyRequest.from_dict(
            given(name=name, public_key=openssh_public_key(public_key), type=type or None)
        )
        return self._engine.request_data(create_ssh_key, body=body, options=request_options(options))

    def delete(self, id: str, **options: Unpack[CallOptions]) -> None:
        """Remove a key from the workspace; instances created afterwards no longer receive it.

        Raises ``NotFoundError`` for an unknown id.
        """
        self._engine.request(delete_ssh_key, id, options=request_options(options))
