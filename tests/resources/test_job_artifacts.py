"""client.jobs.artifacts against the fake server, with both clients."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from runcrate import ApiError, ChecksumMismatchError, ConnectionError, InvalidResponseError, NotFoundError
from runcrate._artifact_paths import ON_WINDOWS, artifact_targets
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


# ----- download_all -------------------------------------------------------------------------------


def tree(directory: Path) -> dict[str, bytes]:
    """Every file under ``directory`` (temporary files included) by its relative POSIX path."""
    return {
        path.relative_to(directory).as_posix(): path.read_bytes()
        for path in sorted(directory.rglob("*"))
        if path.is_file()
    }


def signed_gets(fake: FakeRuncrate) -> int:
    return len(fake.world.component("signed_urls").requests)


async def job_with_artifacts(client: Any, fake: FakeRuncrate, files: dict[str, bytes]) -> str:
    job = await call(client.jobs.run(**SPEC))
    for path, content in files.items():
        fake.world.component("jobs").add_artifact(job.id, path, content)
    return str(job.id)


async def test_download_all_keeps_each_relative_path_under_the_directory(
    client: Any, fake: FakeRuncrate, tmp_path: Path
) -> None:
    files = {"b.txt": b"bee", "out/model.bin": CONTENT, "out/logs/run 1.txt": b"", "caf\u00e9.txt": b"x"}
    job_id = await job_with_artifacts(client, fake, files)
    saved = await call(client.jobs.artifacts.download_all(job_id, to=tmp_path / "results"))
    root = tmp_path / "results"
    assert saved == [root / path for path in sorted(files)]  # the listing's order
    assert tree(root) == files  # no temporary file left beside them
    again = await call(client.jobs.artifacts.download_all(job_id, to=str(root)))  # replaced in place
    assert again == saved and tree(root) == files


async def test_download_all_of_a_succeeded_job(client: Any, tmp_path: Path) -> None:
    job = await call(client.jobs.run(**SPEC))
    await call(client.jobs.wait(job.id))
    saved = await call(client.jobs.artifacts.download_all(job.id, to=tmp_path))
    listed = await call(client.jobs.artifacts.list(job.id))
    assert [path.relative_to(tmp_path).as_posix() for path in saved] == [a.path for a in listed]
    for artifact, path in zip(listed, saved, strict=True):
        assert hashlib.sha256(path.read_bytes()).hexdigest() == artifact.sha256


HOSTILE = [
    ("../x", "has an empty, '.' or '..' segment"),
    ("a/../../b", "has an empty, '.' or '..' segment"),
    ("./a", "has an empty, '.' or '..' segment"),
    ("a//b", "has an empty, '.' or '..' segment"),
    ("a/", "has an empty, '.' or '..' segment"),
    ("..", "has an empty, '.' or '..' segment"),
    ("/etc/x", "is absolute"),
    ("C:/Windows/x", "is absolute"),
    ("c:x", "is absolute"),
    ("a\\..\\..\\b", "contains a backslash"),
    ("a\x00b", "contains a control character"),
    ("a\nb", "contains a control character"),
]


@pytest.mark.parametrize(("hostile", "why"), HOSTILE, ids=[repr(h) for h, _ in HOSTILE])
async def test_download_all_refuses_a_hostile_path_before_any_download(
    client: Any, fake: FakeRuncrate, tmp_path: Path, hostile: str, why: str
) -> None:
    job_id = await job_with_artifacts(client, fake, {"a.txt": b"fine", hostile: b"owned"})
    root = tmp_path / "inside" / "results"
    with pytest.raises(InvalidResponseError) as refused:
        await call(client.jobs.artifacts.download_all(job_id, to=root))
    assert refused.value.code == "unsafe_artifact_path"
    assert refused.value.message == (
        f"Job {job_id}: the artifact path {hostile!r} {why}; nothing was downloaded"
    )
    assert signed_gets(fake) == 0
    assert tree(tmp_path) == {}  # not even the directory was made


@pytest.mark.parametrize(
    ("paths", "why"),
    [
        (("Model.bin", "model.bin"), "'model.bin' names the same file as the artifact 'Model.bin'"),
        (
            ("caf\u00e9.txt", "cafe\u0301.txt"),
            "('caf\\xe9.txt' and 'cafe\\u0301.txt') once case and Unicode normalisation",
        ),
        (("out/A", "OUT/a"), "'out/A' names the same file as the artifact 'OUT/a'"),
        (("out", "out/model.bin"), "'out/model.bin' lies inside the artifact 'out', a file"),
    ],
)
async def test_download_all_refuses_two_artifacts_for_one_file(
    client: Any, fake: FakeRuncrate, tmp_path: Path, paths: tuple[str, str], why: str
) -> None:
    job_id = await job_with_artifacts(client, fake, dict.fromkeys(paths, b"content"))
    with pytest.raises(InvalidResponseError) as refused:
        await call(client.jobs.artifacts.download_all(job_id, to=tmp_path))
    assert refused.value.code == "unsafe_artifact_path"
    assert why in str(refused.value)
    assert signed_gets(fake) == 0 and tree(tmp_path) == {}


async def test_download_all_never_follows_a_link_out_of_the_directory(
    client: Any, fake: FakeRuncrate, tmp_path: Path
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    root = tmp_path / "results"
    root.mkdir()
    (root / "out").symlink_to(outside, target_is_directory=True)
    job_id = await job_with_artifacts(client, fake, {"out/model.bin": CONTENT})
    with pytest.raises(InvalidResponseError, match=r"'out/model\.bin' leads outside") as refused:
        await call(client.jobs.artifacts.download_all(job_id, to=root))
    assert refused.value.code == "unsafe_artifact_path"
    assert signed_gets(fake) == 0 and list(outside.iterdir()) == []


async def test_download_all_refuses_a_digest_it_cannot_check(
    client: Any, fake: FakeRuncrate, tmp_path: Path
) -> None:
    job_id = await job_with_artifacts(client, fake, {"a.txt": b"fine"})
    listing = json.dumps({"data": [{"path": "a.txt", "bytes": 4, "sha256": "md5:abc"}]}).encode()
    fake.faults.add(
        "GET",
        f"/api/v1/jobs/{job_id}/artifacts",
        statuses=[(200, {"Content-Type": "application/json"}, listing)],
    )
    with pytest.raises(
        InvalidResponseError, match=r"'a\.txt' is listed with the sha256 'md5:abc', not 64 hex"
    ):
        await call(client.jobs.artifacts.download_all(job_id, to=tmp_path))
    assert signed_gets(fake) == 0 and tree(tmp_path) == {}
    fake.take_violations()  # the planted listing broke the spec on purpose


async def test_download_all_refuses_a_mismatch_by_name_and_keeps_the_good_copy(
    client: Any, fake: FakeRuncrate, tmp_path: Path
) -> None:
    job_id = await job_with_artifacts(client, fake, {"a.txt": b"first", "out/model.bin": CONTENT})
    fake.world.component("jobs").corrupt_artifact(job_id, "out/model.bin")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "model.bin").write_bytes(b"yesterday's good copy")
    with pytest.raises(ChecksumMismatchError) as mismatch:
        await call(client.jobs.artifacts.download_all(job_id, to=tmp_path))
    assert str(tmp_path / "out" / "model.bin") in str(mismatch.value)
    assert mismatch.value.expected == hashlib.sha256(CONTENT).hexdigest()
    assert tree(tmp_path) == {"a.txt": b"first", "out/model.bin": b"yesterday's good copy"}


async def test_download_all_cut_for_good_leaves_no_partial_file(
    client: Any, fake: FakeRuncrate, tmp_path: Path
) -> None:
    job_id = await job_with_artifacts(client, fake, {"a.txt": b"first", "b/model.bin": CONTENT})
    fake.faults.add("GET", SIGNED_ARTIFACTS, truncate_body_at=0, times=1)  # a.txt: cut, then retried
    saved = await call(client.jobs.artifacts.download_all(job_id, to=tmp_path))
    assert [path.name for path in saved] == ["a.txt", "model.bin"]
    fake.faults.add("GET", SIGNED_ARTIFACTS, truncate_body_at=1000, times="always")
    (tmp_path / "b" / "model.bin").unlink()
    with pytest.raises(ConnectionError):
        await call(client.jobs.artifacts.download_all(job_id, to=tmp_path, max_retries=1))
    assert tree(tmp_path) == {"a.txt": b"first"}  # b/ holds no partial model.bin


async def test_download_all_checks_its_directory_before_any_request(
    client: Any, fake: FakeRuncrate, tmp_path: Path
) -> None:
    (tmp_path / "file").write_bytes(b"not a directory")
    for to in (tmp_path / "file", tmp_path / "file" / "below", "", None, 3):
        with pytest.raises(ValueError, match=r"^to"):
            await call(client.jobs.artifacts.download_all("job_1", to=to))
    assert fake.requests == []
    job_id = await job_with_artifacts(client, fake, {"a.txt": b"fine", "out/model.bin": CONTENT})
    (tmp_path / "a.txt").mkdir()
    with pytest.raises(ValueError, match=r"a\.txt: it is a directory"):
        await call(client.jobs.artifacts.download_all(job_id, to=tmp_path))
    (tmp_path / "a.txt").rmdir()
    (tmp_path / "out").write_bytes(b"a file where a directory goes")
    with pytest.raises(ValueError, match="out is a file"):
        await call(client.jobs.artifacts.download_all(job_id, to=tmp_path))
    assert signed_gets(fake) == 0
    with pytest.raises(NotFoundError):
        await call(client.jobs.artifacts.download_all("job_unknown", to=tmp_path / "new"))
    assert not (tmp_path / "new").exists()


WINDOWS_UNSAFE = [
    ("model:v1.bin", 'has a character Windows does not allow in a file name (< > : " | ? *)'),
    ('out/"q".txt', 'has a character Windows does not allow in a file name (< > : " | ? *)'),
    ("out/a?b", 'has a character Windows does not allow in a file name (< > : " | ? *)'),
    ("notes.", "has a segment ending in a dot or a space, which Windows drops"),
    ("out /model.bin", "has a segment ending in a dot or a space, which Windows drops"),
    ("CON", "names a Windows device (CON, NUL, COM1, ...)"),
    ("logs/nul.txt", "names a Windows device (CON, NUL, COM1, ...)"),
    ("com1 .log", "names a Windows device (CON, NUL, COM1, ...)"),
    ("LPT\u00b9", "names a Windows device (CON, NUL, COM1, ...)"),
]


@pytest.mark.parametrize(("unsafe", "why"), WINDOWS_UNSAFE, ids=[repr(u) for u, _ in WINDOWS_UNSAFE])
def test_on_windows_a_name_windows_cannot_hold_is_refused(tmp_path: Path, unsafe: str, why: str) -> None:
    with pytest.raises(InvalidResponseError) as refused:
        artifact_targets("job_1", tmp_path, ["a.txt", unsafe], windows=True)
    assert refused.value.code == "unsafe_artifact_path"
    assert refused.value.message == f"Job job_1: the artifact path {unsafe!r} {why}; nothing was downloaded"
    near_misses = ["CONSOLE.txt", "console", "COM10", "nul_data", "a.b.c", ".env", "LPT"]
    assert artifact_targets("job_1", tmp_path, near_misses, windows=True) == [
        tmp_path / name for name in near_misses
    ]


@pytest.mark.skipif(ON_WINDOWS, reason="these names are refused on Windows")
async def test_elsewhere_names_windows_refuses_are_saved(
    client: Any, fake: FakeRuncrate, tmp_path: Path
) -> None:
    files = {"model:v1.bin": b"one", "notes.": b"two", "CON": b"three", "logs/nul.txt": b"four"}
    job_id = await job_with_artifacts(client, fake, files)
    await call(client.jobs.artifacts.download_all(job_id, to=tmp_path))
    assert tree(tmp_path) == files
