"""Every download the SDK reads for the caller keeps the caller's ``timeout`` from connecting to the
last byte: a body dripped one byte every 20 ms (each read well within any read timeout) raises
``TimeoutError`` at the deadline and leaves no file behind. Sync and async, against a raw server.

The video download and speech operations have a 120 s floor on their timeout (the server may take
that long); it is set aside here, so that a 0.3 s deadline can be watched in well under a second.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest

from runcrate import TimeoutError
from runcrate._generated.api.audio import create_speech
from runcrate._generated.api.videos import download_video
from tests.core.helpers import KINDS, on_raw
from tests.raw_server import RawServer, Script, drip, respond, respond_json

TIMEOUT = 0.3
DRIPPED = drip(b"z" * 4000, 0.02, headers={})
"""80 s to drip in full: a download that waited for it would not finish."""

Download = Callable[[Any, Path], Any]


@pytest.fixture(autouse=True)
def _no_floor(monkeypatch: pytest.MonkeyPatch) -> None:
    for module in (download_video, create_speech):
        monkeypatch.setattr(module, "OPERATION", attrs.evolve(module.OPERATION, min_timeout=None))


def image_scripts(raw: RawServer) -> list[Script]:
    url = f"{raw.url}/generations/1.png?X-Amz-Signature=secret"
    return [respond_json({"created": 1, "data": [{"url": url}]})]


def artifact_scripts(raw: RawServer) -> list[Script]:
    listing = {"data": [{"path": "out/a.bin", "bytes": 4000, "sha256": "0" * 64}]}
    location = {"Location": f"{raw.url}/signed/a.bin?X-Amz-Signature=secret"}
    return [respond_json(listing), respond(302, b"", location)]


def image(client: Any) -> Any:
    return client.images.generate(model="m", prompt="p")


def then(first: Any, action: Callable[[Any], Any]) -> Any:
    """``action(first's result)``, awaiting whatever is awaitable (one body for both clients)."""
    if hasattr(first, "__await__"):

        async def chained() -> Any:
            result = action(await first)
            return await result if hasattr(result, "__await__") else result

        return chained()
    return action(first)


def streamed_video(client: Any, target: Path) -> Any:
    opened = client.videos.with_streaming_response.download("v1", timeout=TIMEOUT)
    if hasattr(opened, "__aenter__"):

        async def write() -> Any:
            async with opened as response:
                return await response.write_to_file(target)

        return write()
    with opened as response:
        return response.write_to_file(target)


DOWNLOADS: dict[str, tuple[Callable[[RawServer], list[Script]], Download]] = {
    "image.save": (
        image_scripts,
        lambda c, target: then(image(c), lambda r: r.data[0].save(target, timeout=TIMEOUT)),
    ),
    "image.to_bytes": (
        image_scripts,
        lambda c, target: then(image(c), lambda r: r.data[0].to_bytes(timeout=TIMEOUT)),
    ),
    "jobs.artifacts.download(to=)": (
        artifact_scripts,
        lambda c, target: c.jobs.artifacts.download("j1", "out/a.bin", to=target, timeout=TIMEOUT),
    ),
    "jobs.artifacts.download": (
        artifact_scripts,
        lambda c, target: c.jobs.artifacts.download("j1", "out/a.bin", timeout=TIMEOUT),
    ),
    "videos.download(to=)": (
        lambda raw: [],
        lambda c, target: c.videos.download("v1", to=target, timeout=TIMEOUT),
    ),
    "videos.download": (lambda raw: [], lambda c, target: c.videos.download("v1", timeout=TIMEOUT)),
    "videos.with_streaming_response": (lambda raw: [], streamed_video),
    "audio.speech.create": (
        lambda raw: [],
        lambda c, target: c.audio.speech.create(model="m", input="hi", timeout=TIMEOUT),
    ),
    "models.text_to_speech(to=)": (
        lambda raw: [],
        lambda c, target: c.models.text_to_speech("m", "hi", to=target, timeout=TIMEOUT),
    ),
}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("download", DOWNLOADS.values(), ids=DOWNLOADS.keys())
def test_a_dripped_download_stops_at_the_callers_timeout(
    raw_server: RawServer,
    tmp_path: Path,
    kind: str,
    download: tuple[Callable[[RawServer], list[Script]], Download],
) -> None:
    scripts, action = download
    for script in scripts(raw_server):
        raw_server.queue(script)
    raw_server.repeat(DRIPPED)
    with pytest.raises(TimeoutError) as caught:
        on_raw(kind, raw_server.url, lambda client: action(client, tmp_path / "out.bin"), max_retries=0)
    assert "took longer than 0.3 s" in str(caught.value)
    assert "secret" not in str(caught.value)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("kind", KINDS)
def test_an_artifact_download_keeps_one_deadline_over_its_three_requests(
    raw_server: RawServer, tmp_path: Path, kind: str
) -> None:
    """The listing, the link and the transfer each end within 0.3 s; the three together do not."""
    listing = json.dumps({"data": [{"path": "out/a.bin", "bytes": 10, "sha256": "0" * 64}]}).encode()
    location = {"Location": f"{raw_server.url}/signed/a.bin?X-Amz-Signature=secret"}
    raw_server.queue(drip(listing, 0.16 / len(listing)))
    raw_server.queue(drip(b" " * 10, 0.016, 302, location))
    raw_server.repeat(drip(b"z" * 10, 0.016, headers={}))
    with pytest.raises(TimeoutError) as caught:
        on_raw(
            kind,
            raw_server.url,
            lambda c: c.jobs.artifacts.download("j1", "out/a.bin", to=tmp_path / "out.bin", timeout=TIMEOUT),
            max_retries=0,
        )
    assert "secret" not in str(caught.value)
    assert list(tmp_path.iterdir()) == []
