# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
"""createChatCompletion: Create a chat completion"""

from collections.abc import Mapping
from typing import Any, cast

import httpx

from runcrate._json import loads as json_loads

from ...models.chat_completion import ChatCompletion
from ...models.chat_completion_request import ChatCompletionRequest
from ...types import Operation, RequestParts

OPERATION = Operation(
    id="createChatCompletion",
    method="POST",
    path="/chat/completions",
    server="inference",
    server_url="https://api.runcrate.ai/v1",
    idempotent=False,
    takes_idempotency_key=False,
    streaming=True,
    binary=False,
    multipart=False,
    redirect=False,
    min_timeout=None,
)


def build_request(
    *,
    body: ChatCompletionRequest | dict[str, Any],
) -> RequestParts:
    """Build the ``createChatCompletion`` request: Create a chat completion

    Generates the next assistant message for a conversation (OpenAI-compatible).

    With `stream` false or absent the answer is one `ChatCompletion` JSON object. With
    `stream: true` the answer is `text/event-stream`: each event's `data` holds one JSON
    `ChatCompletionChunk`, events are separated by blank lines, and the stream ends with the
    event `data: [DONE]`. Parse it as SSE (the space after `data:` is optional; ignore
    comment, `event:` and blank lines). An error before the stream starts is an ordinary JSON
    error response; an error in the middle of a stream arrives as a chunk with a top-level
    `error` object.

    Keys not listed in the request schema are forwarded to the model unchanged. Reasoning
    models send their thinking in `reasoning_content`.

    Args:
        body (ChatCompletionRequest): A chat completion request. Keys not listed here are
            forwarded unchanged to the model, for model-specific parameters.
    """
    headers: dict[str, Any] = {}

    _kwargs: RequestParts = {
        "method": "POST",
        "url": "/chat/completions",
    }

    _kwargs["json"] = body if isinstance(body, dict) else body.to_dict()
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> ChatCompletion:
    """Parse the body of a successful response (any 2xx status; the overlay handles errors)."""
    response_200 = ChatCompletion.from_dict(cast("Mapping[str, Any]", json_loads(response.content)))

    return response_200
