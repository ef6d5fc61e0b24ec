"""Validation of job specs: submitted job (and group) bodies, rerun overrides and schedule specs
of kind ``job``.

Every rule answers 422 ``validation_error`` naming the field (``details.field``), so a test of the
SDK's local checks can tell which field the server would have refused.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from runcrate.testing._server.http import as_array, as_object, invalid

MAX_COMMAND_BYTES = 64 * 1024
RUNTIME_RANGE = (1, 10080)
GPU_COUNT_RANGE = (1, 8)
CAPACITY_WAIT_RANGE = (0, 1440)
MAX_RETRIES_RANGE = (0, 10)
GROUP_COUNT_RANGE = (1, 1000)
MAX_PARALLEL = 1000
RETRY_ON = ("machine_failure", "nonzero_exit")
WEBHOOK_EVENTS = ("started", "finished")
GROUP_FIELDS = ("count", "params", "max_parallel")
REQUIRED_FIELDS = ("command", "gpu_type", "max_runtime_minutes")
_GPU_ENTRY = re.compile(r"^(?P<name>[^:\s]+)(?::(?P<count>\d+))?$")


def is_str_map(value: Any) -> bool:
    obj = as_object(value)
    return obj is not None and all(isinstance(v, str) for v in obj.values())


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_int(spec: dict[str, Any], field: str, bounds: tuple[int, int]) -> None:
    low, high = bounds
    value = spec[field]
    if not _is_int(value) or not low <= value <= high:
        raise invalid(field, f"must be an integer between {low} and {high}")


def _check_str(spec: dict[str, Any], field: str) -> None:
    if not isinstance(spec[field], str) or not spec[field]:
        raise invalid(field, "must be a non-empty string")


def _check_str_map(spec: dict[str, Any], field: str) -> None:
    if not is_str_map(spec[field]):
        raise invalid(field, "must be an object of string values")


def _check_choices(spec: dict[str, Any], field: str, choices: tuple[str, ...]) -> None:
    values = as_array(spec[field])
    if values is None:
        raise invalid(field, f"must be an array of: {', '.join(choices)}")
    for index, value in enumerate(values):
        if value not in choices:
            raise invalid(f"{field}[{index}]", f"must be one of: {', '.join(choices)}")


def _check_https(spec: dict[str, Any], field: str) -> None:
    value = spec[field]
    if value is not None and (not isinstance(value, str) or not value.startswith("https://")):
        raise invalid(field, "must be an https:// URL or null")


def _check_command(spec: dict[str, Any]) -> None:
    _check_str(spec, "command")
    if len(spec["command"].encode()) > MAX_COMMAND_BYTES:
        raise invalid("command", f"must be at most {MAX_COMMAND_BYTES} bytes")


def gpu_candidates(spec: dict[str, Any]) -> list[tuple[str, int]]:
    """The ordered ``(gpu_type, gpu_count)`` candidates; an entry's ``:n`` beats ``gpu_count``."""
    raw = spec["gpu_type"]
    entries: list[Any] = [raw] if isinstance(raw, str) else as_array(raw) or []
    default_count: int = spec.get("gpu_count", 1)
    candidates: list[tuple[str, int]] = []
    for index, entry in enumerate(entries):
        field = "gpu_type" if isinstance(raw, str) else f"gpu_type[{index}]"
        match = _GPU_ENTRY.match(entry) if isinstance(entry, str) else None
        if match is None:
            raise invalid(field, "must look like 'H100' or 'H100:2'")
        count = int(match["count"]) if match["count"] else default_count
        if not GPU_COUNT_RANGE[0] <= count <= GPU_COUNT_RANGE[1]:
            raise invalid(
                field, f"must have a GPU count between {GPU_COUNT_RANGE[0]} and {GPU_COUNT_RANGE[1]}"
            )
        candidates.append((match["name"], count))
    if not candidates:
        raise invalid("gpu_type", "must name at least one GPU type")
    return candidates


def _check_code(spec: dict[str, Any]) -> None:
    code = as_object(spec["code"])
    if code is None or len(code) != 1 or not code.keys() <= {"upload_id", "git"}:
        raise invalid("code", "must be {upload_id} or {git: {url, ref?, token_env?}}")
    if "upload_id" in code:
        if not isinstance(code["upload_id"], str) or not code["upload_id"]:
            raise invalid("code.upload_id", "must be a non-empty string")
        return
    git = as_object(code["git"])
    url = git.get("url") if git is not None else None
    if git is None or not isinstance(url, str) or not url.startswith("https://"):
        raise invalid("code.git.url", "must be an https:// URL")
    for key in ("ref", "token_env"):
        if key in git and not isinstance(git[key], str):
            raise invalid(f"code.git.{key}", "must be a string")


def _check_registry_auth(spec: dict[str, Any]) -> None:
    auth = as_object(spec["image_registry_auth"])
    if auth is None or not all(
        isinstance(auth.get(key), str) and auth[key] for key in ("username_env", "password_env")
    ):
        raise invalid("image_registry_auth", "must be {username_env, password_env} naming env variables")


def _check_int_list(spec: dict[str, Any], field: str) -> None:
    values = as_array(spec[field])
    if values is None or not all(_is_int(v) for v in values):
        raise invalid(field, "must be an array of integers")


def _check_bool(spec: dict[str, Any], field: str) -> None:
    if not isinstance(spec[field], bool):
        raise invalid(field, "must be a boolean")


_CHECKS: dict[str, Callable[[dict[str, Any]], object]] = {
    "command": _check_command,
    "max_runtime_minutes": lambda s: _check_int(s, "max_runtime_minutes", RUNTIME_RANGE),
    "gpu_count": lambda s: _check_int(s, "gpu_count", GPU_COUNT_RANGE),  # before gpu_type, which uses it
    "gpu_type": gpu_candidates,
    "template": lambda s: _check_str(s, "template"),
    "image": lambda s: _check_str(s, "image"),
    "env": lambda s: _check_str_map(s, "env"),
    "storage_id": lambda s: _check_str(s, "storage_id"),
    "name": lambda s: _check_str(s, "name"),
    "region": lambda s: _check_str(s, "region"),
    "capacity_wait_minutes": lambda s: _check_int(s, "capacity_wait_minutes", CAPACITY_WAIT_RANGE),
    "max_retries": lambda s: _check_int(s, "max_retries", MAX_RETRIES_RANGE),
    "retry_on": lambda s: _check_choices(s, "retry_on", RETRY_ON),
    "retry_exit_codes": lambda s: _check_int_list(s, "retry_exit_codes"),
    "tags": lambda s: _check_str_map(s, "tags"),
    "webhook_url": lambda s: _check_https(s, "webhook_url"),
    "webhook_events": lambda s: _check_choices(s, "webhook_events", WEBHOOK_EVENTS),
    "code": _check_code,
    "image_registry_auth": _check_registry_auth,
    "allow_cpu_container": lambda s: _check_bool(s, "allow_cpu_container"),
}
SPEC_FIELDS = tuple(_CHECKS)


def validate_job_spec(body: dict[str, Any]) -> dict[str, Any]:
    """The spec's known fields with nulls dropped (``webhook_url: null`` means no webhook).

    Unknown fields are ignored here; the spec validator in front of the app reports them.
    """
    spec = {name: body[name] for name in SPEC_FIELDS if body.get(name) is not None}
    for name in REQUIRED_FIELDS:
        if name not in spec:
            raise invalid(name, "is required")
    for name, check in _CHECKS.items():
        if name in spec:
            check(spec)
    return spec


def validate_group(body: dict[str, Any]) -> list[dict[str, str]]:
    """The per-job env overlays of a group body: ``count`` copies or one per ``params`` entry."""
    count, params = body.get("count"), body.get("params")
    if (count is None) == (params is None):
        raise invalid("count", "or params is required, but not both")
    if count is not None:
        _check_int(body, "count", GROUP_COUNT_RANGE)
        overlays: list[dict[str, str]] = [{} for _ in range(count)]
    else:
        entries = as_array(params)
        if not entries or len(entries) > GROUP_COUNT_RANGE[1]:
            raise invalid("params", f"must be an array of 1 to {GROUP_COUNT_RANGE[1]} objects")
        if not all(is_str_map(entry) for entry in entries):
            raise invalid("params", "entries must be objects of string values")
        overlays = [dict(entry) for entry in entries]
    if body.get("max_parallel") is not None:
        _check_int(body, "max_parallel", (1, MAX_PARALLEL))
    return overlays


def validate_single(body: dict[str, Any]) -> list[dict[str, str]]:
    """The env overlays of a single job (one, empty): a body without ``count`` or ``params`` is one
    job, and ``max_parallel`` belongs to a group only."""
    if "max_parallel" in body:
        raise invalid("max_parallel", "is only for a job group (a body with count or params)")
    return [{}]


def is_group_body(body: dict[str, Any]) -> bool:
    return "count" in body or "params" in body


def merge_overrides(original: dict[str, Any], overrides: dict[str, Any]) -> dict[str, Any]:
    """A rerun's spec: overrides replace fields, ``null`` clears one, ``env`` is merged key by key."""
    for name in GROUP_FIELDS:
        if name in overrides:
            raise invalid(name, "cannot be given on a rerun")
    merged = dict(original)
    for name, value in overrides.items():
        if name not in SPEC_FIELDS:
            continue
        if value is None:
            merged.pop(name, None)
        elif name == "env" and (env := as_object(value)) is not None:
            combined: dict[str, Any] = {**original.get("env", {}), **env}
            merged["env"] = {key: item for key, item in combined.items() if item is not None}
        else:
            merged[name] = value
    return validate_job_spec(merged)
