"""Parsed results carry the request id of their response (the parse step, no I/O)."""

from __future__ import annotations

import pickle
from typing import Any

import httpx

from runcrate import ResultList
from runcrate._engine._parsing import parse, parse_data
from runcrate._generated.api.instances import list_instances, terminate_instance

INSTANCE = {"id": "i1", "name": "a", "status": "running"}


def response(body: Any, headers: dict[str, str] | None = None) -> httpx.Response:
    request = httpx.Request("GET", "https://www.runcrate.ai/api/v1/instances")
    return httpx.Response(200, json=body, headers=headers, request=request)


def test_the_request_id_header_wins_over_meta() -> None:
    body = {"data": [INSTANCE], "meta": {"requestId": "req_meta"}}
    assert (
        parse_data(list_instances, response(body, {"X-Request-Id": "req_header"}))._request_id == "req_header"
    )


def test_a_list_without_the_header_takes_meta_request_id() -> None:
    instances = parse_data(list_instances, response({"data": [INSTANCE], "meta": {"requestId": "req_meta"}}))
    assert isinstance(instances, ResultList)
    assert instances._request_id == "req_meta"
    assert instances[0]._request_id is None, "items are not results of their own"
    envelope = parse(list_instances, response({"data": [], "meta": {"requestId": "req_meta"}}))
    assert envelope._request_id == "req_meta"


def test_no_request_id_anywhere_is_none() -> None:
    assert parse_data(list_instances, response({"data": []}))._request_id is None
    assert parse_data(list_instances, response([INSTANCE]))._request_id is None, "a bare array"
    assert parse(terminate_instance, response(None)) is None


def test_a_result_list_behaves_as_a_list_and_pickles() -> None:
    items = ResultList([1, 2], request_id="req_1")
    assert items == [1, 2] and items[1:] == [2] and len(items) == 2
    copy = pickle.loads(pickle.dumps(items))
    assert copy == [1, 2] and copy.request_id == "req_1"
    assert ResultList().request_id is None
