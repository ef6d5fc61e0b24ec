"""Value conversions the generated methods apply before the spec's checks (``overlays/python.yaml``
names them per parameter: ``x-python-method.convert``).

Each takes what a caller passed and the parameter's public name (for error messages) and returns the
value to send; ``None`` means "leave the parameter out". The type of the first parameter is the type
the generated method's signature shows; ``object`` keeps the type the spec gives.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any, cast

from runcrate._datetimes import parse_datetime, to_iso, to_utc_z

__all__ = [
    "GROUP_FIELDS",
    "PUBLIC_KEY_TYPES",
    "aware_datetime",
    "comma_joined",
    "env_var_list",
    "iso_date",
    "iso_datetime",
    "job_spec_body",
    "lower_case",
    "none_if_empty",
    "openssh_public_key",
    "schedule_spec",
    "tag_filters",
    "utc_timestamp",
]

GROUP_FIELDS = ("count", "params", "max_parallel")
"""The fields only a job group takes: a scheduled or rerun job is always a single job."""


def none_if_empty(value: object, name: str) -> object:
    """An empty string counts as not given (the parameter is left out)."""
    return None if value == "" else value


def lower_case(value: object, name: str) -> object:
    """Text in lower case (hex digests: the API takes lower-case digits only)."""
    return value.lower() if isinstance(value, str) else value


def comma_joined(value: str | Sequence[str], name: str) -> str | None:
    """One value, or several joined by commas in one query value (``queued,running``)."""
    if isinstance(value, str):
        return value
    items = list(cast("Sequence[object]", value)) if isinstance(value, list | tuple) else None
    if items is None or not all(isinstance(item, str) for item in items):
        raise ValueError(f"{name} must be a string or a list of strings, got {value!r}")
    return ",".join(cast("list[str]", items)) or None


def tag_filters(value: Mapping[str, str] | Sequence[str], name: str) -> list[str] | None:
    """Tags as ``key:value`` filters: a dict, or ``"key:value"`` strings (all must match)."""
    if isinstance(value, Mapping):
        pairs: list[str] = []
        for key, item in cast("Mapping[object, object]", value).items():
            if ":" in str(key):
                raise ValueError(
                    f"{name}: the key {key!r} contains ':', which the API's key:value filter cannot express"
                )
            pairs.append(f"{key}:{item}")
        return pairs or None
    entries: list[object] = [value] if isinstance(value, str) else list(cast("Sequence[object]", value))
    for entry in entries:
        if not isinstance(entry, str) or ":" not in entry:
            raise ValueError(f"{name} entries must look like 'key:value', got {entry!r}")
    return cast("list[str]", entries) or None


def aware_datetime(value: datetime | str, name: str) -> datetime:
    """An aware ``datetime`` or an ISO-8601 string with an offset (a naive one is ambiguous)."""
    return parse_datetime(value, name=name)


def iso_datetime(value: datetime | str, name: str) -> str:
    """An instant as ISO-8601 text with its offset."""
    return parse_datetime(value, name=name).isoformat()


def utc_timestamp(value: datetime | str, name: str) -> str:
    """An instant in the API's exact form: UTC, milliseconds, ``Z``."""
    return to_utc_z(value, name=name)


def iso_date(value: date | datetime | str, name: str) -> str:
    """A ``date``, an aware ``datetime`` or an ISO-8601 string, sent as ISO-8601 text."""
    return to_iso(value, name=name)


def env_var_list(value: Mapping[str, str] | Sequence[Mapping[str, str]], name: str) -> list[dict[str, str]]:
    """Environment variables as the API takes them: a list of ``{key, value}`` (a dict keeps its order)."""
    if isinstance(value, Mapping):
        return [{"key": str(key), "value": str(item)} for key, item in value.items()]
    pairs: list[dict[str, str]] = []
    for index, pair in enumerate(cast("Sequence[object]", value)):
        if not isinstance(pair, Mapping) or set(cast("Mapping[str, object]", pair)) != {"key", "value"}:
            raise ValueError(f"{name}[{index}] must be a mapping with just 'key' and 'value', got {pair!r}")
        entry = cast("Mapping[str, object]", pair)
        pairs.append({"key": str(entry["key"]), "value": str(entry["value"])})
    return pairs


def _json(value: object) -> Any:
    if isinstance(value, Mapping):
        mapping = cast("Mapping[object, object]", value)
        return {str(key): _json(item) for key, item in mapping.items()}
    if isinstance(value, list | tuple):
        return [_json(item) for item in cast("Sequence[object]", value)]
    return value


def job_spec_body(fields: Mapping[str, Any], *, keep_none: bool = False) -> dict[str, Any]:
    """A job spec as JSON, the same on every path (run, run_group, rerun, schedules of kind ``job``).

    Tuples become lists (a ``gpu_type`` of candidates) and mappings dicts, at any depth. ``None``
    means "leave it out", or with ``keep_none`` (a rerun) JSON null, which clears the field.
    """
    return {name: _json(value) for name, value in fields.items() if value is not None or keep_none}


def schedule_spec(value: Mapping[str, Any], name: str) -> dict[str, Any]:
    """The launch body a schedule stores, as JSON: an instance's ``env_vars`` dict becomes the
    ``{key, value}`` list and job values are normalised as ``jobs.run`` does. A schedule launches a
    single instance or job, so the group fields are refused."""
    if not isinstance(cast(object, value), Mapping):
        raise ValueError(
            f"{name} must be a mapping (an instance-create or job body), got {type(value).__name__}"
        )
    body = job_spec_body(value)
    if "env_vars" in body:
        body["env_vars"] = env_var_list(body["env_vars"], f"{name}['env_vars']")
    grouped = [field for field in GROUP_FIELDS if field in body]
    if grouped:
        raise ValueError(
            f"{name}: {', '.join(grouped)} cannot be scheduled; a schedule launches a single job"
        )
    return body


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


def _embedded_type(blob: bytes) -> bytes | None:
    """The key type a public-key blob starts with (a length-prefixed string), if it holds one."""
    if len(blob) < _LENGTH_BYTES:
        return None
    length = int.from_bytes(blob[:_LENGTH_BYTES], "big")
    if length == 0 or _LENGTH_BYTES + length > len(blob):
        return None
    return blob[_LENGTH_BYTES : _LENGTH_BYTES + length]


def openssh_public_key(value: str, name: str) -> str:
    """OpenSSH public-key text without surrounding whitespace, or a ``ValueError`` saying what is wrong.

    A private key pasted by mistake is refused with a message that says so (and never quotes it).
    """
    expected = (
        f"{name} must be OpenSSH public-key text, '<type> <base64 key> [comment]' on one line "
        f"(the contents of a .pub file) with a type among {', '.join(PUBLIC_KEY_TYPES)}"
    )
    if not isinstance(cast(object, value), str):
        raise ValueError(f"{expected}; got a {type(value).__name__} (read the file's text first)")
    text = value.strip()
    if _PRIVATE_KEY.search(text):
        raise ValueError(
            f"{name} is a PRIVATE key: never share it. Pass the public key instead, the text of the "
            "matching .pub file (e.g. ~/.ssh/id_ed25519.pub)"
        )
    if text.startswith(_SSH2_PUBLIC_KEY):
        raise ValueError(
            f"{name} is in the SSH2 (RFC 4716) format; convert it to OpenSSH text with "
            "`ssh-keygen -i -f <file>` first"
        )
    parts = text.split()
    if len(text.splitlines()) > 1 or len(parts) < 2 or parts[0] not in PUBLIC_KEY_TYPES:
        raise ValueError(expected)
    try:
        blob = base64.b64decode(parts[1], validate=True)
    except (binascii.Error, ValueError):
        raise ValueError(f"{name}'s key data (after {parts[0]!r}) is not valid base64") from None
    embedded = _embedded_type(blob)
    if embedded != parts[0].encode():
        held = "no key type" if embedded is None else repr(embedded.decode("ascii", "replace"))
        raise ValueError(f"{name} says {parts[0]!r} but its key data holds {held}")
    return text
