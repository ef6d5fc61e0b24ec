"""How the breaking-change gate reads CHANGELOG.md (the rule docs/versioning.md states)."""

from __future__ import annotations

from pathlib import Path

import pytest

import runcrate
from tools import changelog

ROOT = Path(__file__).resolve().parents[2]

SAMPLE = """\
# Changelog

Intro that mentions `client.intro` and **Breaking** in passing.

- **Breaking**: `client.before_any_section` (a list item above every section).

## [Unreleased]

### Changed

- **Breaking**: `client.instances.create` no longer takes `gpu_type`;
use `instance_type_id`.
- Not breaking: `client.not_breaking`.
- **Breaking** `runcrate.models.*.to_dict`:

  removed, as was `GET /instances`.

Unindented text after a blank line: `client.after_blank`.

### Removed

  - **Breaking**: `client.indented_item` (not a top-level item).
- Breaking: `client.not_bold`.

## [0.2.0] - 2026-12-01

- **Breaking**: `client.released` (recorded in a release, not Unreleased).

## [0.1.0] - 2026-11-27

- First.
"""


def test_only_breaking_entries_of_unreleased_record_identifiers() -> None:
    pending = changelog.unreleased(changelog.parse(SAMPLE))
    assert pending.recorded == {
        "client.instances.create",
        "gpu_type",
        "instance_type_id",
        "runcrate.models.*.to_dict",
        "GET /instances",
    }


def test_entries_join_their_continuation_lines() -> None:
    pending = changelog.unreleased(changelog.parse(SAMPLE))
    assert pending.entries[0] == (
        "**Breaking**: `client.instances.create` no longer takes `gpu_type`; use `instance_type_id`."
    )
    assert pending.entries[2] == "**Breaking** `runcrate.models.*.to_dict`: removed, as was `GET /instances`."
    assert len(pending.entries) == 4  # the indented item continues nothing: it is text of its own


@pytest.mark.parametrize(
    ("identifier", "recorded"),
    [
        ("client.instances.create", True),
        ("runcrate.models.Instance.to_dict", True),
        ("runcrate.models.Instance.from_dict", False),
        ("runcrate.models.a.b.to_dict", False),  # `*` is one path segment
        ("runcrate.models..to_dict", False),
        ("GET /instances", True),
        ("GET /instances/{id}", False),
        ("client.instances", False),  # no prefix matching
        ("client.instances.create.extra", False),
        ("client.released", False),
        ("client.not_breaking", False),
        ("client.after_blank", False),
        ("client.indented_item", False),
        ("client.not_bold", False),
        ("client.intro", False),
        ("client.before_any_section", False),
    ],
)
def test_is_recorded(identifier: str, recorded: bool) -> None:
    pending = changelog.unreleased(changelog.parse(SAMPLE))
    assert changelog.is_recorded(identifier, pending.recorded) is recorded


def test_a_wildcard_never_crosses_a_slash_or_space() -> None:
    assert changelog.is_recorded("DELETE /ssh-keys/{id}", {"* /ssh-keys/{id}"})
    assert not changelog.is_recorded("DELETE /ssh-keys/{id}", {"*"})
    assert not changelog.is_recorded("client.a.b", {"client.*"})
    assert changelog.is_recorded("client.a", {"client.*"})


def test_releases_are_versions_with_dates_newest_first() -> None:
    sections = changelog.parse(SAMPLE)
    assert [s.name for s in changelog.releases(sections)] == ["0.2.0", "0.1.0"]
    assert changelog.releases(sections)[0].breaking_entries == [
        "**Breaking**: `client.released` (recorded in a release, not Unreleased)."
    ]


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("## [0.1.0] - 2026-11-27\n", r"must start its sections with '## \[Unreleased\]'"),
        ("# Changelog\n", r"must start its sections with '## \[Unreleased\]'"),
    ],
)
def test_unreleased_comes_first(text: str, error: str) -> None:
    with pytest.raises(changelog.ChangelogError, match=error):
        changelog.unreleased(changelog.parse(text))


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("## [Unreleased]\n## [0.1]\n", r"reads '## \[X.Y.Z\] - YYYY-MM-DD', not '## \[0.1\]'"),
        ("## [Unreleased]\n## [0.1.0]\n", r"not '## \[0.1.0\]'"),
        (
            "## [Unreleased]\n## [0.1.0] - 2026-01-01\n## [0.2.0] - 2026-02-01\n",
            "0.1.0 is listed above 0.2.0",
        ),
        (
            "## [Unreleased]\n## [1.0.0] - 2026-01-01\n## [1.0.0] - 2026-01-01\n",
            "1.0.0 is listed above 1.0.0",
        ),
    ],
)
def test_malformed_release_headings_are_refused(text: str, error: str) -> None:
    with pytest.raises(changelog.ChangelogError, match=error):
        changelog.releases(changelog.parse(text))


@pytest.mark.parametrize(
    ("older", "newer", "allowed"),
    [
        ("0.1.0", "0.2.0", True),
        ("0.1.0", "0.1.1", False),
        ("0.9.3", "1.0.0", True),
        ("1.2.0", "1.3.0", False),
        ("1.2.0", "2.0.0", True),
        ("1.2.0", "1.2.1", False),
    ],
)
def test_breaking_releases_raise_major_or_minor_below_one(older: str, newer: str, allowed: bool) -> None:
    assert changelog.allows_breaking(older, newer) is allowed


@pytest.mark.parametrize("text", ["1.0", "01.0.0", "1.0.0-rc1", "", "v1.0.0"])
def test_versions_are_plain_semver_triples(text: str) -> None:
    with pytest.raises(changelog.ChangelogError, match=r"MAJOR\.MINOR\.PATCH"):
        changelog.version(text)


def test_the_projects_changelog_matches_the_version() -> None:
    sections = changelog.parse((ROOT / "CHANGELOG.md").read_text(encoding="utf-8"))
    changelog.unreleased(sections)
    assert changelog.releases(sections)[0].name == runcrate.__version__
