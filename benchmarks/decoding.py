"""6. Model decoding: recorded bodies into typed objects, each SDK through its own parse step.

Raw is ``json.loads`` alone (the floor). Ours: the generated attrs models via the core's parse.
runcrate-sdk: its transport's ``_parse_response`` (a pydantic ``TypeAdapter`` per call) for the list,
``ChatCompletion.model_validate`` for the completion. openai: its ``construct_type``.
"""

from __future__ import annotations

from benchmarks._context import Context
from benchmarks._results import Row, Section

KEY = "decoding"
PEERS = ("ours", "httpx", "official", "openai")


def run(ctx: Context) -> Section:
    calls, rounds = ctx.size(20, 5), ctx.size(5, 3)
    section = Section(
        KEY,
        "Model decoding",
        f"CPU ms per body, `json.loads` included: {rounds} rounds, each a fresh process per peer that "
        f"parses each body 3 times to warm up, then {calls} times measured.",
    )
    config = {"data": str(ctx.data), "calls": calls, "warmup": 3}
    outcomes = ctx.rounds(PEERS, "decode", config, rounds)
    section.rows += [
        ctx.fill(
            Row(KEY, "list of 1,000 instances", "ms CPU", "lower"),
            {p: outcomes[p] for p in PEERS if p != "openai"},
            "instances",
        ),
        ctx.fill(Row(KEY, "chat completion with 100 choices", "ms CPU", "lower"), outcomes, "choices"),
    ]
    return section
