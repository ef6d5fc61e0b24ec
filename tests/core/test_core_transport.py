"""The transport policy (docs/transport.md), row by row, against the fake server.

Fault injection produces each outcome; the fake's request log shows how many attempts arrived and
which idempotency keys they carried; fake time records every wait (nothing sleeps for real). Every
test runs on ``Runcrate`` and on ``AsyncRuncrate`` over each HTTP backend (httpx's own, aiohttp): the
policy is one, and each backend's failures must reach it as the same kinds.
"""

from __future__ import annotations

import io
import logging
import socket
import struct
from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Any

import httpx
import pytest

from runcrate import (
    AiohttpTransport,
    ApiError,
    AsyncRuncrate,
    BadGatewayError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    RequestOptions,
    Runcrate,
    ServiceUnavailableError,
    UnexpectedRedirectError,
)
from runcrate import ConnectionError as RuncrateConnectionError
from runcrate import TimeoutError as RuncrateTimeoutError
from runcrate._generated.api.audio import create_transcription
from runcrate._generated.api.chat import create_chat_completion
from runcrate._generated.api.instances import create_instance, list_instances
from runcrate._generated.api.jobs import cancel_job, submit_job
from runcrate._generated.api.ssh_keys import create_ssh_key
from runcrate._generated.models.chat_completion_request import ChatCompletionRequest
from runcrate._generated.models.create_instance_request import CreateInstanceRequest
from runcrate._generated.models.create_ssh_key_request import CreateSshKeyRequest
from runcrate._generated.models.job_spec import JobSpec
from runcrate._generated.models.transcription_request import TranscriptionRequest
from runcrate._generated.types import File
from runcrate._transport import USER_AGENT
from runcrate.testing import FakeRuncrate, LinkedTime
from tests.core.conftest import opened
from tests.core.helpers import KINDS
from tests.resources.conftest import call

INSTANCES = "/api/v1/instances"
JOBS = "/api/v1/jobs"
CHAT = "/v1/chat/completions"
SSH_KEYS = "/api/v1/ssh-keys"
TRANSCRIPTIONS = "/v1/audio/transcriptions"
WHISPER = "openai/whisper-large-v3"


def wav_bytes() -> bytes:
    """A tiny valid WAV file (0.1 s of silence, 8 kHz mono 16-bit)."""
    samples = b"\x00\x00" * 800
    header = struct.pack(
        "<4sI4s4sIHHIIHH4sI",
        b"RIFF",
        36 + len(samples),
        b"WAVE",
        b"fmt ",
        16,
        1,
        1,
        8000,
        16000,
        2,
        16,
        b"data",
        len(samples),
    )
    return header + samples


def instance_body() -> CreateInstanceRequest:
    return CreateInstanceRequest.from_dict({"name": "trainer", "gpu_type": "H100"})


def job_body() -> JobSpec:
    return JobSpec.from_dict({"command": "python train.py", "gpu_type": "H100", "max_runtime_minutes": 30})


def ssh_key_body() -> CreateSshKeyRequest:
    return CreateSshKeyRequest.from_dict(
        {"name": "laptop", "public_key": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIA laptop"}
    )


def chat_body() -> ChatCompletionRequest:
    return ChatCompletionRequest.from_dict(
        {"model": "meta-llama/Llama-3.3-70B-Instruct", "messages": [{"role": "user", "content": "hi"}]}
    )


@pytest.fixture
def client(each_client: Any) -> Any:
    """Every test here runs on each kind of client."""
    return each_client


def create(client: Any, **options: object) -> object:
    return client._engine.request(create_instance, body=instance_body(), options=RequestOptions(**options))


# ----- reads (GET/PUT/PATCH/DELETE and idempotent POSTs) -------------------------------------------


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504, 520])
async def test_reads_retry_retryable_statuses_then_succeed(
    client: Any, fake: FakeRuncrate, fake_time: LinkedTime, status: int
) -> None:
    fake.faults.add("GET", INSTANCES, statuses=[status, status])
    result = await call(client._engine.request(list_instances))
    assert result.data == []
    assert fake.attempts("GET", INSTANCES) == 3
    assert len(fake_time.sleeps) == 2
    assert 0.375 <= fake_time.sleeps[0] <= 0.625
    assert 0.75 <= fake_time.sleeps[1] <= 1.25


async def test_reads_give_up_after_max_retries(
    client: Any, fake: FakeRuncrate, fake_time: LinkedTime
) -> None:
    fake.faults.add("GET", INSTANCES, statuses=[503] * 10)
    with pytest.raises(ServiceUnavailableError):
        await call(client._engine.request(list_instances))
    assert fake.attempts("GET", INSTANCES) == 4
    assert len(fake_time.sleeps) == 3


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422])
async def test_reads_do_not_retry_client_errors(client: Any, fake: FakeRuncrate, status: int) -> None:
    fake.faults.add("GET", INSTANCES, statuses=[status])
    with pytest.raises(ApiError):
        await call(client._engine.request(list_instances))
    assert fake.attempts("GET", INSTANCES) == 1


async def test_reads_retry_a_dropped_connection(client: Any, fake: FakeRuncrate) -> None:
    fake.faults.add("GET", INSTANCES, drop_before_response=True, times=2)
    assert (await call(client._engine.request(list_instances))).data == []
    assert fake.attempts("GET", INSTANCES) == 3


async def test_reads_retry_a_body_cut_short(client: Any, fake: FakeRuncrate) -> None:
    fake.faults.add("GET", INSTANCES, truncate_body_at=5)
    assert (await call(client._engine.request(list_instances))).data == []
    assert fake.attempts("GET", INSTANCES) == 2


async def test_reads_raise_connection_error_when_drops_persist(client: Any, fake: FakeRuncrate) -> None:
    fake.faults.add("GET", INSTANCES, drop_before_response=True, times=10)
    with pytest.raises(RuncrateConnectionError) as caught:
        await call(client._engine.request(list_instances))
    assert f"GET {fake.url}{INSTANCES}" in str(caught.value)
    assert isinstance(caught.value.__cause__, httpx.RemoteProtocolError)
    assert fake.attempts("GET", INSTANCES) == 4


async def test_reads_retry_timeouts(client: Any, fake: FakeRuncrate) -> None:
    fake.faults.add("GET", INSTANCES, delay=0.5, times=2)
    fast = client.with_options(timeout=0.1)
    assert (await call(fast._engine.request(list_instances))).data == []
    assert fake.attempts("GET", INSTANCES) == 3


async def test_timeouts_raise_timeout_error_naming_the_call(client: Any, fake: FakeRuncrate) -> None:
    fake.faults.add("GET", INSTANCES, delay=0.5, times=10)
    with pytest.raises(RuncrateTimeoutError) as caught:
        await call(client._engine.request(list_instances, options=RequestOptions(timeout=0.1, max_retries=1)))
    # The read timeout or the attempt's deadline (the same 0.1 s) ends it, whichever fires first.
    assert str(caught.value).startswith("Request timed out")
    assert f": GET {fake.url}{INSTANCES}" in str(caught.value)
    assert isinstance(caught.value, TimeoutError)
    assert isinstance(caught.value.__cause__, httpx.TimeoutException)
    assert fake.attempts("GET", INSTANCES) == 2


async def test_idempotent_post_retries_like_a_read_with_one_key(client: Any, fake: FakeRuncrate) -> None:
    fake.faults.add("POST", "/api/v1/jobs/{id}/cancel", statuses=[500, 502])
    with pytest.raises(NotFoundError):
        await call(client._engine.request(cancel_job, "job_missing"))
    assert fake.attempts("POST", "/api/v1/jobs/{id}/cancel") == 3
    keys = fake.idempotency_keys("POST", "/api/v1/jobs/{id}/cancel")
    assert len(set(keys)) == 1 and keys[0] is not None


async def test_submit_is_retried_with_the_same_key_and_deduplicated(client: Any, fake: FakeRuncrate) -> None:
    fake.faults.add("POST", JOBS, drop_before_response=True)
    job = await call(client._engine.request(submit_job, body=job_body()))
    keys = fake.idempotency_keys("POST", JOBS)
    assert len(keys) == 2 and keys[0] == keys[1] and keys[0] is not None
    assert (
        await call(client._engine.request(submit_job, body=job_body(), idempotency_key=keys[0]))
    ).data.id == job.data.id


# ----- inference POSTs retry like reads ------------------------------------------------------------


@pytest.mark.parametrize("status", [429, 500, 502, 503])
async def test_inference_posts_retry_like_reads(client: Any, fake: FakeRuncrate, status: int) -> None:
    fake.faults.add("POST", CHAT, statuses=[status])
    completion = await call(client._engine.request(create_chat_completion, body=chat_body()))
    assert completion.choices
    assert fake.attempts("POST", CHAT) == 2
    assert fake.idempotency_keys("POST", CHAT) == [None, None]


async def test_inference_post_retries_a_dropped_connection(client: Any, fake: FakeRuncrate) -> None:
    fake.faults.add("POST", CHAT, drop_before_response=True)
    assert (await call(client._engine.request(create_chat_completion, body=chat_body()))).choices
    assert fake.attempts("POST", CHAT) == 2


# ----- unsafe infrastructure POSTs (billed creates) ------------------------------------------------


@pytest.mark.parametrize("status", [500, 502, 504, 408])
async def test_creates_are_not_retried_on_ambiguous_statuses(
    client: Any, fake: FakeRuncrate, status: int
) -> None:
    fake.faults.add("POST", INSTANCES, statuses=[status])
    with pytest.raises(ApiError):
        await call(create(client))
    assert fake.attempts("POST", INSTANCES) == 1


@pytest.mark.parametrize("status", [429, 503])
async def test_creates_are_retried_on_429_and_503_with_one_key(
    client: Any, fake: FakeRuncrate, status: int
) -> None:
    fake.faults.add("POST", INSTANCES, statuses=[status, status])
    instance = await call(create(client))
    assert instance is not None
    keys = fake.idempotency_keys("POST", INSTANCES)
    assert len(keys) == 3 and len(set(keys)) == 1 and keys[0] is not None


async def test_creates_are_not_retried_after_a_drop(client: Any, fake: FakeRuncrate) -> None:
    fake.faults.add("POST", INSTANCES, drop_before_response=True)
    with pytest.raises(RuncrateConnectionError):
        await call(create(client))
    assert fake.attempts("POST", INSTANCES) == 1


async def test_creates_are_not_retried_after_a_read_timeout(client: Any, fake: FakeRuncrate) -> None:
    fake.faults.add("POST", SSH_KEYS, delay=0.5)
    with pytest.raises(RuncrateTimeoutError):
        await call(
            client._engine.request(create_ssh_key, body=ssh_key_body(), options=RequestOptions(timeout=0.1))
        )
    assert fake.attempts("POST", SSH_KEYS) == 1


async def test_a_long_route_keeps_a_short_timeout_from_cutting_it(client: Any, fake: FakeRuncrate) -> None:
    fake.faults.add("POST", INSTANCES, delay=0.3)
    assert await call(create(client, timeout=0.1)) is not None
    assert fake.attempts("POST", INSTANCES) == 1


@pytest.mark.parametrize("kind", KINDS)
async def test_connection_never_opened_is_retried_even_for_creates(
    fake: FakeRuncrate, fake_time: LinkedTime, kind: str
) -> None:
    with socket.socket() as sock:  # a port that is certainly closed
        sock.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{sock.getsockname()[1]}"
    async with opened(kind, fake_time, api_key=fake.api_key, base_url=dead, max_retries=2) as client:
        with pytest.raises(RuncrateConnectionError) as caught:
            await call(create(client))
    assert len(fake_time.sleeps) == 2
    assert f"POST {dead}/api/v1/instances" in str(caught.value)
    assert fake.api_key not in str(caught.value)
    assert isinstance(caught.value.__cause__, httpx.ConnectError)


@pytest.mark.parametrize("path_method", [("POST", INSTANCES), ("GET", INSTANCES)])
async def test_launch_refused_is_never_retried(
    client: Any, fake: FakeRuncrate, path_method: tuple[str, str]
) -> None:
    method, path = path_method
    body = {"error": {"code": "launch_refused", "message": "The image does not exist"}}
    fake.faults.add(method, path, statuses=[(502, {}, body), (503, {}, body)])
    with pytest.raises(BadGatewayError) as caught:
        await call(create(client)) if method == "POST" else await call(client._engine.request(list_instances))
    assert caught.value.code == "launch_refused"
    assert fake.attempts(method, path) == 1


# ----- idempotency keys ----------------------------------------------------------------------------


async def test_every_infrastructure_post_carries_a_fresh_key(client: Any, fake: FakeRuncrate) -> None:
    await call(create(client))
    await call(create(client))
    await call(client._engine.request(list_instances))
    first, second = fake.idempotency_keys("POST", INSTANCES)
    assert first and second and first != second
    assert fake.idempotency_keys("GET", INSTANCES) == [None]


async def test_caller_key_wins(client: Any, fake: FakeRuncrate) -> None:
    await call(create(client, idempotency_key="mine-1"))
    await call(client._engine.request(create_instance, body=instance_body(), idempotency_key="mine-2"))
    await call(
        client._engine.request(
            create_instance,
            body=instance_body(),
            options=RequestOptions(extra_headers={"Idempotency-Key": "mine-3"}),
        )
    )
    assert fake.idempotency_keys("POST", INSTANCES) == ["mine-1", "mine-2", "mine-3"]


async def test_in_progress_conflict_is_asked_again_with_the_same_key(
    client: Any, fake: FakeRuncrate, fake_time: LinkedTime
) -> None:
    fake.hold_idempotency_key("job-key-1", times=2)
    job = await call(
        client._engine.request(
            submit_job, body=job_body(), options=RequestOptions(idempotency_key="job-key-1", max_retries=0)
        )
    )
    assert job.data.id
    assert fake.idempotency_keys("POST", JOBS) == ["job-key-1"] * 3
    assert len(fake_time.sleeps) == 2 and all(wait >= 3.0 for wait in fake_time.sleeps)


async def test_in_progress_conflict_gives_up_after_the_time_budget(
    client: Any, fake: FakeRuncrate, fake_time: LinkedTime
) -> None:
    fake.hold_idempotency_key("job-key-2", times=1000)
    with pytest.raises(ConflictError) as caught:
        await call(client._engine.request(submit_job, body=job_body(), idempotency_key="job-key-2"))
    assert caught.value.details.get("reason") == "idempotency_in_progress"
    assert 10 < fake.attempts("POST", JOBS) < 60
    assert sum(fake_time.sleeps) <= 150.0


# ----- Retry-After ---------------------------------------------------------------------------------


async def test_retry_after_seconds_is_honoured(
    client: Any, fake: FakeRuncrate, fake_time: LinkedTime
) -> None:
    fake.faults.add(
        "GET", INSTANCES, statuses=[(429, {"Retry-After": "7"}), (503, {"retry-after-ms": "1250"})]
    )
    await call(client._engine.request(list_instances))
    assert fake_time.sleeps == [7.0, 1.25]


async def test_retry_after_http_date_is_honoured(
    client: Any, fake: FakeRuncrate, fake_time: LinkedTime
) -> None:
    when = datetime.fromtimestamp(fake_time.wall() + 12, UTC)
    fake.faults.add("GET", INSTANCES, statuses=[(503, {"Retry-After": format_datetime(when, usegmt=True)})])
    await call(client._engine.request(list_instances))
    assert len(fake_time.sleeps) == 1 and 11.0 <= fake_time.sleeps[0] <= 12.0


async def test_retry_after_above_the_cap_raises_at_once(
    client: Any, fake: FakeRuncrate, fake_time: LinkedTime
) -> None:
    fake.faults.add("POST", INSTANCES, statuses=[(429, {"Retry-After": "3600"})])
    with pytest.raises(RateLimitError) as caught:
        await call(create(client))
    assert caught.value.retry_after == 3600.0
    assert any("3600" in note for note in caught.value.__notes__)
    assert fake_time.sleeps == []
    assert fake.attempts("POST", INSTANCES) == 1


async def test_non_finite_retry_after_uses_backoff(
    client: Any, fake: FakeRuncrate, fake_time: LinkedTime
) -> None:
    fake.faults.add("GET", INSTANCES, statuses=[(503, {"Retry-After": "nan"})])
    await call(client._engine.request(list_instances))
    assert len(fake_time.sleeps) == 1 and 0.375 <= fake_time.sleeps[0] <= 0.625


# ----- per-call options, timeouts, headers, environment --------------------------------------------


async def test_per_call_max_retries(client: Any, fake: FakeRuncrate) -> None:
    fake.faults.add("GET", INSTANCES, statuses=[503] * 10)
    with pytest.raises(InternalServerError):
        await call(client._engine.request(list_instances, options=RequestOptions(max_retries=1)))
    assert fake.attempts("GET", INSTANCES) == 2


async def test_long_routes_raise_the_timeout_but_never_lower_it(client: Any) -> None:
    short = client._engine.prepare(create_instance, (), {"body": instance_body()}, None)
    assert short.request.extensions["timeout"] == {"connect": 30.0, "read": 75.0, "write": 75.0, "pool": 30.0}
    long = client._engine.prepare(create_instance, (), {"body": instance_body()}, RequestOptions(timeout=200))
    assert long.request.extensions["timeout"]["read"] == 200.0
    plain = client._engine.prepare(
        list_instances, (), {}, RequestOptions(timeout=httpx.Timeout(2.0, read=5.0))
    )
    assert plain.request.extensions["timeout"] == {"connect": 2.0, "read": 5.0, "write": 2.0, "pool": 2.0}
    unbounded = client._engine.prepare(
        create_instance, (), {"body": instance_body()}, RequestOptions(timeout=None)
    )
    assert unbounded.request.extensions["timeout"]["read"] is None


async def test_headers_query_and_body_extras(client: Any, fake: FakeRuncrate) -> None:
    fake.set_validation(requests=False)
    await call(
        client.with_options(default_headers={"X-Team": "ml"})._engine.request(
            create_chat_completion,
            body=chat_body(),
            options=RequestOptions(
                extra_headers={"X-Trace": "t-1", "User-Agent": None},
                extra_query={"debug": "1"},
                extra_body={"top_k": 5},
            ),
        )
    )
    sent = fake.requests[-1]
    assert sent.headers["x-team"] == "ml"
    assert sent.headers["x-trace"] == "t-1"
    assert "runcrate-client" not in sent.headers.get("user-agent", "")
    assert sent.query == "debug=1"
    assert sent.json()["top_k"] == 5
    assert sent.json()["model"] == "meta-llama/Llama-3.3-70B-Instruct"


async def test_standard_headers(client: Any, fake: FakeRuncrate) -> None:
    await call(client._engine.request(list_instances))
    sent = fake.requests[-1]
    assert sent.headers["authorization"] == f"Bearer {fake.api_key}"
    assert sent.headers["user-agent"] == USER_AGENT
    assert USER_AGENT.startswith("runcrate-client/") and " Python/" in USER_AGENT and " httpx/" in USER_AGENT
    assert sent.headers["accept"] == "application/json"
    assert "content-type" not in sent.headers


@pytest.mark.parametrize("kind", KINDS)
async def test_environment_goes_to_infrastructure_only(
    fake: FakeRuncrate, fake_time: LinkedTime, kind: str
) -> None:
    fake.add_environment("dev")
    async with opened(
        kind, fake_time, api_key=fake.api_key, base_url=fake.url, inference_url=fake.url, environment="dev"
    ) as client:
        await call(client._engine.request(list_instances))
        await call(client._engine.request(list_instances, environment="main"))
        await call(client._engine.request(create_chat_completion, body=chat_body()))
    infra_first, infra_second, chat = fake.requests
    assert infra_first.query == "environment=dev"
    assert infra_second.query == "environment=main"
    assert chat.query == ""


async def test_key_never_logged(client: Any, fake: FakeRuncrate, caplog: pytest.LogCaptureFixture) -> None:
    fake.faults.add("GET", INSTANCES, statuses=[503])
    with caplog.at_level(logging.DEBUG, logger="runcrate"):
        await call(client._engine.request(list_instances))
    messages = [record.getMessage() for record in caplog.records]
    assert any(
        m.startswith(f"Retrying GET {fake.url}{INSTANCES} (attempt 2 of 4) after HTTP 503 in ")
        for m in messages
    )
    assert any(m.startswith(f"GET {fake.url}{INSTANCES} -> 200 in ") for m in messages)
    assert all(fake.api_key not in m for m in messages)
    assert [r.levelname for r in caplog.records if r.getMessage().startswith("Retrying")] == ["INFO"]


# ----- multipart bodies and the user's own httpx client --------------------------------------------


def transcription(payload: Any) -> TranscriptionRequest:
    return TranscriptionRequest(
        file=File(payload=payload, file_name="clip.wav", mime_type="audio/wav"), model=WHISPER
    )


async def test_multipart_is_retried_with_the_whole_file(client: Any, fake: FakeRuncrate) -> None:
    fake.faults.add("POST", TRANSCRIPTIONS, statuses=[503])
    result = await call(
        client._engine.request(create_transcription, body=transcription(io.BytesIO(wav_bytes())))
    )
    assert result.text
    first, second = fake.requests
    assert first.body == second.body
    assert first.headers["content-type"].startswith("multipart/form-data; boundary=")


async def test_multipart_with_a_file_that_cannot_rewind_is_sent_once(client: Any, fake: FakeRuncrate) -> None:
    class OneShot(io.BytesIO):
        def seekable(self) -> bool:
            return False

    fake.faults.add("POST", TRANSCRIPTIONS, statuses=[503])
    with pytest.raises(ServiceUnavailableError):
        await call(client._engine.request(create_transcription, body=transcription(OneShot(wav_bytes()))))
    assert fake.attempts("POST", TRANSCRIPTIONS) == 1


def users_http_client(kind: str, seen: list[str]) -> httpx.Client | httpx.AsyncClient:
    """An httpx client configured against the SDK's policy (redirects followed, a huge timeout) that
    records each request's path; the async ones on httpx's transport or an ``AiohttpTransport``."""
    options: dict[str, Any] = {"follow_redirects": True, "timeout": 1000}
    if kind == "sync":
        return httpx.Client(**options, event_hooks={"request": [lambda r: seen.append(r.url.path)]})

    async def record(request: httpx.Request) -> None:
        seen.append(request.url.path)

    if kind == "aiohttp":
        options["transport"] = AiohttpTransport()
    return httpx.AsyncClient(**options, event_hooks={"request": [record]})


@pytest.mark.parametrize("kind", KINDS)
async def test_the_users_http_client_keeps_the_sdk_policy(
    fake: FakeRuncrate, fake_time: LinkedTime, kind: str
) -> None:
    seen: list[str] = []
    mine = users_http_client(kind, seen)
    cls = Runcrate if kind == "sync" else AsyncRuncrate
    client = cls(api_key=fake.api_key, base_url=fake.url, inference_url=fake.url, http_client=mine)  # type: ignore[arg-type]
    fake_time.attach(client)
    fake.faults.add("GET", INSTANCES, statuses=[503, (302, {"Location": f"{fake.url}/api/v1/ssh-keys"}, "")])
    with pytest.raises(UnexpectedRedirectError):
        await call(client._engine.request(list_instances))
    assert seen == [INSTANCES, INSTANCES]
    assert fake.attempts("GET", "/api/v1/ssh-keys") == 0
    prepared = client._engine.prepare(list_instances, (), {}, None)
    assert prepared.request.extensions["timeout"]["read"] == 30.0
    await call(client.close())
    assert not mine.is_closed  # the SDK leaves the user's client open
    await call(mine.aclose() if isinstance(mine, httpx.AsyncClient) else mine.close())
