"""Schemathesis against the fake server through its Python API, seeded: every operation, every check.

This is the evidence that the fake server and ``openapi/runcrate.yaml`` agree. Schemathesis
generates requests from the spec (its examples, boundary and negative coverage of every
parameter and property, and random fuzzing, bounded and seeded) and checks every answer: no
server errors, documented status codes, content types, headers and bodies, valid data accepted
and invalid data rejected, authentication enforced, 405 with a correct ``Allow`` for undocumented
methods. The spec's per-path servers (inference under ``/v1``, infrastructure under ``/api/v1``)
are mapped onto the fake's single origin by keeping each server URL's path.

The fake's own spec validation stays on: a request that breaks the spec is answered as the API
answers it (400 or 422, documented where they can happen), and a response that breaks it would be
a 500. Every violation the fake records fails the example, except request violations of
deliberately invalid (negative) cases. Valid requests to by-id operations get real ids
(``seeding``), so success answers are checked too, and so is positive-data acceptance, which the
command-line run beside this file (``test_cli``, as a user runs it) leaves out.

The run is seeded and bounded (about 3,400 cases, 40 s on two cores). To dig deeper locally:
``RUNCRATE_SCHEMATHESIS_SEED=7 RUNCRATE_SCHEMATHESIS_EXAMPLES=100 pytest tests/schemathesis``.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import requests
import schemathesis
import yaml
from hypothesis import HealthCheck, settings
from schemathesis import GenerationMode
from schemathesis.specs.openapi.checks import ignored_auth, negative_data_rejection, positive_data_acceptance

from runcrate.testing import FakeRuncrate
from tests.schemathesis.seeding import Seeder

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "runcrate.yaml"
# fixed, so CI runs the same cases every time; the variables let a developer dig deeper locally
SEED = int(os.environ.get("RUNCRATE_SCHEMATHESIS_SEED", "20261127"))
MAX_EXAMPLES = int(os.environ.get("RUNCRATE_SCHEMATHESIS_EXAMPLES", "5"))  # fuzzing, per operation

CONFIG = schemathesis.Config.from_dict(
    {
        "seed": SEED,
        # a failing example is reported as generated: shrinking it could take minutes
        "generation": {"max-examples": MAX_EXAMPLES, "no-shrink": True},
    }
)
_document = yaml.load(SPEC.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
schema = schemathesis.openapi.from_dict(_document, config=CONFIG)

# Operations where a schema-valid request can still be refused with 400/402/422 by a rule the
# schema cannot express, so ``positive_data_acceptance`` does not apply to them. The fake's
# violation log still fails any refusal that it makes in the spec's name (``spec_violation``).
BUSINESS_RULES: dict[str, str] = {
    "createChatCompletion": "tool_choice must name a function listed in tools",
    "createSpeech": "response_format is an open string: formats the server cannot produce are refused",
    "createInstance": "storage_id and ssh_key_id must name existing resources; 402 for credits and budget",
    "createStorageVolume": "the first week is charged in advance: 402 insufficient_credits for a huge volume",
    "createSshKey": "public_key must parse as an OpenSSH key, which no JSON Schema pattern can check",
    "createInstanceSshCertificate": "public_key must parse as an OpenSSH key; the instance must be running",
    "createTopUp": "the Idempotency-Key header and the body's idempotency_key must be equal",
    "setAutoRecharge": "target_usd must exceed threshold_usd",
    "updateEnvironment": "environment names are unique in the workspace",
    "createEnvironment": "environment names are unique in the workspace",
    "createSchedule": "run_at must lie in the future (at most 365 days ahead); cron must parse",
    "updateSchedule": "cron must parse, with runs at least 15 minutes apart",
    "submitJob": "code.upload_id and storage_id must name existing resources",
    "rerunJob": "code.upload_id and storage_id must name existing resources",
    "listJobs": "cursor must be one this server issued (opaque cursors)",
    "getUsage": "from/to must be calendar dates (the pattern admits 2026-02-30)",
}
# Operations where ``negative_data_rejection`` does not apply.
LOOSE_ENCODINGS: dict[str, str] = {
    "createTranscription": (
        "multipart/form-data: every part is text on the wire, so a property mutated to a boolean or "
        "a number is sent as a string that is valid again (language=false)"
    ),
}

# ``ignored_auth`` re-sends every successful request without a key and with a wrong one; the
# fake checks keys in one middleware, so proving it once per operation is enough (as the CLI does).
_AUTH_PROVEN: set[str] = set()


def _excluded_checks(operation_id: str, status: int) -> list[schemathesis.CheckFunction]:
    excluded = []
    if operation_id in BUSINESS_RULES:
        excluded.append(positive_data_acceptance)
    if operation_id in LOOSE_ENCODINGS:
        excluded.append(negative_data_rejection)
    if operation_id in _AUTH_PROVEN:
        excluded.append(ignored_auth)
    elif 200 <= status < 300:
        _AUTH_PROVEN.add(operation_id)
    return excluded


@schema.parametrize()
@settings(
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
)
def test_fake_server_conforms_to_the_spec(
    case: schemathesis.Case, fake: FakeRuncrate, session: requests.Session, seeder: Seeder
) -> None:
    fake.reset()
    negative = case.meta is not None and case.meta.generation.mode is GenerationMode.NEGATIVE
    if not negative and case.meta is not None and case.meta.phase.name.value != "examples":
        seeder.seed(case)  # the examples phase keeps the spec's example ids: 404s
    base_url = fake.url + urlsplit(case.operation.base_url).path
    headers = {"Authorization": f"Bearer {fake.api_key}"}
    operation_id = str(case.operation.definition.raw.get("operationId"))
    try:
        response = case.call(base_url=base_url, session=session, headers=headers)
        case.validate_response(
            response,
            excluded_checks=_excluded_checks(operation_id, response.status_code),
            headers=headers,
            transport_kwargs={"base_url": base_url, "headers": headers},
        )
    finally:
        violations = fake.take_violations()
    unexpected = [v for v in violations if not (negative and v.startswith("request "))]
    if unexpected:
        pytest.fail("the fake server recorded violations:\n  " + "\n  ".join(unexpected), pytrace=False)
