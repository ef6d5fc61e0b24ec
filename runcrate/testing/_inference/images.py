"""The fake image model: small valid PNGs, served as URLs on the fake's origin or as base64.

Each image is a small valid PNG of one colour derived from the prompt (and ``seed``): the
requested size (``width``/``height``, else ``aspect_ratio`` on a 1024-pixel long side, else
1024x1024) scaled down to at most 64 pixels a side. ``response_format: url`` (the default)
answers with a URL on the same origin as the request, served without auth like a real temporary
asset URL; ``b64_json`` answers with the bytes in base64. One image per
request.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from runcrate.testing._inference import media
from runcrate.testing._inference.requests import (
    choice,
    optional_int,
    optional_number,
    optional_str,
    out_of_range,
    required_str,
)
from runcrate.testing._server.http import as_array, bad_param

DEFAULT_SIDE = 1024
MAX_INPUT_IMAGES = 8


@dataclass(frozen=True)
class ImageRequest:
    prompt: str
    seed: object
    width: int
    height: int
    response_format: str

    def png(self) -> bytes:
        """The image: one colour from the prompt and seed, at the requested size scaled down."""
        colour = media.colour_for(self.prompt if self.seed is None else f"{self.prompt}\x00{self.seed}")
        return media.png(*media.png_size(self.width, self.height), colour)


def parse_image_request(body: dict[str, Any]) -> ImageRequest:
    """The prompt, seed, requested size and response format, after checking every known field."""
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
    return ImageRequest(prompt, body.get("seed"), *_size(width, height, ratio), response_format)


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
