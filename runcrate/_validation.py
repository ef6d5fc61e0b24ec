"""What the generated checks raise, and the near-miss rule for keywords.

The checks themselves are generated from the spec (``runcrate/_generated/resources``) as straight-line
code on every call; they call into this module only to build the error, so a valid call costs no
function call here. Every error names the parameter, the value and what was expected, before any
request is sent.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

__all__ = [
    "exactly_one",
    "invalid",
    "missing",
    "near_miss",
    "none_of",
    "not_together",
    "shown",
    "unexpected_keywords",
]

_SHOWN_VALUE = 80
_SUBSTITUTION_MIN_LENGTH = 8


def shown(value: object) -> str:
    """``repr(value)``, cut short: a parameter can be anything a caller passed."""
    text = repr(value)
    return text if len(text) <= _SHOWN_VALUE else text[:_SHOWN_VALUE] + "…"


def invalid(name: str, value: object, expected: str) -> ValueError:
    """``name`` holds ``value`` where ``expected`` was wanted."""
    return ValueError(f"{name} must be {expected}, got {shown(value)}")


def missing(name: str, expected: str) -> ValueError:
    """A required parameter was not given (or was ``None``)."""
    return ValueError(f"{name} is required: expected {expected}")


def exactly_one(names: Iterable[str], given: Collection[str]) -> ValueError:
    """Several of a set of alternatives were given, or none."""
    choices = " or ".join(names)
    found = f"got {', '.join(given)}" if given else "got none of them"
    return ValueError(f"give exactly one of {choices} ({found})")


def none_of(names: Iterable[str]) -> ValueError:
    """A partial update without any field to change."""
    return ValueError(f"give at least one of {', '.join(names)} (there is nothing to change)")


def not_together(names: Iterable[str]) -> ValueError:
    """Fields that exclude each other were given together."""
    return ValueError(f"give {' or '.join(names)}, not both")


def _one_edit_apart(typed: str, known: str) -> bool:
    """One inserted or dropped character, two neighbours swapped, or (in a long name) one replaced."""
    if typed == known:
        return False
    if len(typed) == len(known):
        differences = [index for index, (a, b) in enumerate(zip(typed, known, strict=True)) if a != b]
        if len(differences) == 2 and differences[1] == differences[0] + 1:
            first, second = differences
            return typed[first] == known[second] and typed[second] == known[first]
        return len(differences) == 1 and len(known) >= _SUBSTITUTION_MIN_LENGTH
    shorter, longer = sorted((typed, known), key=len)
    if len(longer) - len(shorter) != 1:
        return False
    return any(longer[:index] + longer[index + 1 :] == shorter for index in range(len(longer)))


def _folded(name: str) -> str:
    return name.replace("-", "").replace("_", "").lower()


def near_miss(name: str, known: Iterable[str]) -> str | None:
    """The known parameter ``name`` was probably meant to be, if it is one typo away.

    ``temprature`` → ``temperature``, ``max_token`` → ``max_tokens``, ``widht`` → ``width``,
    ``maxTokens`` → ``max_tokens``; a different short name (``top_k`` beside ``top_p``) is no typo.
    """
    folded = _folded(name)
    for candidate in known:
        if folded == _folded(candidate) or _one_edit_apart(name, candidate):
            return candidate
    return None


def unexpected_keywords(names: Iterable[str], known: Collection[str]) -> TypeError:
    """Keywords a method does not take, each with the name it probably meant."""
    described: list[str] = []
    for name in names:
        guess = near_miss(name, known)
        described.append(f"{name!r}" + (f" (did you mean {guess!r}?)" if guess else ""))
    return TypeError(f"unexpected keyword argument(s) {', '.join(described)}")
