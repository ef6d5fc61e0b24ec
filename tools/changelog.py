"""CHANGELOG.md as the breaking-change gate reads it.

The file follows Keep a Changelog 1.1.0: ``## [Unreleased]`` first, then one ``## [X.Y.Z] -
YYYY-MM-DD`` section per release, newest first, each with ``### Added`` / ``### Changed`` /
``### Deprecated`` / ``### Removed`` / ``### Fixed`` / ``### Security`` lists.

The rule the gate applies (docs/versioning.md states it for people):

- an *entry* is a top-level list item (a line starting with ``- ``) with the lines that continue it;
- a *breaking entry* is an entry whose text starts with ``**Breaking**``;
- a breaking change is *recorded* when its identifier is written in backticks in a breaking entry of
  the Unreleased section. ``*`` in a recorded identifier stands for any run of characters other
  than ``.``, ``/`` and spaces, so ``runcrate.models.*.to_dict`` records the method on every model.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

UNRELEASED = "Unreleased"
BREAKING = "**Breaking**"
_SECTION = re.compile(r"^## \[(?P<name>[^\]]+)\](?: - (?P<date>\d{4}-\d{2}-\d{2}))?\s*$")
_VERSION = re.compile(r"^(?P<major>0|[1-9]\d*)\.(?P<minor>0|[1-9]\d*)\.(?P<patch>0|[1-9]\d*)$")
_CODE = re.compile(r"`([^`\n]+)`")


@dataclass
class Section:
    name: str
    """``Unreleased`` or a version such as ``0.2.0``."""
    date: str | None
    line: int
    entries: list[str] = field(default_factory=list)

    @property
    def breaking_entries(self) -> list[str]:
        return [entry for entry in self.entries if entry.startswith(BREAKING)]

    @property
    def recorded(self) -> set[str]:
        """The identifiers written in backticks in this section's breaking entries."""
        return {code.strip() for entry in self.breaking_entries for code in _CODE.findall(entry)}


class ChangelogError(ValueError):
    """CHANGELOG.md does not have the shape the gate needs."""


def parse(text: str) -> list[Section]:
    """The ``## [...]`` sections in file order, each with its entries (continuation lines joined).

    An entry goes on over indented lines (blank lines between them included) and over unindented
    lines that directly follow it (Markdown's lazy continuation); a heading, a new ``- `` item or
    unindented text after a blank line ends it.
    """
    sections: list[Section] = []
    entry: list[str] | None = None
    after_blank = False
    for number, line in enumerate(text.splitlines(), start=1):
        heading = _SECTION.match(line)
        continues = entry is not None and (line[:1].isspace() or not after_blank)
        if heading or line.startswith(("#", "- ")) or (line.strip() and not continues):
            _close(sections, entry)
            entry = None
        if heading:
            sections.append(Section(heading["name"], heading["date"], number))
        elif line.startswith("- ") and sections:
            entry = [line[2:].strip()]
        elif entry is not None and line.strip():
            entry.append(line.strip())
        after_blank = not line.strip()
    _close(sections, entry)
    return sections


def _close(sections: list[Section], entry: list[str] | None) -> None:
    if entry is not None:
        sections[-1].entries.append(" ".join(entry))


def unreleased(sections: list[Section]) -> Section:
    if not sections or sections[0].name != UNRELEASED:
        raise ChangelogError("CHANGELOG.md must start its sections with '## [Unreleased]'")
    return sections[0]


def releases(sections: list[Section]) -> list[Section]:
    """The released sections, newest first; each named by a valid version with a date, in order."""
    found = [section for section in sections if section.name != UNRELEASED]
    for section in found:
        if not _VERSION.match(section.name) or section.date is None:
            raise ChangelogError(
                f"CHANGELOG.md:{section.line}: a release heading reads '## [X.Y.Z] - YYYY-MM-DD', "
                f"not '## [{section.name}]'"
            )
    for newer, older in itertools.pairwise(found):
        if version(newer.name) <= version(older.name):
            raise ChangelogError(f"CHANGELOG.md:{newer.line}: {newer.name} is listed above {older.name}")
    return found


def version(text: str) -> tuple[int, int, int]:
    match = _VERSION.match(text)
    if match is None:
        raise ChangelogError(f"{text!r} is not a MAJOR.MINOR.PATCH version")
    return int(match["major"]), int(match["minor"]), int(match["patch"])


def allows_breaking(older: str, newer: str) -> bool:
    """Semantic versioning: a breaking release raises MAJOR, or MINOR while MAJOR is 0."""
    old, new = version(older), version(newer)
    if old[0] == 0:
        return new[0] > 0 or new[1] > old[1]
    return new[0] > old[0]


def is_recorded(identifier: str, recorded: set[str]) -> bool:
    return any(identifier == pattern or _wildcard(pattern).fullmatch(identifier) for pattern in recorded)


def _wildcard(pattern: str) -> re.Pattern[str]:
    return re.compile("[^./ ]+".join(re.escape(part) for part in pattern.split("*")))
