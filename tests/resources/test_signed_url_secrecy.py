"""A signed URL's signature (its query) never reaches a log line or a repr, with both clients.

Every logger is captured at DEBUG while the SDK downloads an artifact, uploads code and fails on an
expired signed URL; no line at INFO or above (httpx's own ``HTTP Request: ...`` line included, which
is checked to be there) and no line of the SDK's or httpx's loggers at any level shows a signature.
httpcore's DEBUG trace of the API's redirect response shows its ``Location`` header as received,
before the SDK knows it is a signed URL.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import httpx
import pytest

import runcrate
from runcrate.testing import FakeRuncrate
from tests.resources.conftest import call
from tests.resources.test_job_artifacts import job_with_artifact

SIGNED_QUERY_NAMES = ("signature=", "expires=")


def signed_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [record.getMessage() for record in caplog.records if "/signed/" in record.getMessage()]


def assert_no_signature(caplog: pytest.LogCaptureFixture, *signed_urls: str) -> None:
    messages = [
        record.getMessage()
        for record in caplog.records
        if record.levelno >= logging.INFO or record.name in ("runcrate", "httpx")
    ]
    assert messages
    for url in signed_urls:
        query = httpx.URL(url).query.decode()
        assert query, url  # a signed URL has a query
        assert not [m for m in messages if query in m]
    assert not [m for m in messages if any(name in m for name in SIGNED_QUERY_NAMES)]


async def test_artifact_downloads_log_no_signature(
    client: Any, fake: FakeRuncrate, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    job_id = await job_with_artifact(client, fake)
    signed = await call(client.jobs.artifacts.url(job_id, "out/model.bin"))
    with caplog.at_level(logging.DEBUG):
        await call(client.jobs.artifacts.download(job_id, "out/model.bin", to=tmp_path))
        await call(client._engine.download_to_file(signed, tmp_path / "again.bin"))
    assert_no_signature(caplog, signed)
    httpx_lines = [line for line in signed_lines(caplog) if line.startswith("HTTP Request: GET")]
    assert len(httpx_lines) == 2
    assert all("/signed/artifacts/" in line and "?[redacted]" in line for line in httpx_lines)


async def test_a_refused_signed_url_logs_and_raises_no_signature(
    client: Any, fake: FakeRuncrate, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    job_id = await job_with_artifact(client, fake)
    signed = await call(client.jobs.artifacts.url(job_id, "out/model.bin"))
    fake.clock.advance(2 * 3600)  # the signature expired: the storage host answers 403
    with caplog.at_level(logging.DEBUG), pytest.raises(runcrate.ApiError) as caught:
        await call(client._engine.download_to_file(signed, tmp_path / "late.bin"))
    assert caught.value.code == "download_failed"
    assert_no_signature(caplog, signed)
    query = httpx.URL(signed).query.decode()
    assert query not in f"{caught.value} {caught.value!r} {caught.value.body}"
    assert signed_lines(caplog)


async def test_code_uploads_log_no_signature(
    client: Any, fake: FakeRuncrate, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG):
        await call(client.jobs.uploads.upload(b"an archive's bytes"))
    assert [line for line in signed_lines(caplog) if line.startswith("HTTP Request: PUT")]
    assert_no_signature(caplog)


async def test_a_reserved_upload_shows_its_signed_url_without_the_signature(
    client: Any, fake: FakeRuncrate
) -> None:
    reserved = await call(client.jobs.uploads.create(bytes=10))
    assert isinstance(reserved.url, str)
    query = httpx.URL(reserved.url).query.decode()
    assert query  # the attribute keeps the whole signed URL
    for shown in (repr(reserved), str(reserved), repr([reserved])):
        assert query not in shown and not any(name in shown for name in SIGNED_QUERY_NAMES)
        assert "/signed/uploads/" in shown and "?…" in shown


async def test_api_requests_are_still_logged_by_httpx_as_they_are(
    client: Any, fake: FakeRuncrate, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO):
        await call(client.with_options(environment="main").instances.list())
    assert any(
        record.name == "httpx" and "/api/v1/instances?environment=main" in record.getMessage()
        for record in caplog.records
    )
