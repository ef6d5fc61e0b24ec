"""client.videos / client.models video methods against the fake server, with both clients."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

import pytest

import runcrate
from runcrate import NotFoundError, RawResponse
from runcrate._errors import ResourceFailedError, VideoWaitTimeoutError
from runcrate.testing import FakeRuncrate, LinkedTime
from tests.resources.conftest import call

MODEL = "google/veo-3.0"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 8


def created_bodies(fake: FakeRuncrate) -> list[dict[str, Any]]:
    return [r.json() for r in fake.requests if r.method == "POST" and r.path == "/v1/videos"]


async def test_generate_sends_duration_seconds_and_image_inputs(
    client: Any, fake: FakeRuncrate, tmp_path: Path
) -> None:
    (tmp_path / "first.png").write_bytes(PNG)
    job = await call(
        client.videos.generate(
            MODEL, "waves", duration=8, image_url=tmp_path / "first.png", aspect_ratio="16:9", seed=3
        )
    )
    assert job.status == "queued" and job.id.startswith("vid")
    assert job.duration_seconds == 8 and job.aspect_ratio == "16:9"
    png_uri = "data:image/png;base64," + base64.b64encode(PNG).decode()
    assert created_bodies(fake) == [
        {
            "model": MODEL,
            "prompt": "waves",
            "duration_seconds": 8,
            "image_url": png_uri,
            "aspect_ratio": "16:9",
            "seed": 3,
        }
    ]
    await call(
        client.models.generate_video(MODEL, "more", duration_seconds=4, start_image=PNG, image=b"GIF89a")
    )
    second = created_bodies(fake)[1]
    assert second["duration_seconds"] == 4
    assert second["start_image"] == png_uri
    assert second["image"].startswith("data:image/gif;base64,")


@pytest.mark.parametrize("parameter", ["image_url", "image", "start_image"])
async def test_a_string_naming_a_local_file_is_never_read(
    client: Any, fake: FakeRuncrate, tmp_path: Path, parameter: str
) -> None:
    (tmp_path / "first.png").write_bytes(PNG)
    with pytest.raises(ValueError, match=rf"{parameter} must be an http\(s\) URL or a data: URI"):
        await call(client.videos.generate(MODEL, "waves", **{parameter: str(tmp_path / "first.png")}))
    assert fake.requests == []


async def test_duration_and_its_alias_together_are_refused(client: Any, fake: FakeRuncrate) -> None:
    with pytest.raises(ValueError, match="duration_seconds or its alias duration"):
        await call(client.videos.generate(MODEL, "x", duration=4, duration_seconds=4))
    assert len(fake.requests) == 0


async def test_status_follows_the_job_and_download_waits_for_completion(
    client: Any, fake: FakeRuncrate, tmp_path: Path
) -> None:
    job = await call(client.videos.generate(MODEL, "waves"))
    with pytest.raises(NotFoundError) as early:
        await call(client.videos.download(job.id))
    assert early.value.message == f"Video {job.id} is not ready to download: its status is queued."
    fake.clock.advance(10)
    processing = await call(client.models.get_video_status(job.id))
    assert processing.status == "processing" and 0 < processing.progress < 100
    fake.clock.advance(30)
    done = await call(client.videos.get_status(job.id))
    assert done.status == "completed" and done.progress == 100
    content = await call(client.models.download_video(job.id))
    assert content[4:8] == b"ftyp"
    saved = await call(client.videos.download(job.id, tmp_path / "waves.mp4"))
    assert saved == tmp_path / "waves.mp4"
    assert saved.read_bytes() == content
    assert [p.name for p in tmp_path.iterdir()] == ["waves.mp4"]


async def test_unknown_ids_are_not_found_and_stay_one_segment(client: Any, fake: FakeRuncrate) -> None:
    with pytest.raises(NotFoundError, match="No video job"):
        await call(client.videos.get_status("vid/../x"))
    assert fake.requests[0].raw_path == "/v1/videos/vid%2F..%2Fx"


async def test_a_download_cut_short_every_time_leaves_no_file(
    client: Any, fake: FakeRuncrate, tmp_path: Path
) -> None:
    fake.world.component("inference").settings.video_size_bytes = 256 * 1024
    job = await call(client.videos.generate(MODEL, "waves"))
    fake.clock.advance(60)
    fake.faults.add("GET", "/v1/videos/{id}/download", truncate_body_at=1000, times="always")
    with pytest.raises(runcrate.ConnectionError):
        await call(client.videos.download(job.id, tmp_path / "cut.mp4"))
    assert list(tmp_path.iterdir()) == []
    assert fake.attempts("GET", "/v1/videos/{id}/download") == 4  # retried like any read


@pytest.mark.parametrize("to_file", [True, False])
async def test_a_download_cut_short_once_is_retried_whole(
    client: Any, fake: FakeRuncrate, tmp_path: Path, to_file: bool
) -> None:
    fake.world.component("inference").settings.video_size_bytes = 256 * 1024
    job = await call(client.videos.generate(MODEL, "waves"))
    fake.clock.advance(60)
    whole = await call(client.videos.download(job.id))
    fake.faults.add("GET", "/v1/videos/{id}/download", truncate_body_at=1000)
    if to_file:
        saved = await call(client.videos.download(job.id, tmp_path / "v.mp4"))
        assert saved.read_bytes() == whole
        assert [p.name for p in tmp_path.iterdir()] == ["v.mp4"]
    else:
        assert await call(client.videos.download(job.id)) == whole


@pytest.mark.parametrize("target", ["dir", "missing"])
async def test_a_download_to_an_unwritable_path_sends_nothing(
    client: Any, fake: FakeRuncrate, tmp_path: Path, target: str
) -> None:
    path = tmp_path if target == "dir" else tmp_path / "no" / "such" / "v.mp4"
    with pytest.raises(ValueError, match=r"^to: cannot write") as caught:
        await call(client.videos.download("vid_1", path))
    assert str(path) in str(caught.value)
    assert fake.requests == []
    with pytest.raises(ValueError, match=r"^path: cannot write"):
        await call(client.videos.generate_and_save(path, MODEL, "waves"))
    assert fake.requests == []


async def test_generate_and_save_polls_on_fake_time_and_saves(
    client: Any, fake: FakeRuncrate, time: LinkedTime, tmp_path: Path
) -> None:
    seen: list[str] = []
    job = await call(
        client.videos.generate_and_save(
            tmp_path / "out.mp4",
            MODEL,
            "a calm sea",
            duration_seconds=4,
            poll_interval=7,
            on_status=lambda j: seen.append(j.status),
        )
    )
    assert job.status == "completed"
    assert seen[0] == "queued" and "processing" in seen and seen[-1] == "completed"
    assert time.sleeps and all(s == 7 for s in time.sleeps)
    assert (tmp_path / "out.mp4").read_bytes()[4:8] == b"ftyp"
    assert created_bodies(fake)[0]["duration_seconds"] == 4


async def test_a_failed_video_raises_with_the_job(client: Any, tmp_path: Path) -> None:
    with pytest.raises(ResourceFailedError) as failed:
        await call(
            client.models.generate_video_and_save(tmp_path / "f.mp4", MODEL, "please fail", poll_interval=10)
        )
    video = failed.value.resource
    assert video.status == "failed"
    assert "failed" in str(failed.value) and video.error in str(failed.value)
    assert list(tmp_path.iterdir()) == []


async def test_the_deadline_bounds_the_wait(client: Any, time: LinkedTime, tmp_path: Path) -> None:
    with pytest.raises(VideoWaitTimeoutError) as late:
        await call(
            client.videos.generate_and_save(tmp_path / "late.mp4", MODEL, "slow", timeout=12, poll_interval=5)
        )
    assert isinstance(late.value, TimeoutError)
    assert late.value.video.status in {"queued", "processing"}
    assert sum(time.sleeps) == 12
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(ValueError, match="poll_interval"):
        await call(client.videos.generate_and_save(tmp_path / "x.mp4", MODEL, "x", poll_interval=0))


async def test_with_raw_response(client: Any) -> None:
    raw = await call(client.videos.with_raw_response.generate(MODEL, "waves"))
    assert isinstance(raw, RawResponse) and raw.status_code == 200
    job = raw.parse()
    raw_status = await call(client.models.with_raw_response.get_video_status(job.id))
    assert raw_status.parse().id == job.id


def test_models_video_methods_are_the_videos_methods() -> None:
    from runcrate.resources._sync.models import Models
    from runcrate.resources._sync.videos import Videos

    assert Models.generate_video is Videos.generate
    assert Models.get_video_status is Videos.get_status
    assert Models.download_video is Videos.download
    assert Models.generate_video_and_save is Videos.generate_and_save
