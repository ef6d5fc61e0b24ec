"""Decoding the 100-choice completion as the ``openai`` package does (``construct_type``, no validation)."""

from __future__ import annotations

from pathlib import Path

from _common import Recorded, cpu_per_call, emit, settings
from openai._models import construct_type
from openai.types.chat import ChatCompletion


def main() -> None:
    config = settings()
    response = Recorded(Path(config["data"]), "chat_100_choices").response()
    micros = cpu_per_call(
        lambda: construct_type(type_=ChatCompletion, value=response.json()),
        calls=config["calls"],
        warmup=config["warmup"],
    )
    emit({"choices": micros / 1000})


if __name__ == "__main__":
    main()
