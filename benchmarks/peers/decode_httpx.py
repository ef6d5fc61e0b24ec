"""The floor for model decoding: ``json.loads`` of the same bodies, no types."""

from __future__ import annotations

import functools
import json
from pathlib import Path

from _common import Recorded, cpu_per_call, emit, settings


def main() -> None:
    config = settings()
    data = Path(config["data"])
    result = {}
    for name, recorded_name in (("instances", "instances_1000"), ("choices", "chat_100_choices")):
        response = Recorded(data, recorded_name).response()
        micros = cpu_per_call(
            functools.partial(json.loads, response.content), calls=config["calls"], warmup=config["warmup"]
        )
        result[name] = micros / 1000
    emit(result)


if __name__ == "__main__":
    main()
