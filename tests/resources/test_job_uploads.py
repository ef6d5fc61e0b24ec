"""client.jobs.uploads against the fake server, with both clients."""

from __future__ import annotations

import hashlib
import io
import tarfile
from pathlib import Path
from typing import Any

import pytest

from runcrate import ApiError
from runcrate.testing import FakeRuncrate
from tests.resources.conftest import call

UPLOADS = "/api/v1/jobs/uploads"
SIGNED_UPLOADS = "/signed/uploads/*"
SPEC: dict[str, Any] = {"command": "python train.py", "gpu_type": "H100", "max_runtime_minutes": 30}


def code_tree(root: Path) -> Path:
    for name, text in {
        "train.py": "print('train')\n",
        "lib/util.py": "X = 1\n",
        ".env": "HF_TOKEN=secret\n",
        ".git/config": "[core]\n",
        "__pycache__/train.cpython-311.pyc": "junk",
        "node_modules/a/index.js": "1\n",
        "data/big.bin": "0" * 1000,
    }.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


def received(fake: FakeRuncrate, upload_id: str) -> bytes:
    content = fake.world.component("uploads").content(upload_id)
    assert content is not None
    return bytes(content)


def puts(fake: FakeRuncrate) -> list[Any]:
    return [r for r in fake.world.component("signed_urls").requests if r.method == "PUT"]


async def test_create_reserves_an_upload(client: Any, fake: FakeRuncrate) -> None:
    digest = hashlib.sha256(b"x").hexdigest()
    upload = await call(client.jobs.uploads.create(1234, sha256=digest.upper()))
    assert upload.upload_id and upload.url.startswith(f"{fake.url}/signed/uploads/")
    assert upload.max_bytes == 1 << 30
    sent = [r.json() for r in fake.requests if r.path == UPLOADS]
    assert sent == [{"bytes": 1234, "sha256": digest}]
    with pytest.raises(ValueError, match="sha256 must be a string matching"):
        await call(client.jobs.uploads.create(10, sha256="abc"))
    for size in (0, (1 << 30) + 1, 1.5, "10"):
        with pytest.raises(ValueError, match=r"bytes must be a whole number from 1 to 1073741824"):
            await call(client.jobs.uploads.create(size))
    assert len([r for r in fake.requests if r.path == UPLOADS]) == 1


async def test_upload_bytes_then_run_a_job_with_them(client: Any, fake: FakeRuncrate) -> None:
    archive = b"not really a tar.gz, but bytes are sent as they are"
    upload = await call(client.with_options(environment="main").jobs.uploads.upload(archive))
    assert received(fake, upload.upload_id) == archive
    assert next(r.query for r in fake.requests if r.path == UPLOADS) == "environment=main"
    assert [(r.authorization, r.environment) for r in puts(fake)] == [(None, None)]
    job = await call(client.jobs.run(code={"upload_id": upload.upload_id}, **SPEC))
    assert job.code["source"] == "upload"
    assert job.code["sha256"] == hashlib.sha256(archive).hexdigest()


async def test_upload_a_file_or_a_file_object_as_it_is(
    client: Any, fake: FakeRuncrate, tmp_path: Path
) -> None:
    path = tmp_path / "code.tar.gz"
    path.write_bytes(b"archive from disk")
    from_path = await call(client.jobs.uploads.upload(path))
    assert received(fake, from_path.upload_id) == b"archive from disk"
    buffer = io.BytesIO(b"skip this|archive from a file object")
    buffer.seek(len(b"skip this|"))
    from_file = await call(client.jobs.uploads.upload(buffer))
    assert received(fake, from_file.upload_id) == b"archive from a file object"


async def test_upload_a_directory_packs_it_without_secrets_or_junk(
    client: Any, fake: FakeRuncrate, tmp_path: Path
) -> None:
    upload = await call(client.jobs.uploads.upload(code_tree(tmp_path / "code"), exclude=["data"]))
    with tarfile.open(fileobj=io.BytesIO(received(fake, upload.upload_id)), mode="r:gz") as archive:
        assert archive.getnames() == ["lib", "lib/util.py", "train.py"]
        assert archive.extractfile("train.py").read() == b"print('train')\n"  # type: ignore[union-attr]
    [reserved] = [r.json() for r in fake.requests if r.path == UPLOADS]
    assert reserved["sha256"] == hashlib.sha256(received(fake, upload.upload_id)).hexdigest()


async def test_the_same_tree_is_uploaded_once(client: Any, fake: FakeRuncrate, tmp_path: Path) -> None:
    first = await call(client.jobs.uploads.upload(code_tree(tmp_path / "a")))
    again = await call(client.jobs.uploads.upload(code_tree(tmp_path / "b")))
    assert again.url is None
    assert again.upload_id == first.upload_id
    assert len(puts(fake)) == 1
    with_dotfiles = await call(client.jobs.uploads.upload(tmp_path / "a", include_dotfiles=True))
    assert with_dotfiles.upload_id != first.upload_id
    assert len(puts(fake)) == 2


async def test_an_archive_over_max_bytes_is_refused_before_any_put(client: Any, fake: FakeRuncrate) -> None:
    small_limit = {
        "data": {
            "upload_id": "upl_small",
            "url": f"{fake.url}/signed/uploads/never-used?expires=1&signature=x",
            "url_expires_at": "2030-01-01T00:00:00Z",
            "expires_at": "2030-01-01T00:00:00Z",
            "max_bytes": 10,
        }
    }
    fake.faults.add("POST", UPLOADS, statuses=[(201, {}, small_limit)])
    with pytest.raises(ValueError, match="archive is 64 bytes, more than the upload limit of 10 bytes"):
        await call(client.jobs.uploads.upload(b"x" * 64))
    assert fake.attempts("PUT", SIGNED_UPLOADS) == 0


async def test_a_refused_put_is_upload_failed(client: Any, fake: FakeRuncrate) -> None:
    fake.faults.add("PUT", SIGNED_UPLOADS, statuses=[(403, {}, b"<Error><Code>AccessDenied</Code></Error>")])
    with pytest.raises(ApiError) as refused:
        await call(client.jobs.uploads.upload(b"code"))
    assert refused.value.code == "upload_failed"


async def test_a_put_cut_short_is_sent_again_from_the_start(
    client: Any, fake: FakeRuncrate, tmp_path: Path
) -> None:
    fake.faults.add("PUT", SIGNED_UPLOADS, drop_before_response=True)
    upload = await call(client.jobs.uploads.upload(code_tree(tmp_path / "code")))
    assert fake.attempts("PUT", SIGNED_UPLOADS) == 2
    with tarfile.open(fileobj=io.BytesIO(received(fake, upload.upload_id)), mode="r:gz") as archive:
        assert "train.py" in archive.getnames()


async def test_bad_sources_are_refused_before_any_request(
    client: Any, fake: FakeRuncrate, tmp_path: Path
) -> None:
    with pytest.raises(ValueError, match="is neither a directory nor an existing file"):
        await call(client.jobs.uploads.upload(tmp_path / "missing"))
    with pytest.raises(ValueError, match="source must be bytes, a path"):
        await call(client.jobs.uploads.upload(12345))
    with pytest.raises(ValueError, match="source is empty"):
        await call(client.jobs.uploads.upload(b""))
    with pytest.raises(ValueError, match="apply only when source is a directory"):
        await call(client.jobs.uploads.upload(b"code", exclude=["*.pyc"]))
    tree = code_tree(tmp_path / "code")
    (tree / "latest").symlink_to(tree / "train.py")
    with pytest.raises(ValueError, match="latest: it is a symbolic link"):
        await call(client.jobs.uploads.upload(tree))
    assert fake.attempts("POST", UPLOADS) == 0
