"""The fake server's core over real sockets: auth, envelopes, request ids, reset, keys."""

from __future__ import annotations

import httpx

from runcrate.testing import FakeRuncrate


def client(fake: FakeRuncrate, key: str | None = None) -> httpx.Client:
    return httpx.Client(base_url=fake.url, headers={"Authorization": f"Bearer {key or fake.api_key}"})


def test_unknown_path_is_a_404_in_the_infrastructure_envelope(fake: FakeRuncrate) -> None:
    with client(fake) as http:
        response = http.get("/api/v1/no-such-thing")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"
    assert response.headers["x-request-id"].startswith("req_")
