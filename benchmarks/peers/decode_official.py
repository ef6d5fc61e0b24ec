"""Model decoding with the official SDK's pydantic models, through its own parse step.

Its transport parses every JSON response with ``_parse_response(response, cast_to)``, which builds a
pydantic ``TypeAdapter`` for the list type on each call; chat completions use
``ChatCompletion.model_validate(response.json())``.
"""

from __future__ import annotations

from pathlib import Path

from _common import Recorded, cpu_per_call, emit, settings

from runcrate._transport import _parse_response
from runcrate.models.instances import Instance
from runcrate.models.models import ChatCompletion


def main() -> None:
    config = settings()
    data = Path(config["data"])
    instances = Recorded(data, "instances_1000").response()
    choices = Recorded(data, "chat_100_choices").response()
    counts = {"calls": config["calls"], "warmup": config["warmup"]}
    result = {
        "instances": cpu_per_call(lambda: _parse_response(instances, list[Instance]), **counts),
        "choices": cpu_per_call(lambda: ChatCompletion.model_validate(choices.json()), **counts),
    }
    emit({name: micros / 1000 for name, micros in result.items()})


if __name__ == "__main__":
    main()
