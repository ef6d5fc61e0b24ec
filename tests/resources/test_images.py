"""client.images.generate / client.models.generate_image against the fake server, with both clients."""

from __future__ import annotations

import base64
import io
import json
from pathlib import Path
from typing import Any

import pytest

from runcrate import ApiError, RawResponse
from runcrate._media import embedded_image, image_input
from runcrate.testing import FakeRuncrate
from tests.resources.conftest import call

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 24
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 24
PROMPT = "a lighthouse at dusk"


def sent(fake: FakeRuncrate) -> dict[str, Any]:
    bodies: list[dict[str, Any]] = [r.json() for r in fake.requests if r.path == "/v1/images/generations"]
    assert len(bodies) == 1
    return bodies[0]


async def test_url_images_download_without_the_api_key(
    client: Any, fake: FakeRuncrate, tmp_path: Path
) -> None:
    response = await call(client.images.generate(model="black-forest-labs/FLUX.1-schnell", prompt=PROMPT))
    assert sent(fake) == {"model": "black-forest-labs/FLUX.1-schnell", "prompt": PROMPT}
    image = response.data[0]
    assert image.url.startswith(fake.url + "/assets/generations/")
    assert image.b64_json is None and image.revised_prompt is None
    assert isinstance(response.created, int)
    content = await call(image.to_bytes())
    assert content.startswith(b"\x89PNG\r\n\x1a\n")
    saved = await call(image.save(tmp_path / "lighthouse.png"))
    assert saved == tmp_path / "lighthouse.png"
    assert saved.read_bytes() == content
    assert [p.name for p in tmp_path.iterdir()] == ["lighthouse.png"]
    downloads = [r for r in fake.requests if r.path.startswith("/assets/")]
    assert len(downloads) == 2
    assert all("authorization" not in r.headers for r in downloads)


async def test_b64_json_images_decode_locally(client: Any, fake: FakeRuncrate, tmp_path: Path) -> None:
    response = await call(client.models.generate_image("m", PROMPT, response_format="b64_json", seed=7))
    image = response.data[0]
    assert image.url is None
    content = await call(image.to_bytes())
    assert content == base64.b64decode(image.b64_json)
    assert content.startswith(b"\x89PNG")
    await call(image.save(tmp_path / "x.png"))
    assert (tmp_path / "x.png").read_bytes() == content
    assert len(fake.requests) == 1  # nothing downloaded
    assert response["data"][0]["b64_json"] == image.b64_json
    assert image["b64_json"] == image.get("b64_json") == image.b64_json
    assert "url" not in image and response.get("created") == response.created


async def test_images_read_and_dump_like_every_model(client: Any, fake: FakeRuncrate) -> None:
    response = await call(client.images.generate("m", PROMPT, response_format="b64_json"))
    image = response.data[0]
    wire = response.to_dict()
    assert wire == response.result.to_dict() and wire["data"] == [image.to_dict()]
    assert wire["data"][0]["b64_json"] == image.b64_json and wire["created"] == response.created
    assert response.model_dump() == {"created": response.created, "data": [image.model_dump()]}
    assert image.model_dump()["b64_json"] == image.b64_json and image.model_dump()["url"] is None
    assert (
        json.loads(response.to_json()) == wire and json.loads(image.model_dump_json()) == image.model_dump()
    )
    assert list(response) == response.keys() == ["created", "data"] and dict(image.items()) == image.to_dict()
    assert response._request_id and response._request_id == response.result._request_id


async def test_the_official_awaitable_helpers_on_both_clients(
    client: Any, fake: FakeRuncrate, tmp_path: Path
) -> None:
    response = await call(client.images.generate(model="black-forest-labs/FLUX.1-schnell", prompt=PROMPT))
    image = response.data[0]
    content = await image.to_bytes_async()
    saved = await image.save_async(tmp_path / "official.png")
    assert content.startswith(b"\x89PNG\r\n\x1a\n") and saved.read_bytes() == content
    downloads = [r for r in fake.requests if r.path.startswith("/assets/")]
    assert len(downloads) == 2 and all("authorization" not in r.headers for r in downloads)


async def test_openai_size_becomes_width_and_height(client: Any, fake: FakeRuncrate) -> None:
    await call(client.images.generate(model="m", prompt=PROMPT, size="1024x768", n=1, quality="hd"))
    body = sent(fake)
    assert body["width"] == 1024 and body["height"] == 768
    assert body["n"] == 1 and body["quality"] == "hd"
    assert "size" not in body


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"size": "big"}, "size must be 'WIDTHxHEIGHT'"),
        ({"size": "512x512", "width": 512}, "either size or width/height"),
        ({"image": "cat.png"}, "image must be an http"),
        ({"input_images": ["https://x/a.png", "no such file.jpg"]}, r"input_images\[1\] must be"),
        ({"mask": 3.5}, "mask must be a URL"),
        ({"image": "iVBORw0KGgo="}, "base64 as 'data:image/png;base64"),
    ],
)
async def test_bad_arguments_fail_before_sending(
    client: Any, fake: FakeRuncrate, arguments: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        await call(client.images.generate(model="m", prompt=PROMPT, **arguments))
    assert len(fake.requests) == 0


@pytest.mark.parametrize("parameter", ["image", "input_image", "control_image", "mask", "start_image"])
async def test_a_string_naming_a_local_file_is_never_read(
    client: Any, fake: FakeRuncrate, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, parameter: str
) -> None:
    secret = tmp_path / "id_ed25519"
    secret.write_bytes(b"-----BEGIN OPENSSH PRIVATE KEY-----")
    monkeypatch.chdir(tmp_path)
    for untrusted in (str(secret), "id_ed25519", "./id_ed25519", f"file://{secret}"):
        with pytest.raises(
            ValueError, match=rf"{parameter} must be an http\(s\) URL or a data: URI"
        ) as caught:
            await call(client.images.generate(model="m", prompt=PROMPT, **{parameter: untrusted}))
        assert "never read as a file" in str(caught.value) and "pathlib.Path" in str(caught.value)
        with pytest.raises(ValueError, match=r"input_images\[0\] must be"):
            await call(client.images.generate(model="m", prompt=PROMPT, input_images=[untrusted]))
    assert fake.requests == []


async def test_a_missing_path_is_file_not_found(client: Any, fake: FakeRuncrate, tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="input_image"):
        await call(client.images.generate(model="m", prompt=PROMPT, input_image=tmp_path / "gone.png"))
    assert len(fake.requests) == 0


async def test_image_inputs_become_data_uris(client: Any, fake: FakeRuncrate, tmp_path: Path) -> None:
    (tmp_path / "photo.jpg").write_bytes(PNG)  # the extension decides over the signature
    (tmp_path / "edge").write_bytes(PNG)
    await call(
        client.images.generate(
            model="m",
            prompt=PROMPT,
            image=PNG,
            input_image=tmp_path / "photo.jpg",
            control_image=tmp_path / "edge",
            mask=io.BytesIO(JPEG),
            start_image="https://example.com/start.png",
            input_images=["data:image/png;base64,AAAA", "DATA:image/png;base64,AAAA", bytearray(JPEG)],
            prompt_strength=0.6,
        )
    )
    body = sent(fake)
    png_uri = "data:image/png;base64," + base64.b64encode(PNG).decode()
    jpeg_uri = "data:image/jpeg;base64," + base64.b64encode(JPEG).decode()
    assert body["image"] == png_uri
    assert body["input_image"] == "data:image/jpeg;base64," + base64.b64encode(PNG).decode()
    assert body["control_image"] == png_uri
    assert body["mask"] == jpeg_uri
    assert body["start_image"] == "https://example.com/start.png"
    assert body["input_images"] == ["data:image/png;base64,AAAA", "DATA:image/png;base64,AAAA", jpeg_uri]
    assert body["prompt_strength"] == 0.6


async def test_one_input_image_alone_is_sent_as_a_list(client: Any, fake: FakeRuncrate) -> None:
    await call(client.images.generate(model="m", prompt=PROMPT, input_images="https://x/a.png"))
    assert sent(fake)["input_images"] == ["https://x/a.png"]


async def test_out_of_range_values_are_refused_before_sending(client: Any, fake: FakeRuncrate) -> None:
    with pytest.raises(ValueError, match="width must be a whole number from 256 to 2048, got 100"):
        await call(client.images.generate(model="m", prompt=PROMPT, size="100x100"))
    with pytest.raises(ValueError, match="num_inference_steps"):
        await call(client.images.generate(model="m", prompt=PROMPT, num_inference_steps=0))
    assert fake.requests == []


async def test_an_expired_url_raises_download_failed(client: Any, fake: FakeRuncrate, tmp_path: Path) -> None:
    response = await call(client.images.generate(model="m", prompt=PROMPT))
    fake.world.component("inference").images.clear()
    with pytest.raises(ApiError) as error:
        await call(response.data[0].to_bytes())
    assert error.value.status_code == 404 and error.value.code == "download_failed"
    with pytest.raises(ApiError):
        await call(response.data[0].save(tmp_path / "gone.png"))
    assert list(tmp_path.iterdir()) == []


async def test_with_raw_response_parses_to_the_images(client: Any) -> None:
    raw = await call(client.images.with_raw_response.generate(model="m", prompt=PROMPT))
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200
    content = await call(raw.parse().data[0].to_bytes())
    assert content.startswith(b"\x89PNG")


def test_embedded_image_reads_b64_json_and_data_urls() -> None:
    assert embedded_image(None, base64.b64encode(b"abc").decode()) == b"abc"
    assert embedded_image("data:image/png;base64," + base64.b64encode(b"xyz").decode(), None) == b"xyz"
    assert embedded_image("data:text/plain,a%20b", None) == b"a b"
    assert embedded_image("https://assets.example/x.png", None) is None
    with pytest.raises(ValueError, match="neither"):
        embedded_image(None, None)
    with pytest.raises(ValueError, match="invalid base64"):
        embedded_image("data:image/png;base64,@@@", None)


def test_image_input_signatures_and_file_objects() -> None:
    webp = b"RIFF\x00\x00\x00\x00WEBPVP8 "
    assert image_input(webp, "image").startswith("data:image/webp;base64,")
    assert image_input(b"GIF89a...", "image").startswith("data:image/gif;base64,")
    assert image_input(b"unknown", "image").startswith("data:application/octet-stream;base64,")
    named = io.BytesIO(b"unknown")
    named.name = "scan.webp"
    assert image_input(named, "image").startswith("data:image/webp;base64,")
    with pytest.raises(ValueError, match="binary mode"):
        image_input(io.StringIO("text"), "image")  # type: ignore[arg-type]
