"""The ``runcrate`` logger and the ``RUNCRATE_LOG`` switch.

Nothing here ever logs a header value: requests are logged as method, URL (which never holds the key),
status and request id. ``RUNCRATE_LOG=debug`` (or ``info``) attaches a stderr handler once.
"""

from __future__ import annotations

import logging
import os

from runcrate._errors import ConfigurationError

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
