# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
"""createImage: Generate images"""

from collections.abc import Mapping
from typing import Any, cast

import httpx

from runcrate._json import loads as json_loads

from ...models.image_generation_request import ImageGenerationRequest
from ...models.image_result import ImageResult
from ...types import Operation, RequestParts

OPERATION = Operation(
    id="createImage",
    method="POST",
    path="/images/generations",
    server="inference",
    server_url="https://api.runcrate.ai/v1",
    idempotent=False,
    takes_idempotency_key=False,
    streaming=False,
    binary=False,
    multipart=False,
    redirect=False,
    min_timeout=120.0,
)


def build_request(
    *,
    body: ImageGenerationRequest | dict[str, Any],
) -> RequestParts:
    """Build the ``createImage`` request: Generate images

    Generates images from a prompt: text-to-image, image-to-image (`image` with
    `prompt_strength`), edits (`input_image` on Kontext models, `input_images` on FLUX.2 Pro)
    and controlled generation (`control_image`, `mask`, `start_image`). Image inputs are an
    http(s) URL, a `data:` URI or raw base64.

    A model silently ignores parameters it does not support, and other keys are forwarded to
    it unchanged. Returned URLs are temporary: download the images soon. Generation can take
    long; give the call at least 120 s.

    Args:
        body (ImageGenerationRequest): An image generation request. A model silently ignores
            parameters it does not support; keys not listed here are forwarded unchanged to the model.
    """
    headers: dict[str, Any] = {}

    _kwargs: RequestParts = {
        "method": "POST",
        "url": "/images/generations",
    }

    _kwargs["json"] = body if isinstance(body, dict) else body.to_dict()
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> ImageResult:
    """Parse the body of a successful response (any 2xx status; the overlay handles errors)."""
    response_200 = ImageResult.from_dict(cast("Mapping[str, Any]", json_loads(response.content)))

    return response_200
