# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
"""createSpeech: Generate speech from text"""

from io import BytesIO
from typing import Any

import httpx

from ...models.speech_request import SpeechRequest
from ...types import File, Operation, RequestParts

OPERATION = Operation(
    id="createSpeech",
    method="POST",
    path="/audio/speech",
    server="inference",
    server_url="https://api.runcrate.ai/v1",
    idempotent=False,
    takes_idempotency_key=False,
    streaming=False,
    binary=True,
    multipart=False,
    redirect=False,
    min_timeout=120.0,
)


def build_request(
    *,
    body: SpeechRequest | dict[str, Any],
) -> RequestParts:
    """Build the ``createSpeech`` request: Generate speech from text

    Turns text into speech and returns the raw audio: MP3 (`audio/mpeg`) by default, or PCM
    (`audio/pcm`) with `response_format: pcm`. Voices and the maximum input length depend on the model;
    other keys (e.g. `language`) are forwarded to it unchanged. Errors still come back as JSON.

    Args:
        body (SpeechRequest): A text-to-speech request. Keys not listed here (e.g. `language`) are
            forwarded unchanged.
    """
    headers: dict[str, Any] = {}

    _kwargs: RequestParts = {
        "method": "POST",
        "url": "/audio/speech",
    }

    _kwargs["json"] = body if isinstance(body, dict) else body.to_dict()
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> File:
    """Parse the body of a successful response (any 2xx status; the overlay handles errors)."""
    response_200 = File(payload=BytesIO(response.content))

    return response_200
