"""``client.get/post/put/patch/delete(path)``: API paths the SDK has no method for, sent like its own.

Against the fake server on every kind of client (sync, async, async on aiohttp): the server is
chosen from the path or ``server``, the key, environment, retries, idempotency keys and error
classes are the SDK's, and a path that would leave its server is refused before any request.
"""

from __future__ import annotations

from typing import Any

import pytest

import runcrate
from runcrate import RawResponse
from runcrate.testing import FakeRuncrate, LinkedTime
from tests.core.helpers import KINDS, RAW_KEY, client_options
from tests.raw_server import RawServer, respond
from tests.resources.conftest import call

CHAT = {"model": "m", "messages": [{"role": "user", "content": "hi"}]}
PUBLIC_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGJz1n8ZP2nX0n2yq0Yk6m6f7m6Gx2kq1T3lQ0oJzQ1W any"


@pytest.fixture
def client(each_client: Any) -> Any:
    """Every test here runs on each kind of client."""
    return each_client


# ----- the server and what goes with the request -----------------------------------------------------


async def test_a_relative_path_goes_to_the_infrastructure_api_with_key_and_environment(
    client: Any, fake: FakeRuncrate
) -> None:
    assert await call(client.get("/instances")) == {"data": []}
    scoped = client.with_options(environment="main")
    body = await call(scoped.get("/instances", params={"unused": None}))
    assert body == {"data": []}
    plain, with_environment = fake.requests
    assert plain.path == with_environment.path == "/api/v1/instances"
    assert plain.headers["authorization"] == f"Bearer {fake.api_key}"
    assert (plain.query, with_environment.query) == ("", "environment=main")


async def test_the_whole_json_answer_comes_back_envelope_and_all(client: Any) -> None:
    answer = await call(client.get("/billing/transactions", params={"limit": 1}))
    assert set(answer) == {"data", "meta"}
    assert answer["data"][0]["type"] == "credit" and answer["meta"]["hasMore"] is False


async def test_a_wire_path_chooses_its_server(client: Any, fake: FakeRuncrate) -> None:
    balance = await call(client.with_options(environment="main").get("/api/v1/billing/balance"))
    reply = await call(client.with_options(environment="main").post("/v1/chat/completions", json=CHAT))
    assert balance["data"]["creditsBalance"] == 100
    assert reply["choices"][0]["message"]["content"]
    infra, inference = fake.requests
    assert infra.path == "/api/v1/billing/balance" and infra.query == "environment=main"
    assert inference.path == "/v1/chat/completions" and inference.query == ""  # never to inference
    assert inference.idempotency_key is None  # an inference POST carries no key


async def test_server_picks_the_server_of_a_relative_path(client: Any, fake: FakeRuncrate) -> None:
    reply = await call(client.post("/chat/completions", json=CHAT, server="inference"))
    assert reply["object"] == "chat.completion"
    assert fake.requests[-1].path == "/v1/chat/completions"


async def test_every_method_on_known_routes(client: Any, fake: FakeRuncrate) -> None:
    created = await call(client.post("/ssh-keys", json={"name": "k", "public_key": PUBLIC_KEY}))
    key_id = created["data"]["id"]
    assert await call(client.delete(f"/ssh-keys/{key_id}")) is None  # 204: no body
    rule = {"enabled": True, "threshold_usd": 10, "target_usd": 50}
    assert (await call(client.put("/billing/auto-recharge", json=rule)))["data"]["enabled"] is True
    environment = await call(client.post("/environments", json={"name": "staging"}))
    renamed = await call(client.patch(f"/environments/{environment['data']['id']}", json={"name": "stage"}))
    assert renamed["data"]["name"] == "stage"
    assert [r.method for r in fake.requests] == ["POST", "DELETE", "PUT", "POST", "PATCH"]


async def test_the_per_call_options_apply(client: Any, fake: FakeRuncrate) -> None:
    await call(
        client.post(
            "/environments",
            json={"name": "a"},
            extra_body={"name": "b"},
            extra_query={"environment": "main"},
            extra_headers={"X-Trace": "t1"},
        )
    )
    sent = fake.requests[-1]
    assert sent.json() == {"name": "b"} and sent.query == "environment=main"
    assert sent.headers["x-trace"] == "t1"
    with pytest.raises(TypeError, match="max_retry"):
        await call(client.get("/instances", max_retry=0))


# ----- retries, idempotency, errors ------------------------------------------------------------------


async def test_reads_are_retried(client: Any, fake: FakeRuncrate, fake_time: LinkedTime) -> None:
    fake.faults.add("GET", "/api/v1/instances", statuses=[502, 503])
    assert await call(client.get("/instances")) == {"data": []}
    assert fake.attempts("GET", "/api/v1/instances") == 3 and len(fake_time.sleeps) == 2


async def test_an_infrastructure_post_is_retried_only_when_not_acted_on(
    client: Any, fake: FakeRuncrate
) -> None:
    fake.faults.add("POST", "/api/v1/environments", statuses=[(503, {"Retry-After": "1"})])
    await call(client.post("/environments", json={"name": "a"}, idempotency_key="mine"))
    assert fake.idempotency_keys("POST", "/api/v1/environments") == ["mine", "mine"]

    fake.faults.add("POST", "/api/v1/environments", statuses=[500])
    with pytest.raises(runcrate.InternalServerError) as failed:
        await call(client.post("/environments", json={"name": "b"}))
    assert fake.attempts("POST", "/api/v1/environments") == 3  # the 500 was not repeated
    assert failed.value.idempotency_key == fake.idempotency_keys("POST", "/api/v1/environments")[-1]


async def test_a_post_declared_idempotent_is_retried_like_a_read(client: Any, fake: FakeRuncrate) -> None:
    fake.faults.add("POST", "/api/v1/environments", statuses=[500])
    await call(client.post("/environments", json={"name": "a"}, idempotent=True))
    first, retry = fake.idempotency_keys("POST", "/api/v1/environments")
    assert first is not None and retry == first


async def test_inference_posts_repeat_like_the_apis_own(client: Any, fake: FakeRuncrate) -> None:
    fake.faults.add("POST", "/v1/chat/completions", statuses=[500])
    await call(client.post("/v1/chat/completions", json=CHAT))
    assert fake.attempts("POST", "/v1/chat/completions") == 2


async def test_errors_map_to_the_sdks_classes(client: Any, fake: FakeRuncrate) -> None:
    with pytest.raises(runcrate.NotFoundError) as missing:
        await call(client.get("/instances/nope"))
    assert missing.value.code == "not_found" and "nope" in missing.value.message
    with pytest.raises(runcrate.NotFoundError):
        await call(client.get("/no-such-route"))
    with pytest.raises(runcrate.UnprocessableEntityError) as refused:
        await call(client.post("/jobs", json={"command": "x"}))
    assert refused.value.code == "validation_error"
    assert fake.take_violations()  # the fake records the body that broke the spec
    with pytest.raises(runcrate.AuthenticationError):
        await call(
            client.with_options(default_headers={"Authorization": "Bearer rc_live_wrong"}).get("/instances")
        )


async def test_raw_gives_status_headers_and_request_id(client: Any) -> None:
    raw = await call(client.get("/instances", raw=True))
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200 and raw.request_id and raw.headers["content-type"] == "application/json"
    assert raw.parse() == {"data": []}


# ----- paths that must not leave their server ------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "says"),
    [
        (None, "non-empty string"),
        (5, "non-empty string"),
        ("", "non-empty string"),
        ("https://evil.example/api/v1/instances", "not a URL"),
        ("http://127.0.0.1:1/x", "not a URL"),
        ("//evil.example/x", "not a URL"),
        ("javascript:alert(1)", "not a URL"),
        ("/../x", "'..'"),
        ("/instances/../../v1/chat", "'..'"),
        ("/instances/./x", "'.'"),
        ("/%2e%2e/x", "'..'"),
        ("/instances/%2E%2e%2Fsecrets", "'..'"),
        ("/instances//x", "empty segments"),
        ("/instances/", "empty segments"),
        ("/instances?limit=1", "query"),
        ("/instances#top", "fragment"),
        ("/instances\\..\\x", "backslash"),
        ("/instances/%5c..", "backslash"),
        ("/instances/100%", "percent-escape"),
        ("/instances/%zz", "percent-escape"),
        ("/instances/\udc80", "Unicode"),
    ],
)
async def test_a_path_that_could_leave_its_server_is_refused_before_any_request(
    client: Any, fake: FakeRuncrate, path: object, says: str
) -> None:
    for method in (client.get, client.delete, client.post):
        with pytest.raises(ValueError, match="path") as refused:
            await call(method(path))
        assert says in str(refused.value)
    assert fake.requests == []


@pytest.mark.parametrize(
    ("path", "server", "says"),
    [
        ("/v1/chat/completions", "infrastructure", "wire path of the inference API"),
        ("/api/v1/instances", "inference", "wire path of the infrastructure API"),
        ("/instances", "infra", "server must be"),
        ("/instances", "", "server must be"),
    ],
)
async def test_a_server_that_contradicts_the_path_or_is_misspelt_is_refused(
    client: Any, fake: FakeRuncrate, path: str, server: str, says: str
) -> None:
    with pytest.raises(ValueError, match=says):
        await call(client.get(path, server=server))
    assert fake.requests == []


async def test_params_must_be_a_mapping(client: Any, fake: FakeRuncrate) -> None:
    with pytest.raises(ValueError, match="params must be a mapping"):
        await call(client.get("/instances", params=[("limit", 1)]))
    assert fake.requests == []


async def test_characters_a_path_cannot_carry_are_encoded_and_escapes_kept(
    client: Any, fake: FakeRuncrate
) -> None:
    for path in ("/instances/a%2Fb", "/instances/id with space", "/instances/é"):
        with pytest.raises(runcrate.NotFoundError):
            await call(client.get(path))
    assert [r.raw_path for r in fake.requests] == [
        "/api/v1/instances/a%2Fb",
        "/api/v1/instances/id%20with%20space",
        "/api/v1/instances/%C3%A9",
    ]


# ----- answers that are not JSON ---------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
async def test_a_body_that_is_not_json_is_an_error_unless_raw(raw_server: RawServer, kind: str) -> None:
    raw_server.repeat(respond(200, b"plain words", {"Content-Type": "text/plain"}))
    settings = {"api_key": RAW_KEY, "base_url": raw_server.url, "inference_url": raw_server.url}
    cls = runcrate.Runcrate if kind == "sync" else runcrate.AsyncRuncrate
    client: Any = cls(**settings, **client_options(kind))
    try:
        with pytest.raises(runcrate.InvalidResponseError, match="raw=True"):
            await call(client.get("/somewhere"))
        raw = await call(client.get("/somewhere", raw=True))
        assert raw.http_response.text == "plain words"
    finally:
        await call(client.close())
    assert raw_server.requests[0].target == "/api/v1/somewhere"
