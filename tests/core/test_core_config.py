"""Client configuration: options, environment variables, defaults, and every configuration error."""

from __future__ import annotations

import logging
import warnings

import httpx
import pytest

import runcrate
import runcrate._config
from runcrate import AsyncRuncrate, ConfigurationError, Runcrate, RuncrateError
from runcrate._config import KeyFormatWarning
from runcrate._logging import logger

KEY = "rc_live_" + "s3cr3t" * 6


def make(**options: object) -> Runcrate:
    return Runcrate(**options)  # type: ignore[arg-type]


def test_defaults() -> None:
    client = Runcrate(api_key=KEY)
    assert str(client.base_url) == "https://www.runcrate.ai"
    assert str(client.inference_url) == "https://api.runcrate.ai"
    assert client.environment is None
    assert client.timeout == httpx.Timeout(30.0)
    assert client.max_retries == 3


def test_environment_variables_fill_options(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RUNCRATE_API_KEY", KEY)
    monkeypatch.setenv("RUNCRATE_BASE_URL", "https://infra.example.com/")
    monkeypatch.setenv("RUNCRATE_INFERENCE_URL", "https://models.example.com//")
    monkeypatch.setenv("RUNCRATE_ENVIRONMENT", "staging")
    monkeypatch.setenv("RUNCRATE_TIMEOUT", "12.5")
    monkeypatch.setenv("RUNCRATE_MAX_RETRIES", "0")
    client = Runcrate()
    assert str(client.base_url) == "https://infra.example.com"
    assert str(client.inference_url) == "https://models.example.com"
    assert client.environment == "staging"
    assert client.timeout == httpx.Timeout(12.5)
    assert client.max_retries == 0


def test_options_beat_environment_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RUNCRATE_API_KEY", "rc_live_from_env")
    monkeypatch.setenv("RUNCRATE_ENVIRONMENT", "staging")
    monkeypatch.setenv("RUNCRATE_MAX_RETRIES", "7")
    client = Runcrate(api_key=KEY, environment="main", max_retries=1, timeout=httpx.Timeout(5.0, read=50.0))
    assert client.environment == "main"
    assert client.max_retries == 1
    assert client.timeout == httpx.Timeout(5.0, read=50.0)
    assert "from_env" not in repr(client._engine.config.api_key)


def test_empty_environment_variables_count_as_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("RUNCRATE_BASE_URL", "RUNCRATE_ENVIRONMENT", "RUNCRATE_TIMEOUT", "RUNCRATE_MAX_RETRIES"):
        monkeypatch.setenv(name, "")
    client = Runcrate(api_key=KEY)
    assert str(client.base_url) == "https://www.runcrate.ai"
    assert client.environment is None
    assert client.max_retries == 3


@pytest.mark.parametrize(
    ("options", "env", "fragment"),
    [
        ({}, {}, "RUNCRATE_API_KEY"),
        ({"api_key": ""}, {}, "api_key is empty"),
        ({"api_key": "   "}, {}, "api_key is empty"),
        ({}, {"RUNCRATE_API_KEY": ""}, "RUNCRATE_API_KEY is empty"),
        ({"api_key": KEY + "\n"}, {}, "whitespace or control characters"),
        ({"api_key": "rc_live_ab cd"}, {}, "whitespace or control characters"),
        ({"api_key": "rc_live_é"}, {}, "non-ASCII"),
        ({"api_key": KEY, "max_retries": -1}, {}, "max_retries must be >= 0"),
        ({"api_key": KEY, "max_retries": 1.5}, {}, "max_retries must be a whole number"),
        ({"api_key": KEY, "max_retries": True}, {}, "max_retries must be a whole number"),
        ({"api_key": KEY}, {"RUNCRATE_MAX_RETRIES": "-2"}, "RUNCRATE_MAX_RETRIES must be >= 0"),
        ({"api_key": KEY}, {"RUNCRATE_MAX_RETRIES": "three"}, "RUNCRATE_MAX_RETRIES='three'"),
        ({"api_key": KEY, "timeout": 0}, {}, "timeout must be a positive, finite number"),
        ({"api_key": KEY, "timeout": -5}, {}, "timeout must be a positive, finite number"),
        ({"api_key": KEY, "timeout": float("nan")}, {}, "timeout must be a positive, finite number"),
        ({"api_key": KEY, "timeout": float("inf")}, {}, "timeout must be a positive, finite number"),
        ({"api_key": KEY, "timeout": "30"}, {}, "timeout must be a number of seconds"),
        (
            {"api_key": KEY, "timeout": httpx.Timeout(5.0, read=0.0)},
            {},
            "the read timeout must be a positive",
        ),
        ({"api_key": KEY}, {"RUNCRATE_TIMEOUT": "soon"}, "RUNCRATE_TIMEOUT='soon' is not a number"),
        ({"api_key": KEY}, {"RUNCRATE_TIMEOUT": "0"}, "RUNCRATE_TIMEOUT must be a positive"),
        ({"api_key": KEY, "base_url": "www.runcrate.ai"}, {}, "base_url='www.runcrate.ai' is not usable"),
        ({"api_key": KEY, "base_url": "ftp://runcrate.ai"}, {}, "base_url='ftp://runcrate.ai' is not usable"),
        ({"api_key": KEY, "base_url": "https://[::1"}, {}, "base_url is not a valid URL"),
        ({"api_key": KEY, "inference_url": "https://api.runcrate.ai/?x=1"}, {}, "must not contain"),
        ({"api_key": KEY, "base_url": "https://user:pw@runcrate.ai"}, {}, "must not contain credentials"),
        ({"api_key": KEY}, {"RUNCRATE_BASE_URL": "not a url"}, "RUNCRATE_BASE_URL='not a url'"),
        ({"api_key": KEY, "base_url": "http://runcrate.ai"}, {}, "plain http to a non-loopback host"),
        ({"api_key": KEY}, {"RUNCRATE_INFERENCE_URL": "http://10.0.0.5:8000"}, "RUNCRATE_INFERENCE_URL"),
        ({"api_key": KEY, "environment": ""}, {}, "environment must be a non-empty"),
        ({"api_key": KEY}, {"RUNCRATE_LOG": "loud"}, "RUNCRATE_LOG='loud' is not a log level"),
        ({"api_key": KEY, "default_headers": {"X-A": 1}}, {}, "default_headers must map"),
        ({"api_key": KEY, "http_client": httpx.AsyncClient()}, {}, "http_client must be an httpx.Client"),
    ],
)
def test_configuration_errors_name_the_option(
    monkeypatch: pytest.MonkeyPatch, options: dict[str, object], env: dict[str, str], fragment: str
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(ConfigurationError) as caught:
        make(**options)
    assert fragment in str(caught.value)
    assert isinstance(caught.value, ValueError)
    assert isinstance(caught.value, RuncrateError)
    assert "s3cr3t" not in str(caught.value)


def test_async_client_checks_its_http_client_type() -> None:
    with pytest.raises(ConfigurationError, match=r"http_client must be an httpx\.AsyncClient"):
        AsyncRuncrate(api_key=KEY, http_client=httpx.Client())  # type: ignore[arg-type]


def test_key_without_prefix_is_refused_before_any_request() -> None:
    with pytest.raises(ConfigurationError, match="api_key does not look like a Runcrate API key") as caught:
        Runcrate(api_key="sk_test_123")
    assert "sk_test_123" not in str(caught.value)
    assert "RUNCRATE_ALLOW_ANY_KEY_FORMAT=1" in str(caught.value)


def test_key_without_prefix_from_the_environment_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RUNCRATE_API_KEY", "sk_test_123")
    with pytest.raises(ConfigurationError, match="RUNCRATE_API_KEY does not look like"):
        Runcrate()


def test_key_without_prefix_is_sent_with_a_warning_when_allowed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Test or future keys may carry another prefix (the API does not fix the format), so the
    check can be switched off."""
    monkeypatch.setenv("RUNCRATE_ALLOW_ANY_KEY_FORMAT", "1")
    with pytest.warns(KeyFormatWarning, match="does not start with 'rc_live_'") as record:
        client = Runcrate(api_key="sk_test_123")
    assert client._engine.config.api_key == "sk_test_123"
    assert "sk_test_123" not in str(record[0].message)
    assert record[0].filename == __file__


def test_key_with_prefix_does_not_warn() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        Runcrate(api_key=KEY)


@pytest.mark.parametrize(
    "origin",
    [
        "http://localhost:8080",
        "http://LOCALHOST.:8080",
        "http://127.0.0.1:9",
        "http://127.8.9.10",
        "http://[::1]:9",
    ],
)
def test_plain_http_is_allowed_to_loopback(origin: str) -> None:
    client = Runcrate(api_key=KEY, base_url=origin, inference_url=origin)
    assert client.base_url.scheme == "http"


@pytest.mark.parametrize(
    "origin",
    [
        "http://nothing-here.localhost:8080",  # does not resolve at all
        "http://localhost.runcrate.ai",  # a real domain under another name
        "http://127.0.0.1.nip.io",  # resolves to loopback today, through a third party's DNS
        "http://0.0.0.0:8080",
        "http://[::ffff:10.0.0.5]",
    ],
)
def test_plain_http_is_refused_to_anything_else(origin: str) -> None:
    for cls in (Runcrate, AsyncRuncrate):
        for option in ("base_url", "inference_url"):
            with pytest.raises(ConfigurationError, match="plain http to a non-loopback host"):
                cls(api_key=KEY, **{option: origin})


@pytest.mark.parametrize(
    ("addresses", "allowed"),
    [
        ({"127.0.0.1"}, True),
        ({"127.0.0.1", "::1"}, True),
        ({"10.0.0.5"}, False),  # a hosts file pointing dev.localhost at another machine
        ({"127.0.0.1", "192.168.1.20"}, False),  # one address elsewhere is enough to refuse
        (set(), False),
    ],
)
def test_a_localhost_name_counts_as_loopback_only_when_it_resolves_there(
    monkeypatch: pytest.MonkeyPatch, addresses: set[str], allowed: bool
) -> None:
    # No resolver can be pointed at a test server here: the lookup itself is replaced.
    looked_up: list[str] = []

    def resolve(host: str) -> set[str]:
        looked_up.append(host)
        return addresses

    monkeypatch.setattr(runcrate._config, "_addresses_of", resolve)
    for cls in (Runcrate, AsyncRuncrate):
        if allowed:
            assert cls(api_key=KEY, base_url="http://dev.localhost:8080").base_url.host == "dev.localhost"
        else:
            with pytest.raises(ConfigurationError, match="plain http to a non-loopback host"):
                cls(api_key=KEY, base_url="http://dev.localhost:8080")
    assert looked_up == ["dev.localhost", "dev.localhost"]


def test_origin_with_the_wire_prefix_is_not_doubled() -> None:
    from runcrate._generated.api.chat import create_chat_completion
    from runcrate._generated.api.instances import list_instances
    from runcrate._transport import server_root

    client = Runcrate(
        api_key=KEY, base_url="https://proxy.example/api/v1/", inference_url="https://x.example/v1"
    )
    assert server_root(client._engine.config, list_instances.OPERATION) == "https://proxy.example/api/v1"
    assert server_root(client._engine.config, create_chat_completion.OPERATION) == "https://x.example/v1"
    plain = Runcrate(api_key=KEY, base_url="https://proxy.example/runcrate")
    assert (
        server_root(plain._engine.config, list_instances.OPERATION) == "https://proxy.example/runcrate/api/v1"
    )


def test_key_never_appears_in_reprs() -> None:
    client = Runcrate(api_key=KEY)
    assert KEY not in repr(client)
    assert KEY not in repr(client._engine.config)
    assert "rc_live_…" in repr(client)
    assert KEY not in repr(client.with_options(timeout=3))


def test_with_options_shares_the_pool_and_validates() -> None:
    client = Runcrate(api_key=KEY, environment="main")
    copy = client.with_options(timeout=5, max_retries=0, environment="dev", default_headers={"X-Team": "a"})
    assert copy._engine.http is client._engine.http
    assert (copy.timeout, copy.max_retries, copy.environment) == (httpx.Timeout(5.0), 0, "dev")
    assert (client.timeout, client.max_retries, client.environment) == (httpx.Timeout(30.0), 3, "main")
    assert copy._engine.config.default_headers == {"X-Team": "a"}
    assert client.with_options(environment=None).environment is None
    with pytest.raises(ConfigurationError, match="max_retries must be >= 0"):
        client.with_options(max_retries=-1)
    with pytest.raises(ConfigurationError, match="timeout must be a positive"):
        client.with_options(timeout=0)
    copy.close()
    assert not client._engine.http.is_closed
    client.close()
    assert client._engine.http.is_closed


def test_user_http_client_is_used_and_not_closed() -> None:
    mine = httpx.Client(follow_redirects=True)
    with Runcrate(api_key=KEY, http_client=mine) as client:
        assert client._engine.http is mine
    assert not mine.is_closed
    mine.close()


def test_runcrate_log_configures_the_logger(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RUNCRATE_LOG", "debug")
    before = list(logger.handlers)
    try:
        Runcrate(api_key=KEY)
        Runcrate(api_key=KEY)
        assert logger.level == logging.DEBUG
        assert len(logger.handlers) == len(before) + 1
    finally:
        for handler in logger.handlers[len(before) :]:
            logger.removeHandler(handler)
        logger.setLevel(logging.NOTSET)


def test_import_is_lazy() -> None:
    import subprocess
    import sys

    code = (
        "import sys, runcrate\n"
        "assert 'runcrate._client' not in sys.modules\n"
        "from runcrate import Runcrate, NotFoundError\n"
        "assert not [m for m in sys.modules if m.startswith('runcrate._generated')], 'generated imported'\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.stdout.strip() == "ok", result.stderr


def test_constructing_a_client_and_reaching_resources_is_cheap() -> None:
    import subprocess
    import sys

    # What a client that has not sent anything yet must not pay for: httpcore and the TLS context
    # (the pool is built by the first request), attrs and the models (imported by the first call),
    # anyio (async calls only), tarfile (directory uploads only).
    # Counted from after `import httpx` (which may itself import some of them, e.g. with its CLI).
    code = (
        "import sys, httpx, runcrate\n"
        "before = set(sys.modules)\n"
        "c = runcrate.Runcrate(api_key='rc_live_' + 'a' * 32)\n"
        "c.chat.completions; c.instances; c.jobs.artifacts; c.jobs.uploads\n"
        "a = runcrate.AsyncRuncrate(api_key='rc_live_' + 'a' * 32)\n"
        "a.chat.completions; a.instances; a.jobs.artifacts\n"
        "loaded = {m for name in set(sys.modules) - before for m in (name, name.split('.')[0])}\n"
        "models = {'runcrate._generated.models.' + name for name in ('chat_completion', 'instance', 'job')}\n"
        "unwanted = {'httpcore', 'certifi', 'attrs', 'anyio', 'uuid', 'platform', 'tarfile'} | models\n"
        "print(sorted(unwanted & loaded))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.stdout.strip() == "[]", result.stderr


def test_public_names_resolve() -> None:
    for name in runcrate.__all__:
        assert getattr(runcrate, name) is not None
    with pytest.raises(AttributeError):
        _ = runcrate.DoesNotExist  # type: ignore[attr-defined]
