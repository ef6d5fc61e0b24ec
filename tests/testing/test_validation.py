"""Spec validation of the fake server over real sockets: bad requests are refused and recorded,
responses that break a (deliberately altered) spec are replaced and recorded."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from runcrate.testing import FakeRuncrate

API = "/api/v1"
SPEC = Path(__file__).resolve().parents[2] / "openapi" / "runcrate.yaml"
CHAT = {"model": "m", "messages": [{"role": "user", "content": "hi"}]}


def violation(response: httpx.Response, status: int) -> str:
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert error["code"] == "spec_violation"
    return str(error["message"])


# ------------------------------------------------------------------------------------ requests


def test_a_body_that_breaks_the_schema_is_400_naming_the_field_and_rule(
    fake: FakeRuncrate, http: httpx.Client
) -> None:
    body = {"name": "x", "gpu_type": "H100", "max_runtime_minutes": "60"}
    message = violation(http.post(f"{API}/instances", json=body), 400)
    assert "body.max_runtime_minutes" in message and "rule:" in message
    (recorded,) = fake.take_violations()
    assert recorded.startswith("request POST /api/v1/instances: body.max_runtime_minutes")


def test_an_inference_request_violation_uses_the_inference_envelope(
    fake: FakeRuncrate, http: httpx.Client
) -> None:
    response = http.post("/v1/chat/completions", json={"model": "m"})
    violation(response, 400)
    assert response.json()["error"]["type"] == "invalid_request_error"
    assert "messages" in fake.take_violations()[0]


@pytest.mark.parametrize(
    ("params", "needle"),
    [
        ({"gpuType": "A100"}, "query parameter 'gpuType' is not documented"),
        ({"gpu_count": "two"}, "query.gpu_count"),
        ({"environment": ""}, "query.environment"),
    ],
)
def test_query_parameters_are_checked(
    fake: FakeRuncrate, http: httpx.Client, params: dict[str, str], needle: str
) -> None:
    assert needle in violation(http.get(f"{API}/instances/types", params=params), 400)
    assert fake.take_violations()


def test_integer_query_values_are_coerced_before_checking(http: httpx.Client) -> None:
    assert http.get(f"{API}/billing/transactions", params={"limit": "5", "offset": "0"}).status_code == 200


def test_header_parameters_are_checked(fake: FakeRuncrate, http: httpx.Client) -> None:
    headers = {"Idempotency-Key": "k" * 256}
    message = violation(
        http.post(f"{API}/instances", json={"name": "x", "gpu_type": "H100"}, headers=headers), 400
    )
    assert "header.idempotency-key" in message
    assert fake.take_violations()


def test_a_body_that_is_not_json_or_missing_is_a_violation(fake: FakeRuncrate, http: httpx.Client) -> None:
    bad_json = http.post(f"{API}/instances", content=b"{nope", headers={"Content-Type": "application/json"})
    assert "not valid JSON" in violation(bad_json, 400)
    assert "required" in violation(http.post(f"{API}/instances"), 400)
    assert "Content-Type" in violation(
        http.post(f"{API}/instances", content=b"x", headers={"Content-Type": "text/plain"}), 400
    )
    assert len(fake.take_violations()) == 3


def test_a_body_on_an_operation_without_one_is_a_violation(fake: FakeRuncrate, http: httpx.Client) -> None:
    assert "takes no request body" in violation(http.request("GET", f"{API}/instances", json={"a": 1}), 400)
    assert fake.take_violations()


def test_multipart_bodies_are_checked_as_objects_of_typed_parts(
    fake: FakeRuncrate, http: httpx.Client
) -> None:
    misnamed = {"audio": ("a.wav", b"RIFF0000WAVE", "application/octet-stream")}
    response = http.post("/v1/audio/transcriptions", data={"model": "openai/whisper-1"}, files=misnamed)
    assert "'file' is a required property" in violation(response, 400)
    assert fake.take_violations()
    files = {"file": ("a.wav", b"RIFF0000WAVE", "application/octet-stream")}
    not_a_number = {"model": "openai/whisper-1", "temperature": "warm"}
    response = http.post("/v1/audio/transcriptions", data=not_a_number, files=files)
    assert "body.temperature: 'warm' is not of type 'number'" in violation(response, 400)
    assert fake.take_violations()
    typed = {"model": "openai/whisper-1", "temperature": "0.2", "response_format": "text"}
    assert http.post("/v1/audio/transcriptions", data=typed, files=files).status_code == 200


def test_undocumented_methods_are_405_with_the_documented_allow(
    fake: FakeRuncrate, http: httpx.Client
) -> None:
    cases = {
        ("DELETE", f"{API}/instances/types"): "GET, HEAD",  # a literal path is never an {id}
        ("GET", f"{API}/jobs/uploads"): "POST",
        ("OPTIONS", f"{API}/instances/i-1"): "DELETE, GET, HEAD, PATCH",
        ("PATCH", f"{API}/instances/i-1/status"): "GET, HEAD",
        ("DELETE", f"{API}/jobs/j-1/artifacts/a/b.txt"): "GET, HEAD",
        ("PUT", "/v1/chat/completions"): "POST",
    }
    for (method, path), allow in cases.items():
        response = http.request(method, path)
        assert (response.status_code, response.headers.get("allow")) == (405, allow), (method, path)
        assert response.json()["error"]["code"] == "method_not_allowed"


def test_request_checking_can_be_switched_off_for_one_test(fake: FakeRuncrate, http: httpx.Client) -> None:
    fake.set_validation(requests=False)
    body = {"name": "x", "gpu_type": "H100", "max_runtime_minutes": 1}
    assert http.post(f"{API}/instances", json=body).json()["error"]["code"] == "validation_error"


def test_a_request_without_a_key_is_401_before_any_spec_check(http: httpx.Client) -> None:
    response = httpx.post(f"{http.base_url}{API}/instances", json={"bad": True})
    assert (response.status_code, response.json()["error"]["code"]) == (401, "invalid_key")


# ------------------------------------------------------------------------------------ responses


def _spec_document() -> dict[str, Any]:
    return dict(yaml.load(SPEC.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader))


@pytest.fixture
def altered_fake(tmp_path: Path) -> Iterator[Callable[[Callable[[dict[str, Any]], None]], FakeRuncrate]]:
    """A separate fake server serving a copy of the spec changed by the test."""
    started: list[FakeRuncrate] = []

    def start(change: Callable[[dict[str, Any]], None]) -> FakeRuncrate:
        document = _spec_document()
        change(document)
        path = tmp_path / f"spec{len(started)}.yaml"
        path.write_text(yaml.dump(document, Dumper=yaml.CSafeDumper), encoding="utf-8")
        server = FakeRuncrate(spec_path=path).start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


def _client(server: FakeRuncrate) -> httpx.Client:
    return httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {server.api_key}"})


def test_a_response_body_that_breaks_the_spec_becomes_a_500(altered_fake: Any) -> None:
    def require_more(spec: dict[str, Any]) -> None:
        spec["components"]["schemas"]["Balance"]["required"].append("lifetime_spend_usd")

    server = altered_fake(require_more)
    with _client(server) as http:
        message = violation(http.get(f"{API}/billing/balance"), 500)
    assert "lifetime_spend_usd" in message
    assert server.violations == [
        "response GET /api/v1/billing/balance: body.data: 'lifetime_spend_usd' is a required property "
        "(rule: properties/data/required)"
    ]


def test_an_undocumented_status_becomes_a_500(altered_fake: Any) -> None:
    def drop_404(spec: dict[str, Any]) -> None:
        del spec["paths"]["/instances/{id}"]["get"]["responses"]["404"]

    server = altered_fake(drop_404)
    with _client(server) as http:
        assert "status 404 is not documented for getInstance" in violation(
            http.get(f"{API}/instances/x"), 500
        )


def test_an_undocumented_binary_content_type_becomes_a_500(altered_fake: Any) -> None:
    def only_wav(spec: dict[str, Any]) -> None:
        content = spec["paths"]["/audio/speech"]["post"]["responses"]["200"]["content"]
        content["audio/wav"] = content.pop("audio/mpeg")

    server = altered_fake(only_wav)
    with _client(server) as http:
        response = http.post("/v1/audio/speech", json={"model": "hexgrad/Kokoro-82M", "input": "hello"})
        assert "Content-Type 'audio/mpeg' is not documented" in violation(response, 500)


def test_response_headers_are_checked(altered_fake: Any) -> None:
    def stricter_headers(spec: dict[str, Any]) -> None:
        ok = spec["paths"]["/billing/balance"]["get"]["responses"]["200"]
        ok["headers"] = {"X-Balance-Version": {"required": True, "schema": {"type": "integer"}}}
        spec["components"]["headers"]["RateLimitRemaining"]["schema"]["maximum"] = 5

    server = altered_fake(stricter_headers)
    with _client(server) as http:
        assert "header x-balance-version is required on 200 of getBalance" in violation(
            http.get(f"{API}/billing/balance"), 500
        )
        response = http.post("/v1/chat/completions", json=CHAT)
        assert "header.x-ratelimit-remaining(root): 9999 is greater than the maximum of 5" in violation(
            response, 500
        )
    assert len(server.violations) == 2


def test_sse_events_are_checked_one_by_one_against_the_event_schema(altered_fake: Any) -> None:
    def require_more(spec: dict[str, Any]) -> None:
        spec["components"]["schemas"]["ChatCompletionChunk"]["required"] = ["system_fingerprint"]

    server = altered_fake(require_more)
    with _client(server) as http:
        response = http.post("/v1/chat/completions", json={**CHAT, "stream": True})
    assert response.status_code == 200  # a stream that has started is left alone
    found = server.violations
    chunks = response.text.count("data: {")
    assert len(found) == chunks > 0
    assert all("'system_fingerprint' is a required property" in v for v in found)


def test_valid_streams_and_binary_bodies_record_nothing(fake: FakeRuncrate, http: httpx.Client) -> None:
    assert http.post("/v1/chat/completions", json={**CHAT, "stream": True}).status_code == 200
    assert (
        http.post("/v1/audio/speech", json={"model": "hexgrad/Kokoro-82M", "input": "hello"}).status_code
        == 200
    )
    assert fake.violations == []


def test_patterns_use_json_schemas_regex_dialect(fake: FakeRuncrate, http: httpx.Client) -> None:
    # ECMA-262's $ is the end of the input; Python's would also accept a final newline
    response = http.get(f"{API}/billing/usage", params={"from": "2026-11-01\n"})
    assert "does not match" in violation(response, 400)
    assert fake.take_violations()
    assert http.get(f"{API}/billing/usage", params={"from": "2026-11-01"}).status_code == 200
