"""What the fake's models cost, and charging a request to the workspace.

The Models API charges per request, token, image, second or minute depending on the model; the
fake's prices are round numbers per kind of request, so a test can compute what a call costs:

==============  =======================================================
chat            $1 per million tokens (prompt and completion)
image           $0.01 per image
video           $0.10 per second of video, when the job is created
speech          $15 per million characters of ``input``
transcription   $0.006 per minute of audio (the duration the fake reports)
==============  =======================================================

A charge takes the cost from the balance and the monthly spend of the key's environment, counts
the request in the usage totals (``GET /billing/usage``) and adds the cost to the day's usage
transaction (see the ledger).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from runcrate.testing._server.world import World

CHAT_USD_PER_TOKEN = 1.0 / 1_000_000
IMAGE_USD = 0.01
VIDEO_USD_PER_SECOND = 0.10
SPEECH_USD_PER_CHARACTER = 15.0 / 1_000_000
TRANSCRIPTION_USD_PER_MINUTE = 0.006


def charge(
    world: World, key: str, cost_usd: float, *, prompt_tokens: int = 0, completion_tokens: int = 0
) -> None:
    """Charge one inference request made with API key ``key``."""
    world.ledger.record_inference(
        prompt_tokens,
        completion_tokens,
        round(cost_usd, 6),
        environment=world.key_environment(key),
    )


def chat_cost(prompt_tokens: int, completion_tokens: int) -> float:
    return (prompt_tokens + completion_tokens) * CHAT_USD_PER_TOKEN


def speech_cost(text: str) -> float:
    return len(text) * SPEECH_USD_PER_CHARACTER


def transcription_cost(seconds: float) -> float:
    return seconds / 60 * TRANSCRIPTION_USD_PER_MINUTE
