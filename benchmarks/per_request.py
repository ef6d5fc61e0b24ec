"""2. Per-request overhead: a small GET and a small POST, CPU per call, sync and async.

Every peer is served the same recorded responses: in process (an ``httpx.MockTransport``; no
sockets, so the figure is the client's own work) and over loopback from the replay server (real
sockets and connection pool; the server is in another process and costs little). The figure is
the client process's CPU time per call, so the server's speed does not enter it.
"""

from __future__ import annotations

from contextlib import nullcontext

from benchmarks._context import API_KEY, Context
from benchmarks._replay import ReplayServer
from benchmarks._results import Bar, Row, Section

KEY = "requests"
CASES = (
    ("get", "GET instances.list (10 items)", ("ours", "httpx", "official")),
    ("post", "POST chat completion (non-streamed)", ("ours", "httpx", "official", "openai")),
)
TRANSPORTS = (("inproc", "in process"), ("loopback", "loopback"))
PEERS = ("ours", "httpx", "official", "openai")
BARS = [
    Bar("≤ 1.0x raw httpx + json.loads", "<=", 1.0, "httpx"),
    Bar("faster than runcrate-sdk", "<", 1.0, "official"),
]


def run(ctx: Context) -> Section:
    calls, rounds = ctx.size(300, 100), ctx.size(5, 3)
    section = Section(
        KEY,
        "Per-request overhead",
        f"µs of client CPU per call: {rounds} rounds, each a fresh process per peer that makes "
        f"{ctx.size(50, 20)} warm-up calls, then {calls} measured ones. Raw httpx does the same request "
        "and `json.loads` of the body.",
    )
    for transport, transport_label in TRANSPORTS:
        server = ReplayServer(ctx.data) if transport == "loopback" else nullcontext()
        with server as replay:
            for mode in ("sync", "async"):
                config = {
                    "data": str(ctx.data),
                    "transport": transport,
                    "url": getattr(replay, "url", ""),
                    "mode": mode,
                    "api_key": API_KEY,
                    "calls": calls,
                    "warmup": ctx.size(50, 20),
                }
                outcomes = ctx.rounds(PEERS, "requests", config, rounds)
                for case, label, peers in CASES:
                    row = Row(
                        KEY, f"{label}, {mode}, {transport_label}", "µs CPU/call", "lower", bars=list(BARS)
                    )
                    ctx.fill(row, {peer: outcomes[peer] for peer in peers}, case)
                    section.rows.append(row)
    return section
