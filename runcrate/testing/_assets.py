"""Generated images at ``{origin}/assets/generations/<id>.png``, standing in for Runcrate's CDN.

Image URLs from ``POST /v1/images/generations`` point here. Like the real temporary asset URLs
(``https://assets.runcrate.ai/generations/...``) they need no API key and are outside the API
spec, so this module is mounted at the origin's root and answers a plain-text 404, never an
API envelope.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import BaseRoute, Route

from ._inference_state import InferenceState

if TYPE_CHECKING:
    from ._world import World

ASSETS_PATH = "/assets/generations"


def image_url(request: Request, image_id: str) -> str:
    """The image's URL on the origin the request came to."""
    return f"{request.url.scheme}://{request.url.netloc}{ASSETS_PATH}/{image_id}.png"


def routes(world: World) -> list[BaseRoute]:
    async def get_image(request: Request) -> Response:
        state: InferenceState = world.component("inference")
        image = state.images.get(request.path_params["image_id"])
        if image is None:
            return PlainTextResponse("No such generated image.", status_code=404)
        return Response(image, media_type="image/png")

    return [Route(ASSETS_PATH + "/{image_id}.png", get_image, methods=["GET"])]
