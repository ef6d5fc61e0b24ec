"""Which classes ``runcrate.resources`` exports, read from the resource modules' source."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.public_resources import public_resource_classes

GENERATED = """
class Jobs(SyncResource): ...
class JobsWithRawResponse: ...
class JobsArtifacts(SyncResource): ...
class JobsArtifactsWithRawResponse: ...
class Metrics(SyncResource): ...
class _Helper: ...
"""
HAND_WRITTEN = """
class Jobs(generated.Jobs): ...
class JobArtifacts(generated.JobsArtifacts): ...
class JobArtifactsWithStreamingResponse: ...
class JobsResponse(BinaryResponse): ...
class Models(SyncResource): ...
"""


def _write(directory: Path, name: str, text: str) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / name).write_text(text, encoding="utf-8")
    return directory


def test_a_hand_written_class_replaces_the_generated_one_it_extends(tmp_path: Path) -> None:
    generated = _write(tmp_path / "generated", "jobs.py", GENERATED)
    written = _write(tmp_path / "written", "jobs.py", HAND_WRITTEN)
    assert public_resource_classes(generated, {"runcrate.resources._sync": written}) == {
        "JobArtifacts": "runcrate.resources._sync.jobs",
        "JobArtifactsWithStreamingResponse": "runcrate.resources._sync.jobs",
        "Jobs": "runcrate.resources._sync.jobs",
        "JobsArtifactsWithRawResponse": "runcrate._generated.resources.jobs",
        "JobsWithRawResponse": "runcrate._generated.resources.jobs",
        "Metrics": "runcrate._generated.resources.jobs",  # a new resource reaches users by itself
        "Models": "runcrate.resources._sync.jobs",
    }


def test_two_classes_of_one_name_are_refused(tmp_path: Path) -> None:
    generated = _write(tmp_path / "generated", "jobs.py", GENERATED)
    written = _write(tmp_path / "written", "jobs.py", "class Metrics(SyncResource): ...\n")
    with pytest.raises(ValueError, match="two resource classes named Metrics"):
        public_resource_classes(generated, {"runcrate.resources._sync": written})
