# Generated from runcrate/resources/_async by unasync (generator/sync_twins.py). Do not edit: change the async resource and run `make generate`.
"""Local argument checks: a clear ``ValueError`` naming the parameter, before any request is sent.

Parameters are typed ``object`` on purpose: these run on whatever a caller passed at run time.
"""

from __future__ import annotations

__all__ = ["check_flag", "check_text", "check_whole"]


def check_text(name: str, value: object) -> None:
    """``value`` must be a string with something other than whitespace in it."""
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{name} must be a non-empty string, got {value!r}")


def check_flag(name: str, value: object) -> None:
    """``value`` must be ``True`` or ``False``."""
    if not isinstance(value, bool):
        raise ValueError(f"{name} must be True or False, got {value!r}")


def check_whole(name: str, value: object, *, minimum: int, maximum: int | None = None) -> None:
    """``value`` must be an ``int`` (not a ``bool``) within ``minimum``..``maximum``."""
    in_range = (
        isinstance(value, int)
        and not isinstance(value, bool)
        and value >= minimum
        and (maximum is None or value <= maximum)
    )
    if not in_range:
        bounds = f">= {minimum}" if maximum is None else f"from {minimum} to {maximum}"
        raise ValueError(f"{name} must be a whole number {bounds}, got {value!r}")
