"""Byte-level ``on_progress`` on code uploads, artifact and video downloads, with both clients: counts that
only grow and end at the total, retries included; an async callback awaited on ``AsyncRuncrate``
and refused by the sync client before any request."""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Any

import anyio
import pytest

from runcrate import Runcrate
from runcrate._files import CHUNK_SIZE
from runcrate.testing import FakeRuncrate
from tests.resources.conftest import call

SPEC: dict[str, Any] = {"command": "python train.py", "gpu_type": "H100", "max_runtime_minutes": 30}
SIGNED_UPLOADS = "/signed/uploads/*"
SIGNED_ARTIFACTS = "/signed/artifacts/*"
VIDEO = "google/veo-3.0"
VIDEO_DOWNLOAD = "/v1/videos/{id}/download"
ARCHIVE = bytes(range(256)) * (CHUNK_SIZE // 256 * 2 + 100)  # a bit over two pieces


class Recorder:
    """An ``on_progress`` of the client's own kind: async (awaited, with a real await) on
    ``AsyncRuncrate``, a plain function on ``Runcrate``."""

    def __init__(self, client: Any) -> None:
        self.calls: list[tuple[int, int | None]] = []
        self.callback: Any = self._plain if isinstance(client, Runcrate) else self._async

    def _plain(self, done: int, total: int | None) -> None:
        self.calls.append((done, total))

    async def _async(self, done: int, total: int | None) -> None:
        await anyio.sleep(0)  # runs only when the coroutine is awaited
        self.calls.append((done, total))

    def assert_grew_to(self, total: int) -> None:
        counts = [done for done, _ in self.calls]
        assert counts == sorted(set(counts)), counts  # strictly increasing
        assert self.calls[-1] == (total, total)
        assert {seen_total for _, seen_total in self.calls} == {total}


async def test_an_upload_tells_its_bytes_as_they_go_out(client: Any, fake: FakeRuncrate) -> None:
    progress = Recorder(client)
    await call(client.jobs.uploads.upload(ARCHIVE, on_progress=progress.callback))
    progress.assert_grew_to(len(ARCHIVE))
    assert len(progress.calls) == 3  # one call per piece sent


async def test_a_retried_upload_never_counts_back(client: Any, fake: FakeRuncrate, tmp_path: Path) -> None:
    archive = tmp_path / "code.tar.gz"
    archive.write_bytes(ARCHIVE)
    fake.faults.add("PUT", SIGNED_UPLOADS, statuses=[503])  # the whole body went out, then a retry
    progress = Recorder(client)
    await call(client.jobs.uploads.upload(archive, on_progress=progress.callback))
    assert fake.attempts("PUT", SIGNED_UPLOADS) == 2
    progress.assert_grew_to(len(ARCHIVE))
    assert len(progress.calls) == 3  # the second attempt told nothing new


async def test_download_all_counts_every_file_to_the_listed_total(
    client: Any, fake: FakeRuncrate, tmp_path: Path
) -> None:
    job = await call(client.jobs.run(**SPEC))
    jobs = fake.world.component("jobs")
    jobs.add_artifact(job.id, "a/big.bin", size=3 * CHUNK_SIZE + 17)
    jobs.add_artifact(job.id, "b/empty.txt", b"")
    jobs.add_artifact(job.id, "c/small.txt", b"small")
    total = 3 * CHUNK_SIZE + 17 + 5
    fake.faults.add("GET", SIGNED_ARTIFACTS, truncate_body_at=CHUNK_SIZE + 1000)  # big.bin: cut, retried
    progress = Recorder(client)
    saved = await call(client.jobs.artifacts.download_all(job.id, to=tmp_path, on_progress=progress.callback))
    assert sum(path.stat().st_size for path in saved) == total
    progress.assert_grew_to(total)
    assert fake.attempts("GET", SIGNED_ARTIFACTS) == 4


async def test_a_single_download_tells_its_progress_to_memory_or_to_a_file(
    client: Any, fake: FakeRuncrate, tmp_path: Path
) -> None:
    job = await call(client.jobs.run(**SPEC))
    fake.world.component("jobs").add_artifact(job.id, "out/model.bin", ARCHIVE)
    for to in (None, tmp_path):
        progress = Recorder(client)
        await call(client.jobs.artifacts.download(job.id, "out/model.bin", to, on_progress=progress.callback))
        progress.assert_grew_to(len(ARCHIVE))


async def test_an_empty_artifact_is_told_once_as_done(
    client: Any, fake: FakeRuncrate, tmp_path: Path
) -> None:
    job = await call(client.jobs.run(**SPEC))
    fake.world.component("jobs").add_artifact(job.id, "empty.txt", b"")
    progress = Recorder(client)
    await call(client.jobs.artifacts.download_all(job.id, to=tmp_path, on_progress=progress.callback))
    assert progress.calls == [(0, 0)]


async def test_an_error_in_the_callback_stops_the_transfer_and_leaves_no_file(
    client: Any, fake: FakeRuncrate, tmp_path: Path
) -> None:
    job = await call(client.jobs.run(**SPEC))
    fake.world.component("jobs").add_artifact(job.id, "out/model.bin", ARCHIVE)

    def stop(done: int, total: int | None) -> None:
        raise KeyError("cancelled by the user")

    async def async_stop(done: int, total: int | None) -> None:
        await anyio.sleep(0)
        raise KeyError("cancelled by the user")

    callback = stop if isinstance(client, Runcrate) else async_stop
    with pytest.raises(KeyError, match="cancelled by the user"):
        await call(client.jobs.artifacts.download_all(job.id, to=tmp_path, on_progress=callback))
    assert [path for path in tmp_path.rglob("*") if path.is_file()] == []
    with pytest.raises(KeyError, match="cancelled by the user"):
        await call(client.jobs.uploads.upload(ARCHIVE, on_progress=callback))


@pytest.mark.parametrize("to_file", [True, False])
async def test_a_video_download_tells_its_progress_against_its_length(
    client: Any, fake: FakeRuncrate, tmp_path: Path, to_file: bool
) -> None:
    fake.world.component("inference").settings.video_size_bytes = 3 * 256 * 1024
    job = await call(client.videos.generate(VIDEO, "waves"))
    fake.clock.advance(60)
    fake.faults.add("GET", VIDEO_DOWNLOAD, truncate_body_at=300 * 1024)  # cut once, retried whole
    progress = Recorder(client)
    to = tmp_path / "v.mp4" if to_file else None
    got = await call(client.videos.download(job.id, to, on_progress=progress.callback))
    size = (tmp_path / "v.mp4").stat().st_size if to_file else len(got)
    progress.assert_grew_to(size)
    assert fake.attempts("GET", VIDEO_DOWNLOAD) == 2


async def test_generate_and_save_passes_on_progress_to_its_download(
    client: Any, fake: FakeRuncrate, tmp_path: Path
) -> None:
    progress = Recorder(client)
    await call(
        client.videos.generate_and_save(tmp_path / "v.mp4", VIDEO, "waves", on_progress=progress.callback)
    )
    progress.assert_grew_to((tmp_path / "v.mp4").stat().st_size)


async def _async_progress(done: int, total: int | None) -> None:
    await anyio.sleep(0)


def test_the_sync_client_refuses_an_async_on_progress_before_any_request(
    runcrate_client: Runcrate, fake: FakeRuncrate, tmp_path: Path
) -> None:
    refused = "on_progress is an async function, which the sync client cannot await"
    artifacts = runcrate_client.jobs.artifacts
    calls = [
        lambda: runcrate_client.jobs.uploads.upload(ARCHIVE, on_progress=_async_progress),
        lambda: artifacts.download("job_1", "a.txt", on_progress=_async_progress),
        lambda: artifacts.download_all("job_1", to=tmp_path, on_progress=_async_progress),
        lambda: runcrate_client.videos.download("vid_1", on_progress=_async_progress),
        lambda: runcrate_client.videos.generate_and_save(
            tmp_path / "v.mp4", VIDEO, "waves", on_progress=_async_progress
        ),
    ]
    for transfer in calls:
        with pytest.raises(ValueError, match=refused):
            transfer()
    with pytest.raises(ValueError, match=r"on_progress must be a function \(or None\), got 'tqdm'"):
        artifacts.download_all("job_1", to=tmp_path, on_progress="tqdm")
    assert fake.requests == []
    assert not inspect.iscoroutinefunction(Recorder(runcrate_client).callback)
