"""client.ssh_keys against the fake server, with both clients; public keys are checked locally."""

from __future__ import annotations

import base64
import hashlib
from typing import Any

import pytest

from runcrate import ConflictError, NotFoundError
from runcrate.testing import FakeRuncrate
from tests.resources.conftest import call


def _field(data: bytes) -> bytes:
    return len(data).to_bytes(4, "big") + data


def _key_line(key_type: str, *fields: bytes, comment: str = "me@laptop", label: str | None = None) -> str:
    """An OpenSSH public-key line whose blob holds ``label`` (default: ``key_type``) and ``fields``."""
    blob = _field((label or key_type).encode()) + b"".join(_field(f) for f in fields)
    return f"{key_type} {base64.b64encode(blob).decode()} {comment}"


def ed25519(seed: int, **kwargs: Any) -> str:
    return _key_line("ssh-ed25519", bytes([seed]) * 32, **kwargs)


RSA = _key_line("ssh-rsa", b"\x01\x00\x01", b"\x00" + bytes(range(1, 256)))
ECDSA = _key_line("ecdsa-sha2-nistp256", b"nistp256", b"\x04" + bytes(64))
SK_ED25519 = _key_line("sk-ssh-ed25519@openssh.com", bytes(32), b"ssh:")


def fingerprint(line: str) -> str:
    digest = hashlib.sha256(base64.b64decode(line.split()[1])).digest()
    return "SHA256:" + base64.b64encode(digest).decode().rstrip("=")


async def test_create_and_list_read_the_camel_case_wire(client: Any, fake: FakeRuncrate) -> None:
    created = await call(client.ssh_keys.create("laptop", ed25519(1) + "\n"))
    assert (created.name, created.type, created.fingerprint) == (
        "laptop",
        "ed25519",
        fingerprint(ed25519(1)),
    )
    [listed] = await call(client.ssh_keys.list())
    assert listed.id == created.id
    assert listed.created_at.tzinfo is not None
    assert listed.last_used is None
    assert listed.project_id == "ws_fake000001"
    sent = [r.json() for r in fake.requests if r.method == "POST"]
    assert sent == [{"name": "laptop", "public_key": ed25519(1)}]


@pytest.mark.parametrize("line", [RSA, ECDSA, SK_ED25519], ids=["rsa", "ecdsa", "sk-ed25519"])
async def test_other_key_types_are_accepted(client: Any, line: str) -> None:
    created = await call(client.ssh_keys.create("key", line))
    assert created.fingerprint == fingerprint(line)


async def test_type_is_sent_when_given(client: Any, fake: FakeRuncrate) -> None:
    created = await call(client.ssh_keys.create("typed", ed25519(2), type="ed25519"))
    assert created.type == "ed25519"
    assert fake.requests[-1].json()["type"] == "ed25519"


async def test_a_duplicate_key_is_a_conflict(client: Any, fake: FakeRuncrate) -> None:
    await call(client.ssh_keys.create("first", ed25519(3)))
    with pytest.raises(ConflictError) as conflict:
        await call(client.ssh_keys.create("again", ed25519(3, comment="other@host")))
    assert conflict.value.status_code == 409
    assert fake.attempts("POST", "/api/v1/ssh-keys") == 2
    assert len(await call(client.ssh_keys.list())) == 1


async def test_delete_then_not_found(client: Any) -> None:
    created = await call(client.ssh_keys.create("gone", ed25519(4)))
    assert await call(client.ssh_keys.delete(created.id)) is None
    assert await call(client.ssh_keys.list()) == []
    with pytest.raises(NotFoundError):
        await call(client.ssh_keys.delete(created.id))


PRIVATE_BODY = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
PRIVATE_KEYS = [
    f"-----BEGIN OPENSSH PRIVATE KEY-----\n{PRIVATE_BODY}\n-----END OPENSSH PRIVATE KEY-----\n",
    f"-----BEGIN RSA PRIVATE KEY-----\n{PRIVATE_BODY}\n-----END RSA PRIVATE KEY-----",
    f"PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nPrivate-Lines: 1\n{PRIVATE_BODY}",
]


@pytest.mark.parametrize("text", PRIVATE_KEYS, ids=["openssh", "pem", "putty"])
async def test_a_private_key_is_refused_without_being_quoted(
    client: Any, fake: FakeRuncrate, text: str
) -> None:
    with pytest.raises(ValueError, match="public_key is a PRIVATE key") as refused:
        await call(client.ssh_keys.create("oops", text))
    assert PRIVATE_BODY not in str(refused.value)
    assert fake.requests == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "OpenSSH public-key text"),
        ("ssh-ed25519", "OpenSSH public-key text"),
        ("AAAAC3NzaC1lZDI1NTE5AAAAIA== me@host", "OpenSSH public-key text"),
        (ed25519(5).replace("ssh-ed25519", "ssh-dss", 1), "OpenSSH public-key text"),
        (ed25519(5) + "\n" + ed25519(6), "OpenSSH public-key text"),
        ('from="10.0.0.1" ' + ed25519(5), "OpenSSH public-key text"),
        ("ssh-ed25519 not*base64 me@host", "not valid base64"),
        (ed25519(5, label="ssh-rsa"), "says 'ssh-ed25519' but its key data holds 'ssh-rsa'"),
        ("ssh-ed25519 AAAA me@host", "holds no key type"),
        ("---- BEGIN SSH2 PUBLIC KEY ----\nAAAA\n---- END SSH2 PUBLIC KEY ----", "ssh-keygen -i"),
        (ed25519(5).encode(), "got a bytes"),
    ],
)
async def test_anything_but_an_openssh_public_key_is_refused_locally(
    client: Any, fake: FakeRuncrate, text: Any, message: str
) -> None:
    with pytest.raises(ValueError, match=message) as refused:
        await call(client.ssh_keys.create("bad", text))
    assert "public_key" in str(refused.value)
    assert fake.requests == []


async def test_name_is_checked_before_sending(client: Any, fake: FakeRuncrate) -> None:
    with pytest.raises(ValueError, match="name must be a non-blank string"):
        await call(client.ssh_keys.create("", ed25519(7)))
    assert fake.requests == []
