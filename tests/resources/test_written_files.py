"""Files the SDK writes: a target that cannot be written is refused before anything is fetched, and
every file gets the permissions ``open()`` would give it under the user's umask. Sync and async.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from runcrate.testing import FakeRuncrate
from tests.resources.conftest import call

SPEC: dict[str, Any] = {"command": "python train.py", "gpu_type": "H100", "max_runtime_minutes": 30}
UMASK = 0o027
"""Neither the 0o022 of most shells nor tempfile's 0o600: a mode of 0o640 can only come from it."""


@pytest.fixture
def umask() -> Iterator[int]:
    previous = os.umask(UMASK)
    try:
        yield 0o666 & ~UMASK
    finally:
        os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


async def artifact_job(client: Any, fake: FakeRuncrate) -> str:
    job = await call(client.jobs.run(**SPEC))
    fake.world.component("jobs").add_artifact(job.id, "out/model.bin", b"weights" * 100)
    return str(job.id)


async def finished_video(client: Any, fake: FakeRuncrate) -> str:
    job = await call(client.videos.generate("google/veo-3.0", "waves"))
    fake.clock.advance(60)
    return str(job.id)


async def test_every_written_file_follows_the_umask(
    client: Any, fake: FakeRuncrate, tmp_path: Path, umask: int
) -> None:
    job_id = await artifact_job(client, fake)
    video_id = await finished_video(client, fake)
    image = (await call(client.images.generate("m", "a lighthouse"))).data[0]
    embedded = (await call(client.images.generate("m", "a boat", response_format="b64_json"))).data[0]
    written = [
        await call(client.jobs.artifacts.download(job_id, "out/model.bin", tmp_path / "artifact.bin")),
        await call(client.videos.download(video_id, tmp_path / "video.mp4")),
        await call(client.models.text_to_speech("hexgrad/Kokoro-82M", "hi", to=tmp_path / "speech.mp3")),
        await call(image.save(tmp_path / "image.png")),
        await call(embedded.save(tmp_path / "embedded.png")),
    ]
    assert {path.name: mode(path) for path in written} == {path.name: umask for path in written}
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in written)  # no temp left


async def test_an_existing_file_is_replaced_with_the_umask_mode(
    client: Any, fake: FakeRuncrate, tmp_path: Path, umask: int
) -> None:
    target = tmp_path / "video.mp4"
    target.write_bytes(b"old")
    target.chmod(0o600)
    await call(client.videos.download(await finished_video(client, fake), target))
    assert mode(target) == umask
    assert target.read_bytes() != b"old"


@pytest.mark.parametrize("where", ["missing-dir", "file-as-dir"])
async def test_an_artifact_download_to_an_unwritable_place_sends_nothing(
    client: Any, fake: FakeRuncrate, tmp_path: Path, where: str
) -> None:
    job_id = await artifact_job(client, fake)
    (tmp_path / "plain").write_text("a file")
    to = tmp_path / "missing" / "x.bin" if where == "missing-dir" else tmp_path / "plain" / "x.bin"
    before = len(fake.requests)
    with pytest.raises(ValueError, match="to: cannot write") as caught:
        await call(client.jobs.artifacts.download(job_id, "out/model.bin", to))
    assert str(to) in str(caught.value)
    assert len(fake.requests) == before


async def test_an_artifact_download_into_a_directory_uses_the_base_name(
    client: Any, fake: FakeRuncrate, tmp_path: Path
) -> None:
    job_id = await artifact_job(client, fake)
    saved = await call(client.jobs.artifacts.download(job_id, "out/model.bin", tmp_path))
    assert saved == tmp_path / "model.bin"


@pytest.mark.parametrize("where", ["dir", "missing"])
async def test_an_image_saved_to_an_unwritable_place_fetches_nothing(
    client: Any, fake: FakeRuncrate, tmp_path: Path, where: str
) -> None:
    image = (await call(client.images.generate("m", "a lighthouse"))).data[0]
    before = len(fake.requests)
    path = tmp_path if where == "dir" else tmp_path / "missing" / "i.png"
    with pytest.raises(ValueError, match=r"cannot write"):
        await call(image.save(path))
    assert len(fake.requests) == before


@pytest.mark.parametrize("where", ["dir", "missing"])
async def test_speech_to_an_unwritable_place_is_refused_before_it_is_made(
    client: Any, fake: FakeRuncrate, tmp_path: Path, where: str
) -> None:
    path = tmp_path if where == "dir" else tmp_path / "missing" / "speech.mp3"
    with pytest.raises(ValueError, match="to: cannot write") as caught:
        await call(client.models.text_to_speech("hexgrad/Kokoro-82M", "hello", to=path))
    assert str(path) in str(caught.value)
    assert fake.requests == []  # nothing made, nothing billed


@pytest.mark.parametrize("path", [0, 5.5, b"bytes.png", ""])
async def test_a_target_that_is_not_a_path_is_refused(client: Any, fake: FakeRuncrate, path: Any) -> None:
    with pytest.raises(ValueError, match="to must be a file path"):
        await call(client.videos.download("vid_1", path))
    assert fake.requests == []
