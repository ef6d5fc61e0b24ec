"""The ``runcrate`` logger, the ``RUNCRATE_LOG`` switch, and what httpx logs of signed URLs.

Nothing here ever logs a header value: requests are logged as method, URL (which never holds the key),
status and request id. ``RUNCRATE_LOG=debug`` (or ``info``) attaches a stderr handler once.

httpx logs every response at INFO (``HTTP Request: GET <url> "HTTP/1.1 200 OK"``). For a request to a
signed storage URL that line would carry the signature, which grants access to the file for an hour
to anyone who reads the log: a filter on httpx's and httpcore's loggers replaces the query of a signed
URL being requested by ``[redacted]``. It also blanks out every client's API key, which httpcore's
DEBUG trace of response headers would otherwise show if a server echoed it back. Other URLs, the
SDK's own API calls included, are logged as they are.
"""

from __future__ import annotations

import logging
import os

from runcrate._errors import ConfigurationError
from runcrate._redaction import log_secrets, redact

__all__ = ["configure_from_env", "logger"]

logger = logging.getLogger("runcrate")

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING, "error": logging.ERROR}
_HANDLER_MARK = "_runcrate_env_handler"


def configure_from_env() -> None:
    """Apply ``RUNCRATE_LOG`` (``debug``, ``info``, ``warning``, ``error``); unset leaves logging alone."""
    raw = os.environ.get("RUNCRATE_LOG")
    if not raw:
        return
    level = _LEVELS.get(raw.strip().lower())
    if level is None:
        raise ConfigurationError(
            f"RUNCRATE_LOG={raw!r} is not a log level; expected one of {', '.join(_LEVELS)}."
        )
    logger.setLevel(level)
    if not any(getattr(handler, _HANDLER_MARK, False) for handler in logger.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        setattr(handler, _HANDLER_MARK, True)
        logger.addHandler(handler)


_HTTP_LOGGERS = (
    "httpx",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)


class _SecretsFilter(logging.Filter):
    """Blanks out of a record every API key and the query of every signed URL being requested."""

    def filter(self, record: logging.LogRecord) -> bool:
        secrets = log_secrets()
        try:
            message = record.getMessage()
        except Exception:  # a malformed record: logging itself reports it when it formats the record
            return True
        if any(secret in message for secret in secrets):
            record.msg, record.args = redact(message, secrets), ()
        return True


def _filter_http_loggers() -> None:
    for name in _HTTP_LOGGERS:
        http_logger = logging.getLogger(name)
        if not any(isinstance(existing, _SecretsFilter) for existing in http_logger.filters):
            http_logger.addFilter(_SecretsFilter())


_filter_http_loggers()
