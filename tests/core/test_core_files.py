"""Binary responses, atomic downloads with checksums, signed-URL transfers and replayable uploads."""

from __future__ import annotations

import hashlib
import io
import logging
from pathlib import Path
from typing import Any

import pytest

from runcrate import (
    AsyncBinaryResponse,
    AsyncRuncrate,
    BinaryResponse,
    ChecksumMismatchError,
    ConfigurationError,
    PermissionDeniedError,
    Runcrate,
    UnexpectedRedirectError,
)
from runcrate import ConnectionError as RuncrateConnectionError
from runcrate._files import AtomicFile, UploadBody
from runcrate._generated.api.jobs import create_job_upload, get_job_artifact, submit_job
from runcrate._generated.api.videos import create_video, download_video
from runcrate._generated.models.create_job_upload_request import CreateJobUploadRequest
from runcrate._generated.models.job_spec import JobSpec
from runcrate._generated.models.video_create_request import VideoCreateRequest
from runcrate.testing import FakeRuncrate

ARTIFACT = b"weights " * 50_000
SIGNED_ARTIFACTS = "/signed/artifacts/*"
SIGNED_UPLOADS = "/signed/uploads/*"


def leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir())


# ----- AtomicFile and UploadBody -------------------------------------------------------------------


def test_atomic_file_renames_into_place(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    with AtomicFile(target, sha256=hashlib.sha256(b"abc").hexdigest().upper()) as out:
        out.write(b"a")
        out.write(b"bc")
        assert not target.exists()
    assert target.read_bytes() == b"abc"
    assert leftovers(tmp_path) == ["out.bin"]


def test_atomic_file_failure_leaves_the_old_file_and_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), AtomicFile(target) as out:
        out.write(b"partial")
        raise RuntimeError("transfer failed")
    assert target.read_bytes() == b"old"
    assert leftovers(tmp_path) == ["out.bin"]


def test_atomic_file_checksum_mismatch(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    with pytest.raises(ChecksumMismatchError) as caught, AtomicFile(target, sha256="0" * 64) as out:
        out.write(b"abc")
    assert caught.value.actual == hashlib.sha256(b"abc").hexdigest()
    assert leftovers(tmp_path) == []


def test_atomic_file_needs_an_existing_directory(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match="does not exist"), AtomicFile(tmp_path / "missing" / "x"):
        pass


def test_upload_bodies_replay(tmp_path: Path) -> None:
    path = tmp_path / "code.tar.gz"
    path.write_bytes(b"0123456789")
    file = io.BytesIO(b"xx0123456789")
    file.seek(2)
    for source in (b"0123456789", path, str(path), file):
        body = UploadBody(source)
        assert body.length == 10 and body.replayable
        assert b"".join(body.iter_sync()) == b"".join(body.iter_sync()) == b"0123456789"


def test_non_seekable_upload_is_sent_once(tmp_path: Path) -> None:
    class Pipe(io.RawIOBase):
        def readable(self) -> bool:
            return True

        def readinto(self, buffer: Any) -> int:
            return 0

    assert UploadBody(Pipe()).replayable is False  # type: ignore[arg-type]


def test_upload_source_errors(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match="not a readable file"):
        UploadBody(tmp_path / "missing")
    with pytest.raises(ConfigurationError, match="bytes, a path or a binary file"):
        UploadBody(42)  # type: ignore[arg-type]
    text = (tmp_path / "t.txt").open("w+")
    text.write("hi")
    with pytest.raises(ConfigurationError, match="binary mode"):
        b"".join(UploadBody(text).iter_sync())  # type: ignore[arg-type]
    text.close()


# ----- binary API responses (video download) -------------------------------------------------------


def finished_video(client: Runcrate, fake: FakeRuncrate) -> str:
    body = VideoCreateRequest.from_dict({"model": "fake/video", "prompt": "a cat surfing"})
    video = client._engine.request(create_video, body=body)
    fake.clock.advance(60)
    return str(video.id)


def test_binary_response_streams_to_a_file(client: Runcrate, fake: FakeRuncrate, tmp_path: Path) -> None:
    video_id = finished_video(client, fake)
    with client._engine.request_binary(download_video, video_id, make_response=BinaryResponse) as video:
        assert isinstance(video, BinaryResponse)
        assert video.content_type == "video/mp4"
        saved = video.write_to_file(tmp_path / "cat.mp4")
    data = saved.read_bytes()
    assert data[4:8] == b"ftyp"
    assert (
        client._engine.request_binary(download_video, video_id, make_response=BinaryResponse).read() == data
    )
    chunks = list(
        client._engine.request_binary(download_video, video_id, make_response=BinaryResponse).iter_bytes(1000)
    )
    assert b"".join(chunks) == data and max(len(c) for c in chunks) <= 1000


def test_binary_body_cut_short_leaves_no_file(client: Runcrate, fake: FakeRuncrate, tmp_path: Path) -> None:
    video_id = finished_video(client, fake)
    fake.faults.add("GET", "/v1/videos/{id}/download", truncate_body_at=100)
    video = client._engine.request_binary(download_video, video_id, make_response=BinaryResponse)
    with pytest.raises(RuncrateConnectionError):
        video.write_to_file(tmp_path / "cat.mp4")
    assert leftovers(tmp_path) == []
    assert video.response.is_closed


def test_binary_errors_carry_the_server_message(client: Runcrate) -> None:
    with pytest.raises(Exception) as caught:
        client._engine.request_binary(download_video, "vid_missing", make_response=BinaryResponse)
    assert "vid_missing" in str(caught.value)


async def test_async_binary_response(
    async_client: AsyncRuncrate, client: Runcrate, fake: FakeRuncrate, tmp_path: Path
) -> None:
    video_id = finished_video(client, fake)
    video = await async_client._engine.request_binary(
        download_video, video_id, make_response=AsyncBinaryResponse
    )
    saved = await video.write_to_file(tmp_path / "cat.mp4")
    assert saved.read_bytes()[4:8] == b"ftyp"
    fake.faults.add("GET", "/v1/videos/{id}/download", truncate_body_at=100)
    broken = await async_client._engine.request_binary(
        download_video, video_id, make_response=AsyncBinaryResponse
    )
    with pytest.raises(RuncrateConnectionError):
        await broken.write_to_file(tmp_path / "other.mp4")
    assert leftovers(tmp_path) == ["cat.mp4"]


# ----- signed artifact downloads -------------------------------------------------------------------


def job_with_artifact(client: Runcrate, fake: FakeRuncrate, content: bytes = ARTIFACT) -> str:
    spec = JobSpec.from_dict({"command": "train", "gpu_type": "H100", "max_runtime_minutes": 5})
    job_id = str(client._engine.request(submit_job, body=spec).data.id)
    fake.world.component("jobs").add_artifact(job_id, "out/model.bin", content)
    return job_id


def artifact_url(client: Runcrate, job_id: str) -> str:
    return client._engine.request_redirect(get_job_artifact, job_id, "out/model.bin")


def test_artifact_redirect_then_atomic_verified_download(fake: FakeRuncrate, tmp_path: Path) -> None:
    with Runcrate(
        api_key=fake.api_key, base_url=fake.url, inference_url=fake.url, environment="main"
    ) as client:
        url = artifact_url(client, job_with_artifact(client, fake))
        assert url.startswith(f"{fake.url}/signed/artifacts/")
        path = client._engine.download_to_file(
            url, tmp_path / "model.bin", sha256=hashlib.sha256(ARTIFACT).hexdigest()
        )
    assert path.read_bytes() == ARTIFACT
    assert leftovers(tmp_path) == ["model.bin"]
    signed = fake.world.component("signed_urls").requests
    assert [(r.method, r.authorization, r.environment) for r in signed] == [("GET", None, None)]
    redirect_call = next(r for r in fake.requests if "/artifacts/" in r.path and r.path.startswith("/api/v1"))
    assert redirect_call.query == "environment=main"
    assert fake.attempts("*", "*") == 3


def test_a_download_cut_short_is_retried_from_the_start(
    client: Runcrate, fake: FakeRuncrate, tmp_path: Path
) -> None:
    url = artifact_url(client, job_with_artifact(client, fake))
    fake.faults.add("GET", SIGNED_ARTIFACTS, truncate_body_at=1000)
    client._engine.download_to_file(url, tmp_path / "model.bin", sha256=hashlib.sha256(ARTIFACT).hexdigest())
    assert (tmp_path / "model.bin").read_bytes() == ARTIFACT
    assert fake.attempts("GET", SIGNED_ARTIFACTS) == 2


def test_a_corrupt_download_is_not_kept(client: Runcrate, fake: FakeRuncrate, tmp_path: Path) -> None:
    job_id = job_with_artifact(client, fake)
    fake.world.component("jobs").corrupt_artifact(job_id, "out/model.bin")
    with pytest.raises(ChecksumMismatchError):
        client._engine.download_to_file(
            artifact_url(client, job_id), tmp_path / "model.bin", sha256=hashlib.sha256(ARTIFACT).hexdigest()
        )
    assert leftovers(tmp_path) == []


def test_signed_errors_are_typed_and_keep_the_storage_message(
    client: Runcrate, fake: FakeRuncrate, tmp_path: Path
) -> None:
    url = artifact_url(client, job_with_artifact(client, fake))
    fake.clock.advance(7200)
    with pytest.raises(PermissionDeniedError) as caught:
        client._engine.download_to_file(url, tmp_path / "model.bin")
    assert caught.value.code == "download_failed"
    assert "AccessDenied" in caught.value.message
    assert leftovers(tmp_path) == []


def test_signed_redirects_are_not_followed(client: Runcrate, fake: FakeRuncrate, tmp_path: Path) -> None:
    fake.faults.add("GET", "/signed/elsewhere", statuses=[(302, {"Location": "https://other.example/x"}, "")])
    with pytest.raises(UnexpectedRedirectError):
        client._engine.download_to_file(f"{fake.url}/signed/elsewhere", tmp_path / "x")
    assert leftovers(tmp_path) == []


def test_signed_download_streams(client: Runcrate, fake: FakeRuncrate) -> None:
    url = artifact_url(client, job_with_artifact(client, fake))
    assert client._engine.signed_download(url).read() == ARTIFACT


async def test_async_signed_download(
    async_client: AsyncRuncrate, client: Runcrate, fake: FakeRuncrate, tmp_path: Path
) -> None:
    url = artifact_url(client, job_with_artifact(client, fake))
    fake.faults.add("GET", SIGNED_ARTIFACTS, truncate_body_at=10)
    digest = hashlib.sha256(ARTIFACT).hexdigest()
    await async_client._engine.download_to_file(url, tmp_path / "model.bin", sha256=digest)
    assert (tmp_path / "model.bin").read_bytes() == ARTIFACT
    assert (await (await async_client._engine.signed_download(url)).read()) == ARTIFACT


# ----- signed uploads ------------------------------------------------------------------------------


def reserve_upload(client: Runcrate, content: bytes) -> tuple[str, str]:
    body = CreateJobUploadRequest.from_dict(
        {"bytes": len(content), "sha256": hashlib.sha256(content).hexdigest()}
    )
    upload = client._engine.request(create_job_upload, body=body).data
    assert isinstance(upload.url, str)
    return str(upload.upload_id), upload.url


@pytest.mark.parametrize("kind", ["bytes", "path", "file"])
def test_upload_is_retried_with_the_whole_body(
    client: Runcrate, fake: FakeRuncrate, tmp_path: Path, kind: str
) -> None:
    content = b"archive" * 30_000
    upload_id, url = reserve_upload(client, content)
    path = tmp_path / "code.tar.gz"
    path.write_bytes(content)
    source: Any = {"bytes": content, "path": path, "file": path.open("rb")}[kind]
    fake.faults.add("PUT", SIGNED_UPLOADS, statuses=[503])
    client._engine.signed_upload(url, source, content_type="application/gzip")
    assert fake.world.component("uploads").content(upload_id) == content
    assert fake.attempts("PUT", SIGNED_UPLOADS) == 2
    signed = fake.world.component("signed_urls").requests
    assert all(r.authorization is None for r in signed)
    put = fake.requests[-1]
    assert put.headers["content-length"] == str(len(content))
    assert "transfer-encoding" not in put.headers


async def test_async_upload_from_a_path(
    async_client: AsyncRuncrate, client: Runcrate, fake: FakeRuncrate, tmp_path: Path
) -> None:
    content = b"archive" * 1000
    upload_id, url = reserve_upload(client, content)
    path = tmp_path / "code.tar.gz"
    path.write_bytes(content)
    fake.faults.add("PUT", SIGNED_UPLOADS, drop_before_response=True)
    await async_client._engine.signed_upload(url, path)
    assert fake.world.component("uploads").content(upload_id) == content


def test_signed_url_signatures_stay_out_of_messages_and_logs(
    client: Runcrate, fake: FakeRuncrate, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    url = artifact_url(client, job_with_artifact(client, fake))
    fake.faults.add("GET", SIGNED_ARTIFACTS, drop_before_response=True, times=10)
    with caplog.at_level(logging.DEBUG, logger="runcrate"), pytest.raises(RuncrateConnectionError) as caught:
        client._engine.download_to_file(url, tmp_path / "model.bin")
    signature = url.partition("?")[2]
    assert signature and signature not in str(caught.value)
    assert url.partition("?")[0] + "?…" in str(caught.value)
    assert caplog.records and all(signature not in record.getMessage() for record in caplog.records)
