"""Calls that say what happened: headers the caller gives are checked before anything is sent, every
error of a keyed call carries its idempotency key, and an unsafe create whose answer was lost says
that the resource may exist and how to check. Sync and async, against the fake and the raw server.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from runcrate import (
    AsyncRuncrate,
    ConnectionError,
    InvalidResponseError,
    RequestOptions,
    Runcrate,
    RuncrateError,
    TimeoutError,
)
from runcrate._generated.api.ssh_keys import create_ssh_key
from runcrate._generated.models.create_ssh_key_request import CreateSshKeyRequest
from runcrate.testing import FakeRuncrate
from tests.core.helpers import KINDS, on_raw
from tests.raw_server import RawServer, cut, drip, head, stall

INSTANCES = "/api/v1/instances"
JOBS = "/api/v1/jobs"
BAD_VALUES = ["a\r\nX-Injected: 1", "line\nfeed", "nul\x00", "bell\x07", "del\x7f"]


def launch(client: Any, **options: Any) -> Any:
    return client.instances.create("trainer", gpu_type="H100", **options)


async def maybe_await(value: Any) -> Any:
    return await value if hasattr(value, "__await__") else value


@pytest.mark.parametrize("value", BAD_VALUES)
def test_extra_headers_with_control_characters_are_refused_locally(
    client: Runcrate, fake: FakeRuncrate, value: str
) -> None:
    with pytest.raises(ValueError, match=r"extra_headers\['X-Trace'\].*control character"):
        client.instances.list(extra_headers={"X-Trace": value})
    assert fake.requests == []


async def test_async_extra_headers_with_control_characters_are_refused_locally(
    async_client: AsyncRuncrate, fake: FakeRuncrate
) -> None:
    with pytest.raises(ValueError, match="extra_headers"):
        await async_client.instances.list(extra_headers={"X-Trace": "a\r\nb"})
    assert fake.requests == []


@pytest.mark.parametrize("kind", KINDS)
def test_default_headers_with_control_characters_are_refused_locally(fake: FakeRuncrate, kind: str) -> None:
    with pytest.raises(ValueError, match=r"default_headers\['X-Team'\]"):
        on_raw(kind, fake.url, lambda c: c.instances.list(), default_headers={"X-Team": "a\nb"})
    assert fake.requests == []


@pytest.mark.parametrize("name", ["", "Bad Name", "X-A:b", "X-\r\n", 5])
def test_invalid_header_names_are_refused_locally(client: Runcrate, fake: FakeRuncrate, name: Any) -> None:
    with pytest.raises(ValueError, match="not a valid header name"):
        client.instances.list(extra_headers={name: "v"})
    assert fake.requests == []


@pytest.mark.parametrize("kind", KINDS)
def test_a_header_value_is_never_shown_in_the_refusal(fake: FakeRuncrate, kind: str) -> None:
    secret = "Bearer rc_live_" + "s3cr3t" * 6
    for value, problem in ((secret + "\n", "control character"), ("é" + secret, "non-ASCII character")):
        with pytest.raises(
            ValueError, match=rf"default_headers\['Authorization'\] contains a {problem}"
        ) as caught:
            on_raw(kind, fake.url, lambda c: c.instances.list(), default_headers={"Authorization": value})
        assert "s3cr3t" not in str(caught.value)
    assert fake.requests == []


def test_non_ascii_header_values_are_refused_locally(client: Runcrate, fake: FakeRuncrate) -> None:
    with pytest.raises(
        ValueError, match=r"extra_headers\['X-Team'\] contains a non-ASCII character at position 2"
    ):
        client.instances.list(extra_headers={"X-Team": "Zoë"})
    assert fake.requests == []


def test_non_string_header_values_are_refused(client: Runcrate, fake: FakeRuncrate) -> None:
    with pytest.raises(ValueError, match=r"extra_headers\['X-Count'\] must be a string"):
        client.instances.list(extra_headers={"X-Count": 5})  # type: ignore[dict-item]
    assert fake.requests == []


def test_an_idempotency_key_with_a_newline_is_refused(client: Runcrate, fake: FakeRuncrate) -> None:
    with pytest.raises(ValueError, match="idempotency_key"):
        launch(client, idempotency_key="key\r\nX-Evil: 1")
    with pytest.raises(ValueError, match="idempotency_key"):
        body = CreateSshKeyRequest(name="laptop", public_key="ssh-ed25519 AAAA")
        client._engine.request(create_ssh_key, body=body, options=RequestOptions(idempotency_key="k\n"))
    assert fake.requests == []


def test_a_signed_uploads_headers_are_checked(client: Runcrate, fake: FakeRuncrate) -> None:
    with pytest.raises(ValueError, match=r"headers\['x-amz-meta'\]"):
        client._engine.signed_upload(fake.url + "/upload?sig=1", b"data", headers={"x-amz-meta": "a\nb"})
    assert fake.requests == []


def test_removing_a_header_with_none_still_works(client: Runcrate, fake: FakeRuncrate) -> None:
    client.instances.list(extra_headers={"User-Agent": None})
    assert not fake.requests[-1].headers["user-agent"].startswith("runcrate-client")


@pytest.mark.parametrize("kind", KINDS)
def test_every_error_of_a_keyed_call_carries_its_key(fake: FakeRuncrate, kind: str) -> None:
    fake.faults.add("POST", JOBS, statuses=[422])

    def run(client: Any) -> Any:
        return client.jobs.run(
            idempotency_key="caller-key-1", name="j", command="true", gpu_type="H100", max_runtime_minutes=5
        )

    with pytest.raises(RuncrateError) as caught:
        on_raw(kind, fake.url, run, api_key=fake.api_key, max_retries=0)
    assert caught.value.idempotency_key == "caller-key-1"


@pytest.mark.parametrize("kind", KINDS)
def test_a_generated_key_travels_on_a_create_error(fake: FakeRuncrate, kind: str) -> None:
    fake.faults.add("POST", INSTANCES, statuses=[400])
    with pytest.raises(RuncrateError) as caught:
        on_raw(kind, fake.url, launch, api_key=fake.api_key)
    assert caught.value.idempotency_key == fake.idempotency_keys("POST", INSTANCES)[0]


@pytest.mark.parametrize("kind", KINDS)
def test_errors_of_unkeyed_calls_carry_no_key(fake: FakeRuncrate, kind: str) -> None:
    fake.faults.add("GET", INSTANCES, statuses=[404])
    with pytest.raises(RuncrateError) as caught:
        on_raw(kind, fake.url, lambda c: c.instances.list(), api_key=fake.api_key)
    assert caught.value.idempotency_key is None


AMBIGUOUS = {
    "cut": (cut(b'{"data": {"id": "i-1"}}', keep=4), ConnectionError),
    "stall": (stall(head(200, length=100)), TimeoutError),
    "drip": (drip(b'{"data": {"id": "i-1", "pad": "' + b"x" * 4000 + b'"}}', 0.02), TimeoutError),
}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("failure", sorted(AMBIGUOUS))
def test_a_create_whose_answer_was_lost_says_the_resource_may_exist(
    raw_server: RawServer, kind: str, failure: str
) -> None:
    script, error_class = AMBIGUOUS[failure]
    raw_server.repeat(script)
    with pytest.raises(error_class) as caught:  # a storage volume: no minimum timeout lengthens 0.3 s
        on_raw(kind, raw_server.url, lambda c: c.storage.create("data", 100, timeout=0.3))
    message = str(caught.value)
    assert "may have been created" in message
    assert f"(GET {raw_server.url}/api/v1/storage)" in message
    assert caught.value.idempotency_key == raw_server.requests[0].headers["idempotency-key"]
    assert len(raw_server.requests) == 1  # never retried


@pytest.mark.parametrize("kind", KINDS)
def test_a_create_that_never_reached_the_server_says_nothing_of_the_kind(kind: str) -> None:
    dead = RawServer()
    url = dead.url
    dead.close()  # nothing listens there any more
    with pytest.raises(ConnectionError) as caught:
        on_raw(kind, url, launch, max_retries=0)
    assert "may have been created" not in str(caught.value)


@pytest.mark.parametrize("kind", KINDS)
def test_an_unsafe_action_whose_answer_was_lost_says_to_check(raw_server: RawServer, kind: str) -> None:
    raw_server.repeat(cut(b'{"data": {"id": "k"}}', keep=3))
    with pytest.raises(ConnectionError, match="may have acted on it"):
        on_raw(kind, raw_server.url, lambda c: c.environments.create("staging"))


# -- a top-up's key: one value, in its header and its body -----------------------------------------

TOPUPS = "/api/v1/billing/topups"


def sent_top_up_keys(fake: FakeRuncrate) -> list[tuple[str | None, str | None]]:
    return [
        (r.headers.get("idempotency-key"), json.loads(r.body).get("idempotency_key"))
        for r in fake.requests
        if r.path == TOPUPS
    ]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "where",
    [
        {"idempotency_key": "topup-1"},
        {"extra_headers": {"Idempotency-Key": "topup-1"}},
        {"extra_headers": {"idempotency-key": "topup-1"}},
        {"extra_body": {"idempotency_key": "topup-1"}},
        {"idempotency_key": "topup-1", "extra_headers": {"Idempotency-Key": "topup-1"}},
    ],
    ids=["argument", "header", "header-lower", "body", "argument-and-header"],
)
def test_a_top_ups_key_is_the_same_in_its_header_and_body(fake: FakeRuncrate, kind: str, where: Any) -> None:
    on_raw(kind, fake.url, lambda c: c.billing.top_up(25, **where), api_key=fake.api_key)
    assert sent_top_up_keys(fake) == [("topup-1", "topup-1")]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "where",
    [
        {"idempotency_key": "a", "extra_headers": {"Idempotency-Key": "b"}},
        {"idempotency_key": "a", "extra_body": {"idempotency_key": "b"}},
        {"extra_headers": {"Idempotency-Key": "a"}, "extra_body": {"idempotency_key": "b"}},
    ],
    ids=["argument-vs-header", "argument-vs-body", "header-vs-body"],
)
def test_disagreeing_top_up_keys_are_refused_locally(fake: FakeRuncrate, kind: str, where: Any) -> None:
    with pytest.raises(ValueError, match="one idempotency key in its header and its body"):
        on_raw(kind, fake.url, lambda c: c.billing.top_up(25, **where), api_key=fake.api_key)
    assert fake.requests == []


@pytest.mark.parametrize("kind", KINDS)
def test_a_top_ups_key_cannot_be_removed(fake: FakeRuncrate, kind: str) -> None:
    with pytest.raises(ValueError, match="cannot remove Idempotency-Key"):
        on_raw(
            kind,
            fake.url,
            lambda c: c.billing.top_up(25, extra_headers={"Idempotency-Key": None}),
            api_key=fake.api_key,
        )
    assert fake.requests == []


@pytest.mark.parametrize("kind", KINDS)
def test_a_top_up_whose_answer_does_not_parse_still_carries_its_key(fake: FakeRuncrate, kind: str) -> None:
    fake.faults.add("POST", TOPUPS, statuses=[(200, {}, {"data": {"unexpected": True}})])
    with pytest.raises(InvalidResponseError) as caught:
        on_raw(
            kind, fake.url, lambda c: c.billing.top_up(25, idempotency_key="topup-9"), api_key=fake.api_key
        )
    assert caught.value.idempotency_key == "topup-9"
    fake.take_violations()  # the canned answer breaks the spec on purpose
