"""Schemathesis against the fake server: every operation of the spec, with its checks.

This is the evidence that the fake server and ``openapi/runcrate.yaml`` agree. Schemathesis
generates requests from the spec (its examples, boundary and negative coverage, and random
fuzzing, bounded and derandomized) and checks every answer: no server errors, documented status
codes, content types, headers and bodies, valid data accepted and invalid data rejected,
authentication enforced, 405 with ``Allow`` for undocumented methods. The spec's per-path
servers (inference under ``/v1``, infrastructure under ``/api/v1``) are mapped onto the fake's
single origin by keeping each server URL's path.

The fake's own spec validation stays on: a request it calls a spec violation is answered 400
(documented everywhere), and a response it calls one would be a 500. Every violation the fake
records fails the example, except request violations of deliberately invalid (negative) cases.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import GenerationMode
from schemathesis.specs.openapi.checks import ignored_auth, positive_data_acceptance

from runcrate.testing import FakeRuncrate

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "runcrate.yaml"
MAX_EXAMPLES = 10  # fuzzing examples per operation and mode; the coverage phase adds its own cases

import os
_variant = os.environ.get("VARIANT", "full")
_cfg = {"seed": 1, "generation": {"max-examples": int(os.environ.get("MAXEX", "10"))}}
if _variant == "B":
    _cfg["phases"] = {"coverage": {"generation": {"mode": "positive"}}}
if _variant == "A":
    _cfg["phases"] = {"coverage": {"enabled": False}}
schema = schemathesis.openapi.from_path(SPEC, config=schemathesis.Config.from_dict(_cfg))

# Operations where a schema-valid request can still be refused with 400/402/422 by a rule the
# schema cannot express, so ``positive_data_acceptance`` does not apply. The fake's violation
# log still fails any such refusal that it makes in the spec's name (``spec_violation``).
BUSINESS_RULES: dict[str, str] = {
    "createChatCompletion": "tool_choice must name a function listed in tools",
    "createSpeech": "response_format is an open string (Q7): the server refuses formats it cannot produce",
    "createInstance": "storage_id and ssh_key_id must name existing resources; credits and budget (402)",
    "createStorageVolume": "the first week is charged in advance: 402 insufficient_credits for a large volume",
    "createSshKey": "public_key must parse as an OpenSSH key, which no JSON Schema pattern can check",
    "createTopUp": "the Idempotency-Key header and the body's idempotency_key must be equal",
    "setAutoRecharge": "target_usd must exceed threshold_usd",
    "createSchedule": "run_at must lie in the future (and at most 365 days ahead)",
    "submitJob": "code.upload_id and storage_id must name existing resources",
    "listJobs": "cursor must be one this server issued (opaque cursors)",
}

# ``ignored_auth`` re-sends every successful request without and with a wrong key; the fake
# checks keys in one middleware, so proving it once per operation is enough (as the CLI does).
_AUTH_PROVEN: set[str] = set()


@pytest.fixture(scope="module")
def session() -> Iterator[requests.Session]:
    """One keep-alive connection for the run; no proxy variables read per request."""
    with requests.Session() as http:
        http.trust_env = False
        yield http


@schema.parametrize()
@settings(
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
)
def test_fake_server_conforms_to_the_spec(
    case: schemathesis.Case, fake: FakeRuncrate, session: requests.Session
) -> None:
    fake.reset()
    import time as _t
    _start = _t.perf_counter()
    base_url = fake.url + urlsplit(case.operation.base_url).path
    headers = {"Authorization": f"Bearer {fake.api_key}"}
    operation_id = str(case.operation.definition.raw.get("operationId"))
    try:
        response = case.call(base_url=base_url, session=session, headers=headers)
        excluded = []
        if operation_id in BUSINESS_RULES:
            excluded.append(positive_data_acceptance)
        if operation_id in _AUTH_PROVEN:
            excluded.append(ignored_auth)
        elif 200 <= response.status_code < 300:
            _AUTH_PROVEN.add(operation_id)
        case.validate_response(
            response,
            excluded_checks=excluded,
            headers=headers,
            transport_kwargs={"base_url": base_url, "headers": headers},
        )
    finally:
        violations = fake.take_violations()
        with open("/tmp/trace.log", "a") as fh:
            d = case.meta.phase.data if case.meta else None
            fh.write(f"{case.operation.label}|{case.meta.phase.name.value if case.meta else None}|{case.meta.generation.mode.value if case.meta else None}|{getattr(d, 'scenario', None)}|{(_t.perf_counter()-_start)*1000:.1f}|{len(fake.requests)}\n")
    negative = case.meta is not None and case.meta.generation.mode is GenerationMode.NEGATIVE
    unexpected = [v for v in violations if not (negative and v.startswith("request "))]
    if unexpected:
        pytest.fail("the fake server recorded violations:\n  " + "\n  ".join(unexpected), pytrace=False)
