# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
"""createTranscription: Transcribe audio"""

from collections.abc import Mapping
from typing import Any, cast

import httpx

from runcrate._json import loads as json_loads

from ...models.transcription import Transcription
from ...models.transcription_request import TranscriptionRequest
from ...types import Operation, RequestParts

OPERATION = Operation(
    id="createTranscription",
    method="POST",
    path="/audio/transcriptions",
    server="inference",
    server_url="https://api.runcrate.ai/v1",
    idempotent=False,
    takes_idempotency_key=False,
    streaming=False,
    binary=False,
    multipart=True,
    redirect=False,
    min_timeout=120.0,
)


def build_request(
    *,
    body: TranscriptionRequest,
) -> RequestParts:
    """Build the ``createTranscription`` request: Transcribe audio

    Transcribes an audio file (mp3, wav, m4a, flac, ogg, webm or mp4) sent as `multipart/form-data`.
    With `response_format` `json` (the default) the answer is a JSON `Transcription`; with `text`, `srt`
    or `vtt` it is presumably plain text (unverified), so choose the parser by the response's `Content-
    Type`. Other form fields are forwarded as strings.

    Args:
        body (TranscriptionRequest): A speech-to-text request, sent as `multipart/form-data`.
    """
    headers: dict[str, Any] = {}

    _kwargs: RequestParts = {
        "method": "POST",
        "url": "/audio/transcriptions",
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> Transcription:
    """Parse the body of a successful response (any 2xx status; the overlay handles errors)."""
    response_200 = Transcription.from_dict(cast("Mapping[str, Any]", json_loads(response.content)))

    return response_200
