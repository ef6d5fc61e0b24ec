"""``with_raw_response`` holds exactly the methods that make one HTTP call, and ``parse()`` gives what the
method itself returns; ``with_streaming_response`` hands large bodies over as they arrive."""

from __future__ import annotations

import inspect
from functools import cached_property
from pathlib import Path
from typing import Any

import pytest

from runcrate import AsyncBinaryResponse, AsyncRuncrate, BinaryResponse, RawResponse, ResultList, Runcrate
from runcrate._engine._async import AsyncResource
from runcrate._engine._sync import SyncResource
from runcrate.testing import FakeRuncrate
from tests.resources.conftest import call

KEY = "rc_live_" + "r" * 32
VIEWS = ("with_raw_response", "with_streaming_response")
# Public methods that make several API calls (or none): a raw response would be one of many.
SEVERAL_CALLS = {
    "instances.wait_until_running",
    "jobs.list_all",
    "jobs.follow_logs",
    "jobs.wait",
    "jobs.wait_many",
    "job_groups.wait",
    "jobs.artifacts.download",
    "jobs.artifacts.download_all",
    "jobs.uploads.upload",
    "videos.generate_and_save",
    "models.generate_video_and_save",
}
VIDEO = "google/veo-3.0"
CONTENT = b"artifact bytes " * 1024


def _resources(client: Runcrate | AsyncRuncrate) -> list[tuple[str, Any]]:
    names = [
        name
        for name in dir(type(client))
        if isinstance(inspect.getattr_static(type(client), name), cached_property)
    ]
    found, pending = [], [(name, getattr(client, name)) for name in names]
    while pending:
        path, resource = pending.pop()
        found.append((path, resource))
        for name in dir(resource):
            if not name.startswith("_") and name not in VIEWS:
                value = getattr(resource, name)
                if isinstance(value, SyncResource | AsyncResource):
                    pending.append((f"{path}.{name}", value))
    return found


def _methods(resource: Any) -> set[str]:
    return {
        name
        for name in dir(resource)
        if not name.startswith("_")
        and name not in VIEWS
        and callable(getattr(resource, name))
        and not isinstance(getattr(resource, name), SyncResource | AsyncResource)
    }


@pytest.mark.parametrize("client_class", [Runcrate, AsyncRuncrate])
def test_raw_views_hold_exactly_the_one_call_methods(
    client_class: type[Runcrate] | type[AsyncRuncrate],
) -> None:
    client = client_class(api_key=KEY)
    resources = _resources(client)
    assert len(resources) == 20
    for path, resource in resources:
        raw = resource.with_raw_response
        one_call = {name for name in _methods(resource) if f"{path}.{name}" not in SEVERAL_CALLS}
        assert {
            name for name in vars(raw) if not name.startswith("_") and callable(getattr(raw, name))
        } == one_call
        for name in one_call:
            wrapped = getattr(raw, name)
            assert inspect.signature(wrapped) == inspect.signature(getattr(resource, name)), f"{path}.{name}"


def test_methods_of_several_calls_have_no_raw_form() -> None:
    client = Runcrate(api_key=KEY)
    with pytest.raises(AttributeError):
        client.jobs.artifacts.with_raw_response.download  # noqa: B018
    with pytest.raises(AttributeError):
        client.jobs.with_raw_response.list_all  # noqa: B018


async def _finished_video(client: Any, fake: FakeRuncrate) -> str:
    job = await call(client.videos.generate(VIDEO, "waves"))
    fake.clock.advance(60)
    return str(job.id)


async def test_parse_gives_the_methods_own_result(client: Any, fake: FakeRuncrate) -> None:
    await call(client.instances.create("raw", gpu_type="H100"))
    raw_list = await call(client.instances.with_raw_response.list())
    assert isinstance(raw_list, RawResponse) and raw_list.status_code == 200
    assert isinstance(raw_list.parse(), ResultList) and [i.name for i in raw_list.parse()] == ["raw"]
    assert raw_list.parse().request_id == raw_list.request_id
    video_id = await _finished_video(client, fake)
    raw_video = await call(client.videos.with_raw_response.download(video_id))
    assert raw_video.headers["content-type"] == "video/mp4"
    assert isinstance(raw_video.parse(), bytes) and raw_video.parse()[4:8] == b"ftyp"
    raw_page = await call(client.jobs.with_raw_response.list(limit=5))
    assert raw_page.parse().data == []
    raw_speech = await call(client.models.with_raw_response.text_to_speech("hexgrad/Kokoro-82M", "hi"))
    assert isinstance(raw_speech.parse(), bytes) and raw_speech.headers["content-type"] == "audio/mpeg"


async def test_streaming_responses_give_the_body_as_it_arrives(
    client: Any, fake: FakeRuncrate, tmp_path: Path
) -> None:
    video_id = await _finished_video(client, fake)
    binary = AsyncBinaryResponse if isinstance(client, AsyncRuncrate) else BinaryResponse
    opened = client.videos.with_streaming_response.download(video_id)
    if isinstance(client, AsyncRuncrate):
        async with opened as response:
            assert isinstance(response, binary) and response.status_code == 200
            chunks = [chunk async for chunk in response.iter_bytes(1024)]
    else:
        with opened as response:
            assert isinstance(response, binary) and response.status_code == 200
            chunks = list(response.iter_bytes(1024))
    assert b"".join(chunks)[4:8] == b"ftyp" and response.response.is_closed
    job = await call(client.jobs.run(command="echo", gpu_type="H100", max_runtime_minutes=5))
    fake.world.component("jobs").add_artifact(job.id, "out/weights.bin", CONTENT)
    artifact = client.jobs.artifacts.with_streaming_response.download(job.id, "out/weights.bin")
    if isinstance(client, AsyncRuncrate):
        async with artifact as response:
            saved = await response.write_to_file(tmp_path / "weights.bin")
    else:
        with artifact as response:
            saved = response.write_to_file(tmp_path / "weights.bin")
    assert saved.read_bytes() == CONTENT
    speech = client.models.with_streaming_response.text_to_speech("hexgrad/Kokoro-82M", "hello")
    if isinstance(client, AsyncRuncrate):
        async with speech as response:
            audio = await response.read()
    else:
        with speech as response:
            audio = response.read()
    assert audio[:1] == b"\xff" and response.content_type == "audio/mpeg"
