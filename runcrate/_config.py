"""Client configuration: options, else ``RUNCRATE_*`` environment variables, else defaults; checked once.

Every check fails with :class:`ConfigurationError` naming the option (or variable) and what was
expected, before any request. The API key is never echoed.
"""

from __future__ import annotations

import ipaddress
import math
import os
import socket
import warnings
from collections.abc import Mapping
from typing import NamedTuple, cast

import httpx

from runcrate._errors import ConfigurationError
from runcrate._redaction import remember_key
from runcrate._types import NOT_GIVEN, NotGiven, TimeoutValue

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_INFERENCE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "KEY_PREFIX",
    "ClientConfig",
    "KeyFormatWarning",
    "is_loopback",
    "resolve_config",
    "validate_max_retries",
    "validate_timeout",
]

DEFAULT_BASE_URL = "https://www.runcrate.ai"
DEFAULT_INFERENCE_URL = "https://api.runcrate.ai"
DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_RETRIES = 3
KEY_PREFIX = "rc_live_"


ALLOW_ANY_KEY_VARIABLE = "RUNCRATE_ALLOW_ANY_KEY_FORMAT"
"""Set to 1 to send a key that does not start with ``rc_live_`` (with a warning instead of an error)."""


class KeyFormatWarning(UserWarning):
    """A key without the ``rc_live_`` prefix is being sent because RUNCRATE_ALLOW_ANY_KEY_FORMAT is set."""


class ClientConfig(NamedTuple):
    """Validated settings shared by a client and its ``with_options`` copies (``_replace`` makes one)."""

    api_key: str
    base_url: httpx.URL
    inference_url: httpx.URL
    environment: str | None
    timeout: httpx.Timeout
    max_retries: int
    default_headers: Mapping[str, str]

    def __repr__(self) -> str:
        return (
            f"ClientConfig(api_key='{redacted_key(self.api_key)}', base_url='{self.base_url}', "
            f"inference_url='{self.inference_url}', environment={self.environment!r}, "
            f"timeout={self.timeout!r}, max_retries={self.max_retries})"
        )


def redacted_key(key: str) -> str:
    """The prefix only (``rc_live_…``), enough to tell keys apart in a repr without revealing one."""
    return f"{KEY_PREFIX}…" if key.startswith(KEY_PREFIX) else "…"


def is_loopback(host: str) -> bool:
    """True for a loopback address, and for ``localhost`` or a ``*.localhost`` name whose every
    address is a loopback one: the only hosts a key may reach over plain http. A name is resolved,
    not trusted, because a hosts file or resolver can send ``anything.localhost`` to another machine.
    """
    host = host.strip("[]").lower().rstrip(".")
    if _is_loopback_address(host):
        return True
    if host != "localhost" and not host.endswith(".localhost"):
        return False
    addresses = _addresses_of(host)
    return bool(addresses) and all(_is_loopback_address(address) for address in addresses)


def _is_loopback_address(text: str) -> bool:
    try:
        return ipaddress.ip_address(text.partition("%")[0]).is_loopback  # "%" starts an IPv6 zone
    except ValueError:
        return False


def _addresses_of(host: str) -> set[str]:
    """The addresses ``host`` resolves to (none when it does not resolve)."""
    try:
        return {str(info[4][0]) for info in socket.getaddrinfo(host, None)}
    except (OSError, UnicodeError):
        return set()


def _env(name: str) -> str | None:
    """An environment variable, with an empty value counted as unset."""
    value = os.environ.get(name)
    return value if value else None


def _resolve_key(api_key: object) -> str:
    source = "api_key"
    if api_key is None:
        env_value = os.environ.get("RUNCRATE_API_KEY")
        if env_value is None:
            raise ConfigurationError(
                "No API key: pass api_key=... or set the RUNCRATE_API_KEY environment variable "
                f"(keys start with {KEY_PREFIX!r}; create one at https://www.runcrate.ai/dashboard/api-keys)."
            )
        api_key, source = env_value, "RUNCRATE_API_KEY"
    if not isinstance(api_key, str):
        raise ConfigurationError(f"{source} must be a string, got {type(api_key).__name__}.")
    if not api_key.strip():
        raise ConfigurationError(f"{source} is empty; expected an API key starting with {KEY_PREFIX!r}.")
    if api_key != api_key.strip() or any(not ch.isprintable() or ch.isspace() for ch in api_key):
        raise ConfigurationError(
            f"{source} contains whitespace or control characters; expected a single token "
            f"starting with {KEY_PREFIX!r} (check for a stray newline)."
        )
    if not api_key.isascii():
        raise ConfigurationError(f"{source} contains non-ASCII characters; expected an ASCII token.")
    if not api_key.startswith(KEY_PREFIX):
        # A wrong prefix is almost always a pasted token of another service: refuse it before it is
        # sent anywhere. The API documents neither the key's length nor its character set, and test
        # or future keys may carry another prefix, hence the escape hatch.
        if _env(ALLOW_ANY_KEY_VARIABLE) != "1":
            raise ConfigurationError(
                f"{source} does not look like a Runcrate API key: expected a key starting with "
                f"{KEY_PREFIX!r}. Set {ALLOW_ANY_KEY_VARIABLE}=1 to send another format anyway."
            )
        warnings.warn(
            f"{source} does not start with {KEY_PREFIX!r}; sending it anyway ({ALLOW_ANY_KEY_VARIABLE}=1).",
            KeyFormatWarning,
            stacklevel=5,  # _resolve_key < resolve_config < _configure < __init__ < caller
        )
    return api_key


def _resolve_url(value: str | httpx.URL | None, *, option: str, variable: str, default: str) -> httpx.URL:
    source, raw = option, value
    if raw is None:
        env_value = _env(variable)
        source, raw = (variable, env_value) if env_value is not None else (option, default)
    text = str(raw).strip()
    expected = "an absolute http(s) URL such as 'https://www.runcrate.ai'"
    try:
        url = httpx.URL(text)
    except (httpx.InvalidURL, TypeError) as exc:
        raise ConfigurationError(f"{source} is not a valid URL ({exc}); expected {expected}.") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError(f"{source}={text!r} is not usable; expected {expected}.")
    if url.userinfo or url.query or url.fragment:
        raise ConfigurationError(
            f"{source}={text!r} must not contain credentials, a query or a fragment; expected {expected}."
        )
    if url.scheme == "http" and not is_loopback(url.host):
        raise ConfigurationError(
            f"{source}={text!r} uses plain http to a non-loopback host; the API key would travel "
            "unencrypted. Use https (plain http is accepted only for a loopback host: 127.0.0.0/8, ::1, "
            "or a localhost name that resolves only to them)."
        )
    return url.copy_with(raw_path=url.raw_path.rstrip(b"/") or b"")


def validate_timeout(value: object, *, source: str = "timeout") -> httpx.Timeout:
    """A positive finite number of seconds, ``None`` (no timeout), or an ``httpx.Timeout``."""
    if isinstance(value, httpx.Timeout):
        for phase, seconds in value.as_dict().items():
            if seconds is not None and not (math.isfinite(seconds) and seconds > 0):
                raise ConfigurationError(
                    f"{source}: the {phase} timeout must be a positive number of seconds."
                )
        return value
    if value is None:
        return httpx.Timeout(None)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ConfigurationError(
            f"{source} must be a number of seconds or an httpx.Timeout, got {type(value).__name__}."
        )
    if not (math.isfinite(value) and value > 0):
        raise ConfigurationError(f"{source} must be a positive, finite number of seconds, got {value!r}.")
    return httpx.Timeout(float(value))


def validate_max_retries(value: object, *, source: str = "max_retries") -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ConfigurationError(f"{source} must be a whole number >= 0, got {type(value).__name__}.")
    if value < 0:
        raise ConfigurationError(f"{source} must be >= 0 (0 turns retries off), got {value}.")
    return value


def _resolve_timeout(timeout: TimeoutValue | NotGiven) -> httpx.Timeout:
    if not isinstance(timeout, NotGiven):
        return validate_timeout(timeout)
    raw = _env("RUNCRATE_TIMEOUT")
    if raw is None:
        return httpx.Timeout(DEFAULT_TIMEOUT)
    try:
        seconds = float(raw)
    except ValueError:
        raise ConfigurationError(f"RUNCRATE_TIMEOUT={raw!r} is not a number of seconds.") from None
    return validate_timeout(seconds, source="RUNCRATE_TIMEOUT")


def _resolve_max_retries(max_retries: int | NotGiven) -> int:
    if not isinstance(max_retries, NotGiven):
        return validate_max_retries(max_retries)
    raw = _env("RUNCRATE_MAX_RETRIES")
    if raw is None:
        return DEFAULT_MAX_RETRIES
    try:
        count = int(raw)
    except ValueError:
        raise ConfigurationError(f"RUNCRATE_MAX_RETRIES={raw!r} is not a whole number >= 0.") from None
    return validate_max_retries(count, source="RUNCRATE_MAX_RETRIES")


def _resolve_environment(environment: object) -> str | None:
    if environment is None:
        return _env("RUNCRATE_ENVIRONMENT")
    if not isinstance(environment, str) or not environment.strip():
        raise ConfigurationError("environment must be a non-empty environment name (e.g. 'main') or None.")
    return environment


def _resolve_headers(default_headers: object) -> Mapping[str, str]:
    if default_headers is None:
        return {}
    if not isinstance(default_headers, Mapping):
        raise ConfigurationError("default_headers must be a mapping of header names to values.")
    headers: dict[str, str] = {}
    for name, value in cast("Mapping[object, object]", default_headers).items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise ConfigurationError("default_headers must map header names (str) to values (str).")
        headers[name] = value
    return headers


def resolve_config(
    *,
    api_key: str | None,
    base_url: str | httpx.URL | None,
    inference_url: str | httpx.URL | None,
    environment: str | None,
    timeout: TimeoutValue | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    default_headers: Mapping[str, str] | None = None,
) -> ClientConfig:
    """Options win over ``RUNCRATE_*`` variables, which win over the defaults."""
    key = _resolve_key(api_key)
    remember_key(key)
    return ClientConfig(
        api_key=key,
        base_url=_resolve_url(
            base_url, option="base_url", variable="RUNCRATE_BASE_URL", default=DEFAULT_BASE_URL
        ),
        inference_url=_resolve_url(
            inference_url,
            option="inference_url",
            variable="RUNCRATE_INFERENCE_URL",
            default=DEFAULT_INFERENCE_URL,
        ),
        environment=_resolve_environment(environment),
        timeout=_resolve_timeout(timeout),
        max_retries=_resolve_max_retries(max_retries),
        default_headers=_resolve_headers(default_headers),
    )
