"""The raw test server itself: each script does what it says, over a plain httpx client."""

from __future__ import annotations

import json

import httpx
import pytest

from tests.raw_server import (
    RawServer,
    cut,
    drip,
    echo_headers,
    respond,
    respond_json,
    send_raw,
    sse_pings,
    sse_trickle,
    stall,
)


def test_respond_records_the_request(raw_server: RawServer) -> None:
    raw_server.queue(respond_json({"ok": True}))
    response = httpx.post(raw_server.url + "/a?b=1", json={"x": 1}, headers={"X-Test": "yes"})
    assert response.json() == {"ok": True}
    [request] = raw_server.requests
    assert (request.method, request.target, request.headers["x-test"]) == ("POST", "/a?b=1", "yes")
    assert json.loads(request.body) == {"x": 1}


def test_chunked_request_body_is_decoded(raw_server: RawServer) -> None:
    raw_server.queue(respond(204))
    httpx.put(raw_server.url, content=iter([b"ab", b"cd"]))
    assert raw_server.requests[0].body == b"abcd"


def test_queue_then_repeat(raw_server: RawServer) -> None:
    raw_server.queue(respond(201))
    raw_server.repeat(respond(202))
    assert [httpx.get(raw_server.url).status_code for _ in range(3)] == [201, 202, 202]


def test_unscripted_connection_is_answered_599(raw_server: RawServer) -> None:
    assert httpx.get(raw_server.url).status_code == 599


def test_send_raw_is_sent_verbatim(raw_server: RawServer) -> None:
    raw_server.queue(send_raw(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nhi"))
    assert httpx.get(raw_server.url).text == "hi"


def test_drip_delivers_the_whole_body_eventually(raw_server: RawServer) -> None:
    raw_server.queue(drip(b'{"a": 1}', delay=0.001))
    assert httpx.get(raw_server.url).json() == {"a": 1}


def test_drip_defeats_a_read_timeout_per_socket_read(raw_server: RawServer) -> None:
    """Each byte arrives well within the read timeout, so httpx alone never times out."""
    raw_server.queue(drip(b"0123456789", delay=0.01))
    assert httpx.get(raw_server.url, timeout=5).content == b"0123456789"


def test_stall_times_out_the_read(raw_server: RawServer) -> None:
    raw_server.queue(stall())
    with pytest.raises(httpx.ReadTimeout):
        httpx.get(raw_server.url, timeout=0.2)


def test_cut_ends_the_body_early(raw_server: RawServer) -> None:
    raw_server.queue(cut(b'{"long": "body"}', keep=5))
    with pytest.raises(httpx.RemoteProtocolError):
        httpx.get(raw_server.url)


def test_echo_headers_in_a_json_body_and_in_an_error_body(raw_server: RawServer) -> None:
    raw_server.queue(echo_headers(), echo_headers(status=500))
    assert httpx.get(raw_server.url, headers={"X-Key": "k"}).json()["x-key"] == "k"
    error = httpx.get(raw_server.url, headers={"X-Key": "k"})
    assert error.status_code == 500
    assert json.loads(error.json()["error"]["message"])["x-key"] == "k"


def test_sse_trickle_never_completes_a_line(raw_server: RawServer) -> None:
    raw_server.queue(sse_trickle(b"data: 1\n\n", delay=0.001))
    with httpx.stream("GET", raw_server.url) as response:
        received = b""
        for chunk in response.iter_raw():
            received += chunk
            if len(received) > 200:
                break
    assert received.startswith(b"data: 1\n\ndata: xxx")
    assert b"\n" not in received[len(b"data: 1\n\n") :]


def test_sse_pings_only_send_comments(raw_server: RawServer) -> None:
    raw_server.queue(sse_pings(delay=0.001))
    with httpx.stream("GET", raw_server.url) as response:
        received = b""
        for chunk in response.iter_raw():
            received += chunk
            if received.count(b"\n\n") >= 5:
                break
    assert set(received.split(b"\n\n")[:5]) == {b": ping"}


def test_close_stops_a_stalled_connection() -> None:
    server = RawServer()
    server.queue(stall())
    with pytest.raises(httpx.ReadTimeout):
        httpx.get(server.url, timeout=0.1)
    server.close()  # raises if a connection thread were still alive
    assert not server.errors
