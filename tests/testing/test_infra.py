"""The fake server's infrastructure surface over real sockets: instances, storage, environments,
SSH keys, templates, billing and secrets."""

from __future__ import annotations

import base64
import struct
from typing import Any

import httpx
import pytest

from runcrate.testing import FakeRuncrate
from runcrate.testing._server.clock import iso

API = "/api/v1"
# generated with ssh-keygen; the fingerprints are what `ssh-keygen -lf` printed for them
ED25519_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEEyLpbMf+a6f1HC059kNOgSFYfT8W0KdudphjTY9tfa test@fake"
ED25519_FINGERPRINT = "SHA256:GpQu4vtUMMF1kluHJQh5DnzVAf3SlsdEYKybEwQs2LM"
RSA_KEY = (
    "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQDFWuvv3x1BrkeAo01a8MlFt80YTYZRP0Bc3oYYcckbnIsSaTMemNiTVFSP1/4tOXW"
    "GWYSdZXrigY8+1tS1Ra+vysEjFMXqzjBSu6ch08Ja8KjrubkgQIvulJVdh46nwyOTS3f/TZxtzuQ1fDKSa/xsWV58TNV0PPkjimRc3v"
    "t4zQ== rsa@fake"
)
RSA_FINGERPRINT = "SHA256:OutYFgGBAZtsgXxiu+f3/R41WQJQVmMGgUH95RqfE6Q"


def launch(http: httpx.Client, **fields: Any) -> dict[str, Any]:
    environment = fields.pop("environment", None)
    params = {"environment": environment} if environment else None
    body = {
        key: value
        for key, value in {"name": "box", "gpu_type": "H100", **fields}.items()
        if value is not None
    }
    response = http.post(f"{API}/instances", json=body, params=params)
    assert response.status_code == 201, response.text
    return dict(response.json()["data"])


def error(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    return dict(response.json()["error"])


# ------------------------------------------------------------------------------------ instances


def test_an_instance_goes_from_creating_through_provisioning_to_running_on_fake_time(
    fake: FakeRuncrate, http: httpx.Client
) -> None:
    created = launch(http)
    assert (created["status"], created["ip"], created["deployed_at"]) == ("creating", None, None)
    fake.clock.advance(15)
    assert http.get(f"{API}/instances/{created['id']}/status").json()["data"]["status"] == "provisioning"
    fake.clock.advance(60)
    status = http.get(f"{API}/instances/{created['id']}/status").json()["data"]
    assert status["status"] == "running"
    assert status["ip"]
    instance = http.get(f"{API}/instances/{created['id']}").json()["data"]
    assert instance["deployed_at"] is not None
    assert instance["gpu_type"] == "H100"


def test_an_instance_named_fail_me_fails_while_provisioning_and_costs_nothing(
    fake: FakeRuncrate, http: httpx.Client
) -> None:
    created = launch(http, name="trainer-fail-me")
    fake.clock.advance(15)
    assert http.get(f"{API}/instances/{created['id']}/status").json()["data"]["status"] == "provisioning"
    fake.clock.advance(3600)
    failed = http.get(f"{API}/instances/{created['id']}").json()["data"]
    assert (failed["status"], failed["stop_reason"], failed["ip"], failed["deployed_at"]) == (
        "failed",
        "failed",
        None,
        None,
    )
    assert http.get(f"{API}/billing/transactions", params={"type": "usage"}).json()["data"] == []
    assert error(http.delete(f"{API}/instances/{created['id']}"), 404)["code"] == "not_found"


def test_terminate_is_204_then_the_instance_shows_terminated_and_a_second_terminate_is_404(
    fake: FakeRuncrate, http: httpx.Client
) -> None:
    instance = launch(http)
    fake.clock.advance(60)
    response = http.delete(f"{API}/instances/{instance['id']}")
    assert (response.status_code, response.content) == (204, b"")
    after = http.get(f"{API}/instances/{instance['id']}").json()["data"]
    assert (after["status"], after["stop_reason"], after["ip"]) == ("terminated", "user", None)
    assert error(http.delete(f"{API}/instances/{instance['id']}"), 404)["code"] == "not_found"


def test_terminating_charges_the_hours_it_ran(fake: FakeRuncrate, http: httpx.Client) -> None:
    instance = launch(http, instance_type_id="bold-tesla-a100-fa6f", gpu_type=None)
    fake.clock.advance(30 + 3600)
    http.delete(f"{API}/instances/{instance['id']}")
    usage = http.get(f"{API}/billing/transactions", params={"type": "usage"}).json()["data"]
    assert usage[0]["amount"] == pytest.approx(-1.29, abs=0.01)


def test_unknown_instance_is_404(http: httpx.Client) -> None:
    assert error(http.get(f"{API}/instances/nope"), 404)["code"] == "not_found"


def test_instances_are_listed_and_searched_by_name(http: httpx.Client) -> None:
    launch(http, name="trainer-1")
    launch(http, name="notebook")
    names = [i["name"] for i in http.get(f"{API}/instances", params={"search": "TRAIN"}).json()["data"]]
    assert names == ["trainer-1"]
    assert len(http.get(f"{API}/instances").json()["data"]) == 2


def test_both_or_neither_gpu_type_and_instance_type_id_is_refused(
    fake: FakeRuncrate, http: httpx.Client
) -> None:
    both = {"name": "x", "gpu_type": "H100", "instance_type_id": "bold-tesla-a100-fa6f"}
    neither = {"name": "x"}
    for validated in (True, False):  # the same answer with or without the spec check in front
        fake.set_validation(requests=validated)
        for body in (both, neither):
            refused = error(http.post(f"{API}/instances", json=body), 422)
            assert (refused["code"], refused["details"]["field"]) == ("validation_error", "gpu_type")
            assert "instance_type_id" in refused["message"]
        assert len(fake.take_violations()) == (2 if validated else 0)


def test_env_vars_as_a_map_is_422_and_as_an_array_is_accepted(fake: FakeRuncrate, http: httpx.Client) -> None:
    launch(http, env_vars=[{"key": "A", "value": "1"}])
    fake.set_validation(requests=False)
    body = {"name": "x", "gpu_type": "H100", "env_vars": {"A": "1"}}
    assert error(http.post(f"{API}/instances", json=body), 422)["code"] == "validation_error"


@pytest.mark.parametrize(
    ("field", "value"),
    [("max_runtime_minutes", 4), ("max_runtime_minutes", 10081), ("idle_shutdown_minutes", 1441)],
)
def test_auto_stop_values_out_of_range_are_422(
    fake: FakeRuncrate, http: httpx.Client, field: str, value: int
) -> None:
    fake.set_validation(requests=False)
    found = error(http.post(f"{API}/instances", json={"name": "x", "gpu_type": "H100", field: value}), 422)
    assert found["code"] == "validation_error"
    assert field in found["message"]


def test_max_runtime_stops_the_instance_when_fake_time_reaches_it(
    fake: FakeRuncrate, http: httpx.Client
) -> None:
    instance = launch(http, max_runtime_minutes=5, idle_shutdown_minutes=30)
    assert instance["auto_stop_at"] is not None
    fake.clock.advance(30 + 5 * 60 + 1)
    stopped = http.get(f"{API}/instances/{instance['id']}").json()["data"]
    assert (stopped["status"], stopped["stop_reason"]) == ("terminated", "max_runtime")


def test_update_changes_limits_null_turns_them_off_and_a_dead_instance_is_409(
    fake: FakeRuncrate, http: httpx.Client
) -> None:
    instance = launch(http, max_runtime_minutes=60)
    url = f"{API}/instances/{instance['id']}"
    updated = http.patch(url, json={"max_runtime_minutes": 120, "idle_shutdown_minutes": 15}).json()["data"]
    assert (updated["max_runtime_minutes"], updated["idle_shutdown_minutes"]) == (120, 15)
    assert updated["auto_stop_at"] != instance["auto_stop_at"]
    off = http.patch(url, json={"max_runtime_minutes": None}).json()["data"]
    assert (off["max_runtime_minutes"], off["auto_stop_at"], off["idle_shutdown_minutes"]) == (None, None, 15)
    by_name = http.patch(f"{API}/instances/box", json={"idle_shutdown_minutes": None}).json()["data"]
    assert by_name["idle_shutdown_minutes"] is None
    fake.set_validation(requests=False)
    assert error(http.patch(url, json={"max_runtime_minutes": 3}), 422)["code"] == "validation_error"
    assert error(http.patch(url, json={}), 422)["code"] == "validation_error"
    http.delete(url)
    assert error(http.patch(url, json={"max_runtime_minutes": 60}), 409)["code"] == "conflict"


def test_gpu_type_refuse_me_is_a_502_launch_refused(http: httpx.Client) -> None:
    body = {"name": "x", "gpu_type": "refuse-me"}
    assert error(http.post(f"{API}/instances", json=body), 502)["code"] == "launch_refused"


def test_a_reached_budget_refuses_launches_and_stops_running_instances(
    fake: FakeRuncrate, http: httpx.Client
) -> None:
    running = launch(http)
    fake.set_budget("main", monthly_budget_usd=50, month_to_date_usd=50)
    assert (
        error(http.post(f"{API}/instances", json={"name": "x", "gpu_type": "H100"}), 402)["code"]
        == "BUDGET_REACHED"
    )
    assert http.get(f"{API}/instances/{running['id']}").json()["data"]["stop_reason"] == "budget"
    env = http.get(f"{API}/environments").json()["data"][0]
    assert (env["monthly_budget_usd"], env["budget_remaining_usd"]) == (50, 0)


def test_no_credits_refuses_launches_with_insufficient_credits(
    fake: FakeRuncrate, http: httpx.Client
) -> None:
    fake.set_balance(0)
    found = error(http.post(f"{API}/instances", json={"name": "x", "gpu_type": "H100"}), 402)
    assert found["code"] == "insufficient_credits"


def test_unknown_gpu_ssh_key_or_volume_is_a_400(http: httpx.Client) -> None:
    for extra in ({"gpu_type": "Z9000"}, {"ssh_key_id": "key_404"}, {"storage_id": "vol_404"}):
        body = {"name": "x", "gpu_type": "H100", **extra}
        assert error(http.post(f"{API}/instances", json=body), 400)["code"] == "bad_request"


def test_instance_type_filters(http: httpx.Client) -> None:
    def ids(**params: Any) -> set[str]:
        response = http.get(f"{API}/instances/types", params=params).json()
        assert response["meta"]["total"] == len(response["data"])
        return {offer["id"] for offer in response["data"]}

    assert ids(gpu_type="a100") == {"bold-tesla-a100-fa6f", "twin-tesla-a100-2b7e"}
    assert ids(gpu_type="h100-sxm", gpu_count=8) == {"grand-hopper-h100x8-9e02"}
    assert ids(region="us-west") == {"twin-tesla-a100-2b7e", "calm-ada-l40s-71b2"}
    assert len(ids()) == 6


def test_launching_by_gpu_type_takes_the_cheapest_offer_that_fits(http: httpx.Client) -> None:
    assert launch(http, gpu_type="A100")["cost_per_hour"] == 1.29
    assert launch(http, gpu_type="A100", gpu_count=2)["gpu_count"] == 2


def test_ssh_certificate_needs_a_running_instance(fake: FakeRuncrate, http: httpx.Client) -> None:
    instance = launch(http)
    url = f"{API}/instances/{instance['id']}/ssh-certificate"
    refused = error(http.post(url, json={"public_key": ED25519_KEY}), 409)  # a state, not a bad request
    assert (refused["code"], "not running" in refused["message"]) == ("conflict", True)
    fake.clock.advance(60)
    cert = http.post(url, json={"public_key": ED25519_KEY}).json()["data"]
    assert cert["certificate"].startswith("ssh-ed25519-cert-v01@openssh.com ")
    assert (cert["user"], cert["port"]) == ("root", 22)
    assert cert["ip"] == http.get(f"{API}/instances/{instance['id']}").json()["data"]["ip"]


def test_instance_create_replays_a_repeated_key_only_when_dedupe_is_switched_on(
    fake: FakeRuncrate, http: httpx.Client
) -> None:
    body, headers = {"name": "x", "gpu_type": "H100"}, {"Idempotency-Key": "same"}
    first = http.post(f"{API}/instances", json=body, headers=headers).json()["data"]
    second = http.post(f"{API}/instances", json=body, headers=headers).json()["data"]
    assert first["id"] != second["id"]
    fake.dedupe_unverified_creates()
    third = http.post(f"{API}/instances", json=body, headers={"Idempotency-Key": "k2"})
    fourth = http.post(f"{API}/instances", json=body, headers={"Idempotency-Key": "k2"})
    assert (third.status_code, third.json()) == (fourth.status_code, fourth.json())
    assert len(http.get(f"{API}/instances").json()["data"]) == 3


def test_a_held_idempotency_key_is_409_in_progress_then_goes_through(
    fake: FakeRuncrate, http: httpx.Client
) -> None:
    fake.hold_idempotency_key("k", times=1)
    body = {"name": "x", "gpu_type": "H100"}
    held = error(http.post(f"{API}/instances", json=body, headers={"Idempotency-Key": "k"}), 409)
    assert held["details"]["reason"] == "idempotency_in_progress"
    assert http.post(f"{API}/instances", json=body, headers={"Idempotency-Key": "k"}).status_code == 201


# ------------------------------------------------------------------------------------ environments


def test_the_environment_parameter_scopes_instances_volumes_and_secrets(
    fake: FakeRuncrate, http: httpx.Client
) -> None:
    staging = http.post(f"{API}/environments", json={"name": "staging"})
    assert staging.status_code == 201
    launch(http, name="in-staging", environment="staging")
    http.post(f"{API}/storage", json={"name": "vol", "size_gb": 10}, params={"environment": "staging"})
    fake.add_secret("HF_TOKEN", environment="staging")
    fake.add_secret("A_KEY", environment="staging", sensitive=False)
    assert http.get(f"{API}/instances").json()["data"] == []
    assert http.get(f"{API}/storage").json()["data"] == []
    assert http.get(f"{API}/secrets").json()["data"] == []
    scoped = {"environment": "staging"}
    assert [i["name"] for i in http.get(f"{API}/instances", params=scoped).json()["data"]] == ["in-staging"]
    assert len(http.get(f"{API}/storage", params=scoped).json()["data"]) == 1
    secrets = http.get(f"{API}/secrets", params=scoped).json()["data"]
    assert [(s["key"], s["sensitive"]) for s in secrets] == [("A_KEY", False), ("HF_TOKEN", True)]
    assert "value" not in secrets[0]


@pytest.mark.parametrize(
    "path", ["/instances", "/ssh-keys", "/billing/balance", "/templates", "/environments"]
)
def test_an_unknown_environment_name_is_404_on_every_infrastructure_route(
    http: httpx.Client, path: str
) -> None:
    found = error(http.get(f"{API}{path}", params={"environment": "nope"}), 404)
    assert (found["code"], "nope" in found["message"]) == ("not_found", True)


def test_environments_default_flag_rename_and_delete_rules(http: httpx.Client) -> None:
    main = http.get(f"{API}/environments").json()["data"][0]
    assert (main["name"], main["is_default"]) == ("main", True)
    dev = http.post(f"{API}/environments", json={"name": "dev"}).json()["data"]
    assert dev["is_default"] is False
    assert error(http.post(f"{API}/environments", json={"name": "dev"}), 409)["code"] == "conflict"
    main_id = main["id"]
    assert (
        error(http.patch(f"{API}/environments/{dev['id']}", json={"name": "main"}), 409)["code"] == "conflict"
    )
    assert (
        error(http.patch(f"{API}/environments/{main_id}", json={"is_default": False}), 409)["code"]
        == "conflict"
    )
    made_default = http.patch(f"{API}/environments/{dev['id']}", json={"is_default": True}).json()["data"]
    assert made_default["is_default"] is True
    assert http.get(f"{API}/environments/{main['id']}").json()["data"]["is_default"] is False
    assert error(http.delete(f"{API}/environments/{dev['id']}"), 409)["code"] == "conflict"
    renamed = http.patch(f"{API}/environments/{main['id']}", json={"name": "old"}).json()["data"]
    assert renamed["name"] == "old"
    assert http.delete(f"{API}/environments/{main['id']}").status_code == 204
    assert error(http.get(f"{API}/environments/{main['id']}"), 404)["code"] == "not_found"
    assert error(http.get(f"{API}/instances", params={"environment": "old"}), 404)["code"] == "not_found"
    # calls without the parameter now act in the new default
    assert http.get(f"{API}/instances").status_code == 200


def test_an_environment_with_live_instances_cannot_be_deleted(http: httpx.Client) -> None:
    dev = http.post(f"{API}/environments", json={"name": "dev"}).json()["data"]
    launch(http, environment="dev")
    assert error(http.delete(f"{API}/environments/{dev['id']}"), 409)["code"] == "conflict"


# ------------------------------------------------------------------------------------ storage


def test_volume_create_is_snake_case_and_list_get_are_camel_case(http: httpx.Client) -> None:
    created = http.post(f"{API}/storage", json={"name": "data", "size_gb": 100, "region": "us-west-1"})
    assert created.status_code == 201
    volume = created.json()["data"]
    assert (volume["size_gb"], volume["region"], volume["provider_type"]) == (100, "21", "wasabi")
    listed = http.get(f"{API}/storage").json()["data"][0]
    assert (listed["sizeGb"], listed["providerType"], listed["status"]) == (100, "wasabi", "available")
    got = http.get(f"{API}/storage/{volume['id']}").json()["data"]
    assert got["createdAt"] == volume["created_at"]
    by_id = http.post(f"{API}/storage", json={"name": "b", "size_gb": 1, "region": "137"}).json()["data"]
    assert by_id["provider_type"] == "aws-s3"


def test_volume_regions_and_unknown_region(http: httpx.Client) -> None:
    regions = http.get(f"{API}/storage/regions").json()["data"]
    assert {(r["id"], r["name"], r["provider"]) for r in regions} == {
        ("137", "us-east-1", "aws-s3"),
        ("21", "us-west-1", "wasabi"),
    }
    found = error(http.post(f"{API}/storage", json={"name": "x", "size_gb": 1, "region": "mars-1"}), 404)
    assert found["code"] == "not_found"


def test_volume_resize_and_delete_refunds_the_unused_part_of_the_week(
    fake: FakeRuncrate, http: httpx.Client
) -> None:
    volume = http.post(f"{API}/storage", json={"name": "d", "size_gb": 520}).json()["data"]
    week = 520 * 0.03 * 12 / 52  # 3.60 USD
    resized = http.patch(f"{API}/storage/{volume['id']}", json={"size_gb": 1040}).json()["data"]
    assert resized["size_gb"] == 1040
    fake.clock.advance(24 * 3600 * 7 / 2)  # half of the paid week is left
    deleted = http.delete(f"{API}/storage/{volume['id']}")
    assert deleted.status_code == 200
    result = deleted.json()["data"]
    assert result["refund_amount"] == pytest.approx(week, abs=0.02)
    assert "deleted" in result["message"]
    refunds = http.get(f"{API}/billing/transactions", params={"type": "refund"}).json()["data"]
    assert refunds[0]["amount"] == result["refund_amount"]
    assert error(http.get(f"{API}/storage/{volume['id']}"), 404)["code"] == "not_found"


def test_volumes_are_charged_weekly_in_advance(fake: FakeRuncrate, http: httpx.Client) -> None:
    http.post(f"{API}/storage", json={"name": "d", "size_gb": 520})
    fake.clock.advance(8 * 24 * 3600)
    charges = http.get(f"{API}/billing/transactions", params={"type": "usage"}).json()["data"]
    assert [c["amount"] for c in charges] == [pytest.approx(-3.6), pytest.approx(-3.6)]


def test_a_volume_mounted_on_an_instance_is_attached_until_the_instance_ends(
    fake: FakeRuncrate, http: httpx.Client
) -> None:
    volume = http.post(f"{API}/storage", json={"name": "d", "size_gb": 10}).json()["data"]
    instance = launch(http, storage_id=volume["id"])
    got = http.get(f"{API}/storage/{volume['id']}").json()["data"]
    assert (got["status"], got["deploymentId"]) == ("attached", instance["id"])
    assert error(http.delete(f"{API}/storage/{volume['id']}"), 409)["code"] == "conflict"
    http.delete(f"{API}/instances/{instance['id']}")
    assert http.get(f"{API}/storage/{volume['id']}").json()["data"]["status"] == "available"


def test_without_a_storage_provider_create_is_400_storage_not_configured(
    fake: FakeRuncrate, http: httpx.Client
) -> None:
    fake.set_storage_configured(False)
    found = error(http.post(f"{API}/storage", json={"name": "d", "size_gb": 10}), 400)
    assert found["code"] == "storage_not_configured"


# ------------------------------------------------------------------------------------ SSH keys


def test_ssh_keys_get_openssh_fingerprints_and_camel_case_fields(http: httpx.Client) -> None:
    created = http.post(f"{API}/ssh-keys", json={"name": "laptop", "public_key": ED25519_KEY})
    assert created.status_code == 201
    key = created.json()["data"]
    assert (key["fingerprint"], key["type"], key["lastUsed"]) == (ED25519_FINGERPRINT, "ed25519", None)
    assert "public_key" not in key and "createdAt" in key and "projectId" in key
    rsa = http.post(f"{API}/ssh-keys", json={"name": "ci", "public_key": RSA_KEY, "type": "rsa"}).json()[
        "data"
    ]
    assert rsa["fingerprint"] == RSA_FINGERPRINT
    assert [k["name"] for k in http.get(f"{API}/ssh-keys").json()["data"]] == ["laptop", "ci"]


def test_a_duplicate_ssh_key_is_409(http: httpx.Client) -> None:
    http.post(f"{API}/ssh-keys", json={"name": "a", "public_key": ED25519_KEY})
    found = error(http.post(f"{API}/ssh-keys", json={"name": "b", "public_key": ED25519_KEY}), 409)
    assert found["code"] == "conflict"


def _ed25519_line(key_bytes: bytes) -> str:
    name = b"ssh-ed25519"
    blob = struct.pack(">I", len(name)) + name + struct.pack(">I", len(key_bytes)) + key_bytes
    return "ssh-ed25519 " + base64.b64encode(blob).decode()


@pytest.mark.parametrize("public_key", ["not a key", "ssh-ed25519 %%%notbase64", "ssh-dss AAAAB3NzaC1kc3M="])
def test_a_key_that_is_not_an_openssh_line_breaks_the_schema_and_is_422(
    fake: FakeRuncrate, http: httpx.Client, public_key: str
) -> None:
    for validated in (True, False):  # the spec's pattern and the server's own check agree
        fake.set_validation(requests=validated)
        found = error(http.post(f"{API}/ssh-keys", json={"name": "bad", "public_key": public_key}), 422)
        assert (found["code"], found["details"]["field"]) == ("validation_error", "public_key")
    assert "does not match" in fake.take_violations()[0]


@pytest.mark.parametrize(
    "public_key",
    [
        "ssh-rsa " + ED25519_KEY.split()[1],  # body of another type
        _ed25519_line(b"\x01" * 31),  # wrong key length
        "ssh-ed25519 " + ED25519_KEY.split()[1][:-8],  # truncated
    ],
)
def test_a_key_whose_body_does_not_hold_its_type_is_422_from_the_server(
    http: httpx.Client, public_key: str
) -> None:
    found = error(http.post(f"{API}/ssh-keys", json={"name": "bad", "public_key": public_key}), 422)
    assert (found["code"], "public_key" in found["message"]) == ("validation_error", True)


def test_ssh_key_delete_is_204_then_404(http: httpx.Client) -> None:
    key = http.post(f"{API}/ssh-keys", json={"name": "a", "public_key": ED25519_KEY}).json()["data"]
    assert http.delete(f"{API}/ssh-keys/{key['id']}").status_code == 204
    assert error(http.delete(f"{API}/ssh-keys/{key['id']}"), 404)["code"] == "not_found"
    launch_with_gone_key = {"name": "x", "gpu_type": "H100", "ssh_key_id": key["id"]}
    assert http.post(f"{API}/instances", json=launch_with_gone_key).status_code == 400


# ------------------------------------------------------------------------------------ templates


def test_templates_paginate_by_page_with_has_more_and_total(http: httpx.Client) -> None:
    first = http.get(f"{API}/templates", params={"page": 1, "page_size": 25}).json()
    second = http.get(f"{API}/templates", params={"page": 2, "page_size": 25}).json()
    assert first["meta"] == {"hasMore": True, "total": 30}
    assert (len(second["data"]), second["meta"]["hasMore"]) == (5, False)
    assert not {t["id"] for t in first["data"]} & {t["id"] for t in second["data"]}


def test_templates_search_category_and_sort(http: httpx.Client) -> None:
    found = http.get(f"{API}/templates", params={"search": "server"}).json()["data"]
    assert found and all("server" in (t["name"] + t["description"]).lower() for t in found)
    ml = http.get(f"{API}/templates", params={"category": "ml", "sort_by": "name", "sort_dir": "desc"}).json()
    names = [t["name"] for t in ml["data"]]
    assert names == sorted(names, key=str.lower, reverse=True) and ml["meta"]["total"] == len(names)


# ------------------------------------------------------------------------------------ billing


def test_balance_uses_mixed_casing_and_follows_running_instances(
    fake: FakeRuncrate, http: httpx.Client
) -> None:
    idle = http.get(f"{API}/billing/balance").json()["data"]
    assert (idle["creditsBalance"], idle["runway_hours"], idle["burn_usd_per_hour"]) == (100, None, 0)
    launch(http, gpu_type="A100")
    fake.clock.advance(30 + 3600)
    busy = http.get(f"{API}/billing/balance").json()["data"]
    assert busy["burn_usd_per_hour"] == 1.29
    assert busy["activeUsageCost"] == pytest.approx(1.29, abs=0.01)
    assert busy["floating_balance_usd"] == pytest.approx(100 - 1.29, abs=0.01)
    assert busy["runway_hours"] == pytest.approx((100 - 1.29) / 1.29, abs=0.05)


def test_transactions_paginate_by_offset_and_filter_by_type(fake: FakeRuncrate, http: httpx.Client) -> None:
    for amount in (5.0, 6.0, 7.0):
        fake.world.charge(amount, "test charge")
    page = http.get(f"{API}/billing/transactions", params={"limit": 2, "offset": 0}).json()
    assert [t["amount"] for t in page["data"]] == [-7.0, -6.0]
    assert (page["meta"]["hasMore"], page["meta"]["total"]) == (True, 4)
    rest = http.get(f"{API}/billing/transactions", params={"limit": 2, "offset": 2}).json()
    assert ([t["type"] for t in rest["data"]], rest["meta"]["hasMore"]) == (["usage", "credit"], False)
    credits = http.get(f"{API}/billing/transactions", params={"type": "credit"}).json()["data"]
    assert [(t["amount"], t["projectId"]) for t in credits] == [(100.0, fake.world.workspace_id)]


def test_usage_totals_by_date_or_date_time(fake: FakeRuncrate, http: httpx.Client) -> None:
    fake.world.ledger.record_inference(10, 5, 0.25)
    fake.world.ledger.record_inference(1, 1, 0.0)
    today = fake.clock.now_datetime().date().isoformat()
    usage = http.get(f"{API}/billing/usage", params={"from": today, "to": today}).json()["data"]
    assert usage == {
        "total_requests": 2,
        "total_prompt_tokens": 11,
        "total_completion_tokens": 6,
        "total_tokens": 17,
        "total_cost": 0.25,
    }
    later = fake.clock.now_datetime().isoformat().replace("+00:00", "Z")
    assert http.get(f"{API}/billing/usage", params={"from": later}).json()["data"]["total_requests"] == 0
    assert http.get(f"{API}/billing/usage").json()["data"]["total_requests"] == 2
    lower_case = later.replace("T", "t").replace("Z", "z")  # RFC 3339 allows both
    assert http.get(f"{API}/billing/usage", params={"from": lower_case}).json()["data"]["total_requests"] == 0
    # the spec's pattern checks the shape; the calendar is the server's to check
    calendar = error(http.get(f"{API}/billing/usage", params={"from": "2026-02-30"}), 400)
    assert (calendar["code"], calendar["details"]["field"]) == ("invalid_params", "from")


def top_up(http: httpx.Client, key: str, amount: float = 50) -> httpx.Response:
    body = {"amount_usd": amount, "idempotency_key": key}
    return http.post(f"{API}/billing/topups", json=body, headers={"Idempotency-Key": key})


def test_a_top_up_key_never_charges_twice(http: httpx.Client) -> None:
    first = top_up(http, "k1").json()["data"]
    again = top_up(http, "k1", amount=999).json()["data"]
    assert first == again
    assert (first["status"], first["balance_usd"], first["amount_usd"]) == ("succeeded", 150, 50)
    assert first["invoice_number"]
    assert http.get(f"{API}/billing/balance").json()["data"]["creditsBalance"] == 150


def test_a_top_up_that_requires_action_is_polled_with_the_same_key(
    fake: FakeRuncrate, http: httpx.Client
) -> None:
    fake.next_top_up("requires_action")
    pending = top_up(http, "k").json()["data"]
    assert (pending["status"], pending["balance_usd"]) == ("requires_action", None)
    assert pending["confirm_url"].startswith("https://") and pending["expires_at"]
    assert top_up(http, "k").json()["data"]["status"] == "requires_action"
    fake.confirm_top_up("k")
    assert top_up(http, "k").json()["data"]["status"] == "succeeded"
    fake.next_top_up("requires_action")
    top_up(http, "late")
    fake.clock.advance(25 * 3600)
    late = top_up(http, "late").json()["data"]
    assert (late["status"], late["reason"]) == ("declined", "authentication_required")


def test_declined_and_processing_top_ups(fake: FakeRuncrate, http: httpx.Client) -> None:
    fake.next_top_up("declined", reason="payment_blocked")
    declined = top_up(http, "d").json()["data"]
    assert (declined["status"], declined["reason"]) == ("declined", "payment_blocked")
    assert declined["message"]
    fake.next_top_up("processing")
    assert top_up(http, "p").json()["data"]["status"] == "processing"
    fake.clock.advance(11)
    assert top_up(http, "p").json()["data"]["status"] == "succeeded"
    assert http.get(f"{API}/billing/balance").json()["data"]["creditsBalance"] == 150


@pytest.mark.parametrize("code", ["TOPUP_CAP_REACHED", "NO_PAYMENT_METHOD", "PAYMENT_HOLD"])
def test_refused_top_ups_are_402_with_their_code(fake: FakeRuncrate, http: httpx.Client, code: str) -> None:
    fake.next_top_up(code)
    assert error(top_up(http, "r"), 402)["code"] == code


def test_top_up_amount_out_of_range_and_missing_permission(fake: FakeRuncrate, http: httpx.Client) -> None:
    assert error(top_up(http, "small", amount=5), 422)["details"]["field"] == "amount_usd"
    assert fake.take_violations()  # the documented minimum: this SDK's tests fail on it
    fake.set_validation(requests=False)
    assert error(top_up(http, "small", amount=5), 422)["code"] == "validation_error"
    assert error(top_up(http, "big", amount=10001), 422)["code"] == "validation_error"
    fake.set_billing_permission(False)
    assert error(top_up(http, "ok"), 403)["code"] == "forbidden"


def test_auto_recharge_round_trips(http: httpx.Client) -> None:
    assert http.get(f"{API}/billing/auto-recharge").json()["data"]["enabled"] is False
    body = {"enabled": True, "threshold_usd": 10, "target_usd": 50}
    saved = http.put(f"{API}/billing/auto-recharge", json=body).json()["data"]
    assert (saved["enabled"], saved["threshold_usd"], saved["target_usd"]) == (True, 10, 50)
    assert http.get(f"{API}/billing/auto-recharge").json()["data"] == saved
    bad = {"enabled": True, "threshold_usd": 50, "target_usd": 10}
    assert error(http.put(f"{API}/billing/auto-recharge", json=bad), 400)["code"] == "bad_request"


def test_auto_recharge_tops_up_when_a_charge_goes_below_the_threshold(
    fake: FakeRuncrate, http: httpx.Client
) -> None:
    fake.clock.set_speed(0)
    body = {"enabled": True, "threshold_usd": 60, "target_usd": 120}
    http.put(f"{API}/billing/auto-recharge", json=body)
    volume = {"name": "big", "size_gb": 10_000}  # the first week, about $69, is charged at once
    assert http.post(f"{API}/storage", json=volume).status_code == 201
    assert http.get(f"{API}/billing/balance").json()["data"]["creditsBalance"] == 120
    latest = http.get(f"{API}/billing/transactions", params={"limit": 2}).json()["data"]
    assert [(t["type"], t["description"]) for t in latest] == [
        ("credit", "Auto-recharge"),
        ("usage", "Storage big (10000 GB), first week"),
    ]
    assert latest[0]["amount"] == pytest.approx(120 - (100 + latest[1]["amount"]))

    fake.fail_next_auto_recharge("card_declined")
    http.post(f"{API}/storage", json=volume)
    balance = http.get(f"{API}/billing/balance").json()["data"]["creditsBalance"]
    assert balance < 60  # not topped up
    settings = http.get(f"{API}/billing/auto-recharge").json()["data"]
    assert settings["last_failure_reason"] == "card_declined"
    assert settings["last_failure_at"] == iso(fake.clock.now())
    http.post(f"{API}/storage", json={"name": "small", "size_gb": 1})  # the next charge tries again
    assert http.get(f"{API}/billing/balance").json()["data"]["creditsBalance"] == 120


def test_payment_methods_are_listed(http: httpx.Client) -> None:
    methods = http.get(f"{API}/billing/payment-methods").json()["data"]
    assert [(m["type"], m["last4"], m["default"]) for m in methods] == [
        ("card", "0042", True),
        ("card", "4444", False),
    ]


@pytest.mark.parametrize("name", ["", "   "])
def test_a_blank_environment_name_is_422_from_the_schema_and_the_server(
    fake: FakeRuncrate, http: httpx.Client, name: str
) -> None:
    for validated in (True, False):
        fake.set_validation(requests=validated)
        refused = error(http.post(f"{API}/environments", json={"name": name}), 422)
        assert (refused["code"], refused["details"]["field"]) == ("validation_error", "name")
    assert fake.take_violations()  # the spec states it (minLength, a non-blank pattern)
