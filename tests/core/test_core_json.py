"""Bodies and stream chunks are read by a compiled decoder whose answer is always ``json.loads``'s."""

from __future__ import annotations

import json
import math
import sys

import pytest

from runcrate import _json
from tests.core.helpers import KINDS, on_raw
from tests.raw_server import RawServer, respond

DOCUMENTS = [
    b'{"a": 1, "a": 2}',
    b'{"n": NaN, "i": Infinity, "m": -Infinity}',
    b'{"big": 123456789012345678901234567890, "neg": -18446744073709551617}',
    b'{"f": 1e400, "g": 5e-324, "h": 0.1, "z": -0.0}',
    b'\xef\xbb\xbf{"bom": true}',
    b'"\\ud800 lone surrogate"',
    '{"utf16": "é"}'.encode("utf-16"),
    b'  {"spaced" : [1 , 2] }  ',
    b'{"nul": "\\u0000", "emoji": "\\ud83d\\ude00", "raw": "\xc3\xa9"}',
    '{"text": "é"}',
]
BROKEN = [b"", b"[1, 2,]", b'{"a": }', b"\xff\xfe\xfd", b"nul", b"[" * 100_000]


@pytest.mark.parametrize("document", DOCUMENTS)
def test_a_document_reads_as_json_loads_reads_it(document: bytes | str) -> None:
    assert repr(_json.loads(document)) == repr(json.loads(document))


@pytest.mark.parametrize("document", BROKEN)
def test_a_broken_document_fails_as_json_loads_fails(document: bytes) -> None:
    with pytest.raises((ValueError, RecursionError)) as expected:
        json.loads(document)
    with pytest.raises(type(expected.value)):
        _json.loads(document)


def test_without_msgspec_json_loads_reads_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "msgspec", None)  # as on an interpreter it does not support
    monkeypatch.setitem(sys.modules, "msgspec.json", None)
    monkeypatch.setattr(_json, "_decode", None)
    assert _json.loads(b'{"a": [1, 2.5, null]}') == {"a": [1, 2.5, None]}
    assert _json._decode is json.loads
    with pytest.raises(ValueError):
        _json.loads(b"{")


@pytest.mark.parametrize("kind", KINDS)
def test_numbers_beyond_64_bits_and_nan_arrive_exactly(raw_server: RawServer, kind: str) -> None:
    body = (
        b'{"data": [{"id": "i-1", "name": "big", "status": "running", '
        b'"gpu_count": 1180591620717411303424, "cost_per_hour": NaN}]}'
    )
    raw_server.repeat(respond(200, body, {"Content-Type": "application/json"}))
    (instance,) = on_raw(kind, raw_server.url, lambda client: client.instances.list())
    assert instance.gpu_count == 2**70
    assert math.isnan(instance.cost_per_hour)
