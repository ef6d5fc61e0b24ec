"""Model decoding with our generated attrs models, through the SDK's own parse step.

The bodies are recorded responses (1,000 instances; a completion with 100 choices); the figure is
CPU ms to turn the bytes into typed objects, ``json.loads`` included.
"""

from __future__ import annotations

import functools
from pathlib import Path

from _common import Recorded, cpu_per_call, emit, settings

from runcrate._engine._parsing import parse as _parse
from runcrate._generated.api.chat import create_chat_completion
from runcrate._generated.api.instances import list_instances


def main() -> None:
    config = settings()
    data = Path(config["data"])
    cases = {
        "instances": (Recorded(data, "instances_1000"), list_instances),
        "choices": (Recorded(data, "chat_100_choices"), create_chat_completion),
    }
    result = {}
    for name, (recorded, endpoint) in cases.items():
        parse = functools.partial(_parse, endpoint, recorded.response())
        result[name] = cpu_per_call(parse, calls=config["calls"], warmup=config["warmup"]) / 1000
    emit(result)


if __name__ == "__main__":
    main()
