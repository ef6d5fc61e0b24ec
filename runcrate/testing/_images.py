"""``POST /v1/images/generations``: small valid PNGs, as URLs on the fake's origin or base64.

Each image is a small valid PNG of one colour derived from the prompt (and ``seed``): the
requested size (``width``/``height``, else ``aspect_ratio`` on a 1024-pixel long side, else
1024x1024) scaled down to at most 64 pixels a side. ``response_format: url`` (the default)
answers with a URL on the same origin as the request, served without auth by ``_assets``
like a real temporary asset URL; ``b64_json`` answers with the bytes in base64. One image per
request.
"""

from __future__ import annotations

import base64
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from . import _media
from ._assets import image_url
from ._inference_io import (
    as_array,
    bad_param,
    choice,
    json_object,
    optional_int,
    optional_number,
    optional_str,
    out_of_range,
    required_str,
)
from ._inference_state import InferenceState

if TYPE_CHECKING:
    from ._world import World

DEFAULT_SIDE = 1024
MAX_INPUT_IMAGES = 8


def routes(world: World, state: InferenceState) -> list[BaseRoute]:
    async def create_image(request: Request) -> Response:
        body = await json_object(request)
        prompt, width, height, response_format = _parse(body)
        seed = body.get("seed")
        colour = _media.colour_for(prompt if seed is None else f"{prompt}\x00{seed}")
        image = _media.png(*_media.png_size(width, height), colour)
        item: dict[str, Any]
        if response_format == "b64_json":
            item = {"b64_json": base64.b64encode(image).decode("ascii")}
        else:
            image_id = world.new_id("img")
            with world.lock:
                state.images[image_id] = image
            item = {"url": image_url(request, image_id), "b64_json": None}
        return JSONResponse({"created": int(world.clock.now()), "data": [item]})

    return [Route("/images/generations", create_image, methods=["POST"])]


def _parse(body: dict[str, Any]) -> tuple[str, int, int, str]:
    """The prompt, the requested size and the response format, after checking every known field."""
    required_str(body, "model")
    prompt = required_str(body, "prompt")
    width = optional_int(body, "width", minimum=256, maximum=2048)
    height = optional_int(body, "height", minimum=256, maximum=2048)
    optional_int(body, "num_inference_steps", minimum=1, maximum=100)
    optional_int(body, "seed")
    optional_number(body, "guidance")
    optional_number(body, "prompt_strength")
    for name in ("negative_prompt", "image", "input_image", "control_image", "mask", "start_image"):
        optional_str(body, name)
    inputs = as_array(body.get("input_images"))
    if inputs is not None or body.get("input_images") is not None:
        if inputs is None or not all(isinstance(i, str) for i in inputs):
            raise bad_param("input_images", "'input_images' must be an array of strings.")
        if len(inputs) > MAX_INPUT_IMAGES:
            raise out_of_range("input_images", f"'input_images' takes at most {MAX_INPUT_IMAGES} images.")
    response_format = choice(
        optional_str(body, "response_format"), "response_format", ("url", "b64_json"), "url"
    )
    ratio = _aspect_ratio(optional_str(body, "aspect_ratio"))
    return prompt, *_size(width, height, ratio), response_format


def _size(width: int | None, height: int | None, ratio: float) -> tuple[int, int]:
    """The requested size; a missing side follows the aspect ratio (1024 on the long side by default)."""
    if width is not None:
        return width, height if height is not None else round(width / ratio)
    if height is not None:
        return round(height * ratio), height
    if ratio >= 1:
        return DEFAULT_SIDE, round(DEFAULT_SIDE / ratio)
    return round(DEFAULT_SIDE * ratio), DEFAULT_SIDE


def _aspect_ratio(value: str | None) -> float:
    """``"16:9"`` as 16/9; anything unparsable counts as square, since models ignore what they cannot use."""
    try:
        across, down = (float(part) for part in (value or "").split(":"))
    except ValueError:
        return 1.0
    return across / down if across > 0 and down > 0 else 1.0
