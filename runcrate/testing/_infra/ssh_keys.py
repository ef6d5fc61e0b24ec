"""SSH keys of the workspace, with real OpenSSH fingerprints.

A key is ``<type> <base64 blob> [comment]``; the blob must decode and start with its own type
name, as OpenSSH writes it. The fingerprint is ``SHA256:`` and the unpadded base64 of the
blob's SHA-256, exactly what ``ssh-keygen -lf`` prints.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import struct
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from runcrate.testing._server.clock import iso
from runcrate.testing._server.http import ApiProblem, invalid

if TYPE_CHECKING:
    from runcrate.testing._server.world import World

KEY_TYPES = {
    "ssh-ed25519": "ed25519",
    "ssh-rsa": "rsa",
    "ecdsa-sha2-nistp256": "ecdsa",
    "ecdsa-sha2-nistp384": "ecdsa",
    "ecdsa-sha2-nistp521": "ecdsa",
    "sk-ssh-ed25519@openssh.com": "ed25519-sk",
    "sk-ecdsa-sha2-nistp256@openssh.com": "ecdsa-sk",
}
# how many length-prefixed fields follow the type name in each key blob (RFC 4253, 5656, 8709)
FIELD_COUNTS = {
    "ssh-ed25519": 1,
    "ssh-rsa": 2,
    "ecdsa-sha2-nistp256": 2,
    "ecdsa-sha2-nistp384": 2,
    "ecdsa-sha2-nistp521": 2,
    "sk-ssh-ed25519@openssh.com": 2,
    "sk-ecdsa-sha2-nistp256@openssh.com": 3,
}
ED25519_KEY_BYTES = 32


def _ssh_strings(blob: bytes) -> list[bytes]:
    """The blob's length-prefixed fields; ValueError unless they fill it exactly."""
    fields: list[bytes] = []
    offset = 0
    while offset < len(blob):
        if offset + 4 > len(blob):
            raise ValueError("truncated length")
        (length,) = struct.unpack(">I", blob[offset : offset + 4])
        offset += 4
        if offset + length > len(blob):
            raise ValueError("truncated field")
        fields.append(blob[offset : offset + length])
        offset += length
    return fields


def parse_public_key(text: str, field: str = "public_key") -> tuple[str, bytes]:
    """``(key type, blob)`` of an OpenSSH public key line; 422 when it is not one."""
    parts = text.strip().split()
    if len(parts) < 2 or parts[0] not in KEY_TYPES:
        raise invalid(field, "is not an OpenSSH public key ('<type> <base64> [comment]')")
    try:
        blob = base64.b64decode(parts[1], validate=True)
    except (binascii.Error, ValueError):
        raise invalid(field, "has a key body that is not valid base64") from None
    try:
        fields = _ssh_strings(blob)
    except ValueError:
        raise invalid(field, "has a truncated key body") from None
    well_formed = fields[:1] == [parts[0].encode()] and len(fields) == 1 + FIELD_COUNTS[parts[0]]
    if well_formed and "ed25519" in parts[0]:
        well_formed = len(fields[1]) == ED25519_KEY_BYTES
    if not well_formed:
        raise invalid(field, f"has a key body that does not hold a {parts[0]} key")
    return parts[0], blob


def fingerprint(blob: bytes) -> str:
    return "SHA256:" + base64.b64encode(hashlib.sha256(blob).digest()).decode().rstrip("=")


@dataclass
class SshKey:
    id: str
    name: str
    type: str
    fingerprint: str
    created_at: float

    def to_wire(self, workspace_id: str) -> dict[str, Any]:
        # camelCase, as the server sends SSH keys
        return {
            "id": self.id,
            "name": self.name,
            "fingerprint": self.fingerprint,
            "type": self.type,
            "createdAt": iso(self.created_at),
            "lastUsed": None,
            "projectId": workspace_id,
        }


class SshKeys:
    """The workspace's registered keys."""

    COMPONENT: ClassVar[str] = "ssh_keys"

    def __init__(self, world: World) -> None:
        self._world = world
        self.keys: dict[str, SshKey] = {}

    def reset(self) -> None:
        self.keys = {}

    def exists(self, key_id: str) -> bool:
        return key_id in self.keys

    def create(self, body: dict[str, Any]) -> SshKey:
        name, text = body.get("name"), body.get("public_key")
        if not isinstance(name, str) or not name:
            raise invalid("name", "is required")
        if not isinstance(text, str):
            raise invalid("public_key", "is required")
        key_type, blob = parse_public_key(text)
        print_ = fingerprint(blob)
        with self._world.lock:
            if any(key.fingerprint == print_ for key in self.keys.values()):
                raise ApiProblem(409, "conflict", f"This SSH key is already registered ({print_})")
            key = SshKey(
                self._world.new_id("key"),
                name,
                str(body.get("type") or KEY_TYPES[key_type]),
                print_,
                self._world.clock.now(),
            )
            self.keys[key.id] = key
        return key

    def delete(self, key_id: str) -> None:
        with self._world.lock:
            if self.keys.pop(key_id, None) is None:
                raise ApiProblem(404, "not_found", f"SSH key '{key_id}' not found")
