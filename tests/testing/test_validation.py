"""Spec validation of the fake server over real sockets: a request that breaks the spec is recorded
(so this SDK's tests fail on it) and answered as the real API answers it; a response that breaks a
(deliberately altered) spec is replaced by a 500 and recorded."""

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
FILES = {"file": ("a.wav", b"RIFF0000WAVE", "application/octet-stream")}


def violation(response: httpx.Response, status: int) -> str:
    """The message of a response the fake replaced because it broke the spec."""
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert error["code"] == "spec_violation"
    return str(error["message"])


def refused(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    """The error body of a request refused as the real API refuses it."""
    assert (response.status_code, response.json()["error"]["code"]) == (status, code), response.text
    return dict(response.json()["error"])


# ------------------------------------------------------------------------------------ requests


def test_an_infrastructure_body_that_breaks_the_schema_is_422_naming_the_field(
    fake: FakeRuncrate, http: httpx.Client
) -> None:
    body = {"name": "x", "gpu_type": "H100", "max_runtime_minutes": "60"}
    error = refused(http.post(f"{API}/instances", json=body), 422, "validation_error")
    assert error["details"]["field"] == "max_runtime_minutes"
    assert error["message"].startswith("max_runtime_minutes: '60' is not of type 'integer'")
    (recorded,) = fake.take_violations()
    assert recorded.startswith("request POST /api/v1/instances: body.max_runtime_minutes")
    assert "rule:" in recorded


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"gpu_type": "H100"}, "name"),  # a missing property is named itself
        ({"name": "x", "gpu_type": "H100", "env_vars": [{"key": "A"}]}, "env_vars[0].value"),
        ({"name": "x", "gpu_type": "H100", "gpu_count": 0}, "gpu_count"),
    ],
)
def test_the_field_is_a_path_into_the_body(
    fake: FakeRuncrate, http: httpx.Client, body: dict[str, Any], field: str
) -> None:
    error = refused(http.post(f"{API}/instances", json=body), 422, "validation_error")
    assert error["details"]["field"] == field
    assert fake.take_violations()


JOB = {"command": "python train.py", "gpu_type": "H100", "max_runtime_minutes": 60}


@pytest.mark.parametrize(
    ("body", "field", "message"),
    [
        # the alternative the body comes closest to gives a field it excludes the Absent schema
        (
            {**JOB, "max_parallel": 2},
            "max_parallel",
            "must be left out (One job, a job spec without the group fields)",
        ),
        # a field of one alternative is named itself, not the body
        (
            {**JOB, "count": 2, "max_runtime_minutes": "60"},
            "max_runtime_minutes",
            "'60' is not of type 'integer'",
        ),
        ({**JOB, "count": 2, "params": [{"LR": "0.1"}]}, "count", "exactly one of count, params is required"),
    ],
)
def test_a_body_breaking_one_of_its_alternatives_names_the_field(
    fake: FakeRuncrate, http: httpx.Client, body: dict[str, Any], field: str, message: str
) -> None:
    error = refused(http.post(f"{API}/jobs", json=body), 422, "validation_error")
    assert (error["details"]["field"], error["message"]) == (field, f"{field}: {message}")
    (recorded,) = fake.take_violations()
    assert f": {message} (rule: oneOf/" in recorded


def test_an_inference_request_violation_is_an_openai_style_error(
    fake: FakeRuncrate, http: httpx.Client
) -> None:
    missing = refused(http.post("/v1/chat/completions", json={"model": "m"}), 400, "invalid_params")
    assert (missing["type"], missing["param"]) == ("invalid_request_error", "messages")
    assert "details" not in missing  # the OpenAI envelope: message, type, code, param
    hot = refused(http.post("/v1/chat/completions", json={**CHAT, "temperature": 5}), 422, "validation_error")
    assert hot["param"] == "temperature"
    assert len(fake.take_violations()) == 2


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"gpu_count": "two"}, "gpu_count"),
        ({"gpu_count": "0"}, "gpu_count"),
        ({"environment": ""}, "environment"),
    ],
)
def test_a_parameter_outside_its_schema_is_400_naming_it(
    fake: FakeRuncrate, http: httpx.Client, params: dict[str, str], field: str
) -> None:
    error = refused(http.get(f"{API}/instances/types", params=params), 400, "invalid_params")
    assert error["details"]["field"] == field
    assert f"query.{field}" in fake.take_violations()[0]


def test_an_undocumented_query_parameter_is_400_naming_it(fake: FakeRuncrate, http: httpx.Client) -> None:
    response = http.get(f"{API}/instances/types", params={"gpuType": "A100"})
    assert refused(response, 400, "invalid_params")["details"]["field"] == "gpuType"
    (recorded,) = fake.take_violations()
    assert recorded.endswith("query parameter 'gpuType' is not documented for listInstanceTypes")


def test_integer_query_values_are_coerced_before_checking(http: httpx.Client) -> None:
    assert http.get(f"{API}/billing/transactions", params={"limit": "5", "offset": "0"}).status_code == 200


def test_header_parameters_are_checked(fake: FakeRuncrate, http: httpx.Client) -> None:
    headers = {"Idempotency-Key": "k" * 256}
    response = http.post(f"{API}/instances", json={"name": "x", "gpu_type": "H100"}, headers=headers)
    assert refused(response, 400, "invalid_params")["details"]["field"] == "idempotency-key"
    assert "header.idempotency-key" in fake.take_violations()[0]


def test_a_body_that_is_not_json_missing_or_of_another_type_is_400_bad_request(
    fake: FakeRuncrate, http: httpx.Client
) -> None:
    bad_json = http.post(f"{API}/instances", content=b"{nope", headers={"Content-Type": "application/json"})
    assert "not valid JSON" in refused(bad_json, 400, "bad_request")["message"]
    assert "required" in refused(http.post(f"{API}/instances"), 400, "bad_request")["message"]
    text = http.post(f"{API}/instances", content=b"x", headers={"Content-Type": "text/plain"})
    assert "Content-Type" in refused(text, 400, "bad_request")["message"]
    assert len(fake.take_violations()) == 3


def test_a_body_on_an_operation_without_one_is_recorded_but_ignored(
    fake: FakeRuncrate, http: httpx.Client
) -> None:
    assert http.request("GET", f"{API}/instances", json={"a": 1}).status_code == 200
    assert "takes no request body" in fake.take_violations()[0]


def test_multipart_bodies_are_checked_as_objects_of_typed_parts(
    fake: FakeRuncrate, http: httpx.Client
) -> None:
    misnamed = {"audio": ("a.wav", b"RIFF0000WAVE", "application/octet-stream")}
    response = http.post("/v1/audio/transcriptions", data={"model": "openai/whisper-1"}, files=misnamed)
    assert refused(response, 400, "invalid_params")["param"] == "file"
    assert "'file' is a required property" in fake.take_violations()[0]
    not_a_number = {"model": "openai/whisper-1", "temperature": "warm"}
    response = http.post("/v1/audio/transcriptions", data=not_a_number, files=FILES)
    assert refused(response, 400, "invalid_params")["param"] == "temperature"
    assert "body.temperature: 'warm' is not of type 'number'" in fake.take_violations()[0]
    typed = {"model": "openai/whisper-1", "temperature": "0.2", "response_format": "text"}
    assert http.post("/v1/audio/transcriptions", data=typed, files=FILES).status_code == 200


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
    assert refused(response, 400, "invalid_params")["details"]["field"] == "from"
    assert "does not match" in fake.take_violations()[0]
    assert http.get(f"{API}/billing/usage", params={"from": "2026-11-01"}).status_code == 200


@pytest.mark.parametrize(
    ("method", "path"),
    [("DELETE", f"{API}/instances/types"), ("PUT", f"{API}/billing/balance"), ("PATCH", f"{API}/secrets")],
)
def test_the_method_is_checked_before_the_environment(http: httpx.Client, method: str, path: str) -> None:
    response = http.request(method, path, params={"environment": "no-such-environment"})
    assert response.status_code == 405, response.text
    assert response.json()["error"]["code"] == "method_not_allowed"
    assert "GET" in response.headers["allow"]
