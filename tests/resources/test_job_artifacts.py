"""client.jobs.artifacts against the fake server, with both clients."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest

from runcrate import ApiError, ChecksumMismatchError, NotFoundError
from runcrate.testing import FakeRuncrate
from tests.resources.conftest import call

SPEC: dict[str, Any] = {"command": "python train.py", "gpu_type": "H100", "max_runtime_minutes": 30}
CONTENT = b"checkpoint bytes " * 4096
SIGNED_ARTIFACTS = "/signed/artifacts/*"


async def job_with_artifact(client: Any, fake: FakeRuncrate, path: str = "out/model.bin") -> str:
    job = await call(client.jobs.run(**SPEC))
    fake.world.component("jobs").add_artifact(job.id, path, CONTENT)
    return str(job.id)


def files_in(directory: Path) -> list[str]:
    return sorted(path.name for path in directory.iterdir())


async def test_list_gives_path_size_and_sha256(client: Any, fake: FakeRuncrate) -> None:
    job_id = await job_with_artifact(client, fake)
    [artifact] = await call(client.jobs.artifacts.list(job_id))
    assert (artifact.path, artifact.bytes, artifact.sha256) == (
        "out/model.bin",
        len(CONTENT),
        hashlib.sha256(CONTENT).hexdigest(),
    )
    assert artifact["bytes"] == len(CONTENT)
    with pytest.raises(NotFoundError):
        await call(client.jobs.artifacts.list("job_unknown"))


async def test_url_is_the_redirect_target_and_needs_no_key(client: Any, fake: FakeRuncrate) -> None:
    job_id = await job_with_artifact(client, fake)
    url = await call(client.jobs.artifacts.url(job_id, "out/model.bin"))
    assert url.startswith(f"{fake.url}/signed/artifacts/")
    assert "signature=" in url
    with pytest.raises(NotFoundError):
        await call(client.jobs.artifacts.url(job_id, "out/missing.bin"))


async def test_url_keeps_the_slashes_of_the_artifact_path(client: Any, fake: FakeRuncrate) -> None:
    job_id = await job_with_artifact(client, fake, "out dir/model v1.bin")
    await call(client.jobs.artifacts.url(job_id, "out dir/model v1.bin"))
    redirect = next(r for r in fake.requests if r.path.startswith("/api/v1") and "/artifacts/" in r.path)
    assert redirect.raw_path.endswith("/artifacts/out%20dir/model%20v1.bin")


async def test_download_returns_verified_bytes_without_sending_the_key(
    client: Any, fake: FakeRuncrate
) -> None:
    job_id = await job_with_artifact(client, fake)
    assert await call(client.jobs.artifacts.download(job_id, "out/model.bin")) == CONTENT
    signed = fake.world.component("signed_urls").requests
    assert [(r.method, r.authorization, r.environment) for r in signed] == [("GET", None, None)]


async def test_download_to_a_directory_or_a_file(client: Any, fake: FakeRuncrate, tmp_path: Path) -> None:
    job_id = await job_with_artifact(client, fake)
    into_directory = await call(client.jobs.artifacts.download(job_id, "out/model.bin", to=tmp_path))
    assert into_directory == tmp_path / "model.bin"
    as_file = await call(
        client.jobs.artifacts.download(job_id, "out/model.bin", to=str(tmp_path / "copy.bin"))
    )
    assert as_file == tmp_path / "copy.bin"
    assert into_directory.read_bytes() == as_file.read_bytes() == CONTENT
    assert files_in(tmp_path) == ["copy.bin", "model.bin"]


async def test_a_succeeded_jobs_default_artifacts(client: Any, fake: FakeRuncrate, tmp_path: Path) -> None:
    job = await call(client.jobs.run(**SPEC))
    await call(client.jobs.wait(job.id))
    listed = {artifact.path: artifact for artifact in await call(client.jobs.artifacts.list(job.id))}
    assert set(listed) == {"model/weights.bin", "outputs/result.json"}
    saved = await call(client.jobs.artifacts.download(job.id, "model/weights.bin", to=tmp_path))
    assert saved.stat().st_size == listed["model/weights.bin"].bytes
    assert hashlib.sha256(saved.read_bytes()).hexdigest() == listed["model/weights.bin"].sha256


async def test_a_checksum_mismatch_raises_and_leaves_no_file(
    client: Any, fake: FakeRuncrate, tmp_path: Path
) -> None:
    job_id = await job_with_artifact(client, fake)
    (tmp_path / "model.bin").write_bytes(b"the good copy from yesterday")
    fake.world.component("jobs").corrupt_artifact(job_id, "out/model.bin")
    with pytest.raises(ChecksumMismatchError) as mismatch:
        await call(client.jobs.artifacts.download(job_id, "out/model.bin", to=tmp_path))
    assert mismatch.value.expected == hashlib.sha256(CONTENT).hexdigest()
    assert files_in(tmp_path) == ["model.bin"]
    assert (tmp_path / "model.bin").read_bytes() == b"the good copy from yesterday"
    with pytest.raises(ChecksumMismatchError):
        await call(client.jobs.artifacts.download(job_id, "out/model.bin"))


async def test_a_download_cut_short_is_retried_from_the_start(
    client: Any, fake: FakeRuncrate, tmp_path: Path
) -> None:
    job_id = await job_with_artifact(client, fake)
    fake.faults.add("GET", SIGNED_ARTIFACTS, truncate_body_at=1000)
    saved = await call(client.jobs.artifacts.download(job_id, "out/model.bin", to=tmp_path))
    assert saved.read_bytes() == CONTENT
    assert fake.attempts("GET", SIGNED_ARTIFACTS) == 2
    assert files_in(tmp_path) == ["model.bin"]


async def test_a_refused_signed_url_is_download_failed(
    client: Any, fake: FakeRuncrate, tmp_path: Path
) -> None:
    job_id = await job_with_artifact(client, fake)
    fake.faults.add(
        "GET", SIGNED_ARTIFACTS, statuses=[(403, {}, b"<Error><Code>AccessDenied</Code></Error>")]
    )
    with pytest.raises(ApiError) as refused:
        await call(client.jobs.artifacts.download(job_id, "out/model.bin", to=tmp_path))
    assert refused.value.code == "download_failed"
    assert files_in(tmp_path) == []


async def test_unknown_artifacts_and_jobs_are_not_found(
    client: Any, fake: FakeRuncrate, tmp_path: Path
) -> None:
    job_id = await job_with_artifact(client, fake)
    with pytest.raises(NotFoundError):
        await call(client.jobs.artifacts.download(job_id, "out/missing.bin", to=tmp_path))
    with pytest.raises(NotFoundError):
        await call(client.jobs.artifacts.download("job_unknown", "out/model.bin"))
    assert files_in(tmp_path) == []
